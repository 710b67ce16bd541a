import type { WorkProfile } from '../../contract/work-profile';
import type { ActivitySource, Clock, KeyValueStore, Logger, Timer } from '../ports';
import { DAY_KEY, loadDay } from './day-state';
import { deliveryFor, type Delivery } from './delivery';
import { HISTORY_KEY, loadHistory, recordDay, type DaySummary } from './history';
import { project, type EngineState } from './projection';
import type { ActionResult, Prompt } from './prompts';
import { initialModel, step } from './step';
import type { EngineAction, EngineEffect, EngineInput, EngineModel } from './step-types';
import { summarise } from './summary';
import { addDays } from './time';

/**
 * The imperative shell around the step: owns the clock, the one timer, the idle source and the
 * store; feeds the step one input at a time from a queue; carries out each step's effects in
 * order. Every prompt the step decides reaches the listeners by construction, and no listener runs
 * inside a step. A listener that calls back into the runtime is a bug: it throws.
 */

export interface WorkdayRuntimeOptions {
  clock: Clock;
  timer: Timer;
  activity: ActivitySource;
  store: KeyValueStore;
  profile: WorkProfile;
  logger?: Logger;
  /** Tests: freeze each model before stepping it, so a step that edits its input throws. */
  checkPurity?: boolean;
  /** Tests: false runs every sample through the full step (the shortcut must decide the same). */
  quickSamples?: boolean;
}

export interface RuntimeListeners {
  /** A prompt to put in front of the person (`restored`: the window open when the app stopped). */
  prompt(prompt: Prompt, delivery: Delivery, restored: boolean): void;
  /** The prompt window goes. */
  close(id: string): void;
  /** Something visible changed; `state()` has the new picture. */
  changed(): void;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export class WorkdayRuntime {
  readonly #o: WorkdayRuntimeOptions;
  #model: EngineModel;
  #listeners: RuntimeListeners | null = null;
  #queue: EngineInput[] = [];
  #running = false;
  #cancelTimer: (() => void) | null = null;
  #unsubscribe: (() => void) | null = null;
  #state: EngineState | null = null;
  #lastResult: ActionResult | null = null;

  constructor(options: WorkdayRuntimeOptions) {
    this.#o = options;
    this.#model = initialModel(options.profile, null, []);
  }

  /** Loads the saved day (a restart mid-day continues it) and runs the first step. */
  start(listeners: RuntimeListeners): void {
    if (this.#unsubscribe) return;
    this.#listeners = listeners;
    this.#model = initialModel(
      this.#model.profile,
      loadDay(this.#o.store),
      loadHistory(this.#o.store),
    );
    this.#unsubscribe = this.#o.activity.onEvent((kind) => this.#run({ type: 'activity', kind }));
    this.#run({ type: 'start' });
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#cancelTimer?.();
    this.#cancelTimer = null;
    this.#persist(['day', 'history']);
    this.#listeners = null;
  }

  act(action: EngineAction): ActionResult {
    if (this.#running) throw new Error('A workday action was asked for from inside a step');
    this.#lastResult = null;
    this.#run({ type: 'action', action });
    return this.#lastResult ?? { ok: true };
  }

  setProfile(profile: WorkProfile): void {
    this.#run({ type: 'profile', profile });
  }

  profile(): WorkProfile {
    return this.#model.profile;
  }

  /** The picture after the last step, computed once and kept until the next change. */
  state(): EngineState {
    this.#state ??= project(this.#model, this.#o.clock.now().getTime(), this.#o.clock.timeZone());
    return this.#state;
  }

  /**
   * Summaries of the recorded days among the last `days` local dates up to today (today so far
   * included), oldest first. Dates the app never ran on are absent.
   */
  history(days: number): DaySummary[] {
    const count = Math.floor(days);
    if (!(count >= 1)) return [];
    const day = this.#model.day;
    const today = this.state().date;
    const from = addDays(today, -(count - 1));
    const all = day
      ? recordDay(this.#model.history, summarise(this.#model.profile, day))
      : this.#model.history;
    return all.filter((d) => d.date >= from && d.date <= today);
  }

  #run(input: EngineInput): void {
    this.#queue.push(input);
    if (this.#running) return;
    this.#running = true;
    try {
      for (let next = this.#queue.shift(); next; next = this.#queue.shift()) this.#step(next);
    } finally {
      this.#running = false;
    }
  }

  #step(input: EngineInput): void {
    const model = this.#o.checkPurity ? deepFreeze(this.#model) : this.#model;
    const outcome = step(
      model,
      { now: this.#o.clock.now().getTime(), zone: this.#o.clock.timeZone(), input },
      { quick: this.#o.quickSamples !== false },
    );
    this.#model = outcome.model;
    if (input.type === 'action') this.#lastResult = outcome.result;
    if (outcome.effects.some((effect) => effect.type === 'changed')) this.#state = null;
    if (input.type === 'start' && outcome.model.day?.open) {
      const { prompt } = outcome.model.day.open;
      if (!outcome.effects.some((e) => e.type === 'prompt' && e.prompt.id === prompt.id)) {
        this.#effect({ type: 'restore-prompt', prompt, delivery: deliveryFor(prompt) });
      }
    }
    for (const effect of outcome.effects) this.#effect(effect);
  }

  #effect(effect: EngineEffect): void {
    const listeners = this.#listeners;
    switch (effect.type) {
      case 'prompt':
        listeners?.prompt(effect.prompt, effect.delivery, false);
        return;
      case 'restore-prompt':
        listeners?.prompt(effect.prompt, effect.delivery, true);
        return;
      case 'close-prompt':
        listeners?.close(effect.id);
        return;
      case 'arm':
        this.#arm(effect.at, effect.readIdle);
        return;
      case 'disarm':
        this.#cancelTimer?.();
        this.#cancelTimer = null;
        return;
      case 'persist':
        this.#persist(effect.keys);
        return;
      case 'changed':
        listeners?.changed();
        return;
    }
  }

  #arm(at: number, readIdle: boolean): void {
    this.#cancelTimer?.();
    this.#cancelTimer = this.#o.timer.armAt(new Date(at), () => {
      this.#cancelTimer = null;
      const idleMs = readIdle ? this.#o.activity.idleSeconds() * 1000 : null;
      this.#run({ type: 'tick', idleMs });
    });
  }

  /**
   * Writes through to state.json. Persisting runs from timers and activity events, where a thrown
   * disk error (full, read-only) would escape into the host's event loop; the day stays right in
   * memory and the next persist writes it once the disk takes writes again.
   */
  #persist(keys: Array<'day' | 'history'>): void {
    const model = this.#model;
    for (const key of keys) {
      const [storeKey, value] = key === 'day' ? [DAY_KEY, model.day] : [HISTORY_KEY, model.history];
      if (value === null) continue;
      try {
        this.#o.store.set(storeKey, value);
      } catch (error) {
        this.#o.logger?.error(`Saving the workday (${storeKey}) failed: ${String(error)}`);
      }
    }
  }
}
