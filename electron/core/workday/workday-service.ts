import { PustError } from '../../contract/errors';
import type { Locale } from '../../contract/settings';
import type { WorkProfile } from '../../contract/work-profile';
import type { DaySummary, PromptView, WorkdayAction, WorkdayView } from '../../contract/workday';
import {
  planDays,
  zoneOffsetSpans,
  type ActionResult,
  type EngineState,
  type Prompt,
  type WorkdayEngine,
} from '../engine';
import type { EventBus } from '../events';
import { clockTime } from '../format-time';
import type { AppHost, Clock, Logger, Notifier, Timer } from '../ports';
import { notificationText, type NotifiedKind } from './notification-text';
import { deliveryFor, endsByItself } from './prompt-routing';

const DAY = 86_400_000;

export interface WorkdayServiceOptions {
  engine: WorkdayEngine;
  /** The profile the engine was started with (kept here for today's timeline). */
  profile: WorkProfile;
  clock: Clock;
  timer: Timer;
  bus: EventBus;
  host: AppHost;
  notifier: Notifier;
  locale: () => Locale;
  logger: Logger;
}

/**
 * Turns the engine into what the person meets: the workday view for the renderer, prompt windows
 * and notifications through the host, and the tray's next line. Owns no schedule of its own
 * except the countdown that ends a timed pause.
 */
export class WorkdayService {
  readonly #o: WorkdayServiceOptions;
  readonly #listeners = new Set<(view: WorkdayView) => void>();
  #countdown: { promptId: string; cancel: () => void } | null = null;
  #shownPromptId: string | null = null;
  #unsubscribe: Array<() => void> = [];
  #plan: { key: string; events: WorkdayView['plan'] } | null = null;
  #profile: WorkProfile;

  constructor(options: WorkdayServiceOptions) {
    this.#o = options;
    this.#profile = options.profile;
  }

  start(): void {
    const { engine } = this.#o;
    this.#unsubscribe = [
      engine.onState(() => this.#changed()),
      engine.onPrompt((prompt) => this.#prompted(prompt)),
    ];
    engine.start();
    this.#changed();
  }

  stop(): void {
    for (const unsubscribe of this.#unsubscribe) unsubscribe();
    this.#unsubscribe = [];
    this.#countdown?.cancel();
    this.#o.engine.stop();
  }

  /** Called when the person's work profile changes in Settings. */
  setProfile(profile: WorkProfile): void {
    this.#plan = null;
    this.#profile = profile;
    this.#o.engine.setProfile(profile);
    this.#changed();
  }

  onChange(listener: (view: WorkdayView) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  view(): WorkdayView {
    const state = this.#o.engine.state();
    const now = this.#o.clock.now().getTime();
    return {
      now,
      clockRate: this.#o.clock.rate?.() ?? 1,
      zone: state.zone,
      zoneOffsets: zoneOffsetSpans(state.zone, now - DAY, now + 2 * DAY),
      date: state.date,
      status: state.status,
      reason: state.reason,
      holiday: state.holiday,
      start: state.start,
      end: state.end,
      latestStop: state.latestStop,
      earliestStartTomorrow: state.earliestStartTomorrow,
      next: state.next,
      openPrompt: state.openPrompt ? this.#promptView(state.openPrompt, state) : null,
      pausedUntil: state.pausedUntil,
      meeting: state.meeting,
      workingLate: state.workingLate ?? null,
      counts: state.counts,
      overtimeTodayMinutes: state.overtimeTodayMinutes,
      overtime: state.overtime,
      weeklyRest: state.weeklyRest,
      strictMode: state.strictMode,
      leaderMode: state.leaderMode,
      firmness: state.restBoundary,
      plan: this.#todayPlan(state),
    };
  }

  act(action: WorkdayAction): WorkdayView {
    const { engine } = this.#o;
    const result = ((): ActionResult => {
      switch (action.action) {
        case 'complete':
          return engine.complete();
        case 'skip':
          return engine.skip();
        case 'postpone':
          return engine.postpone();
        case 'take-break':
          return engine.takeBreakNow();
        case 'pause':
          engine.pause(action.length);
          return { ok: true };
        case 'resume':
          engine.resumePrompts();
          return { ok: true };
        case 'meeting':
          engine.setMeeting(action.on);
          return { ok: true };
        case 'start-day':
          return engine.startDay();
        case 'end-day':
          return engine.endDay();
        case 'work-late':
          return engine.workLate(action.reason);
      }
    })();
    if (!result.ok) throw new PustError('action-refused', result.reason);
    this.#changed();
    return this.view();
  }

  history(days: number): DaySummary[] {
    return this.#o.engine.history(days).map((day) => ({
      date: day.date,
      workday: day.workday,
      plannedStart: day.plannedStart,
      plannedEnd: day.plannedEnd,
      workedMinutes: day.workedMinutes,
      afterEndMinutes: day.afterEndMinutes,
      counts: day.counts,
      workingLate: day.workingLate ? { reason: day.workingLate.reason } : null,
    }));
  }

  #promptView(prompt: Prompt, state: EngineState): PromptView {
    const partial = {
      id: prompt.id,
      kind: prompt.kind,
      dueAt: prompt.dueAt,
      shownAt: prompt.shownAt,
      seconds: prompt.seconds,
      catchUp: prompt.catchUp,
      postponed: prompt.postponed,
      canPostpone: prompt.canPostpone,
      canSkip: prompt.canSkip,
      firmness: prompt.firmness,
      earliestStartTomorrow: prompt.earliestStartTomorrow,
      restBoundary: prompt.restBoundary ?? { latestStop: state.latestStop, nextStart: null },
    };
    const delivery = deliveryFor(partial);
    return {
      ...partial,
      presentation: delivery.kind === 'notification' ? 'notification' : delivery.presentation,
    };
  }

  #todayPlan(state: EngineState): WorkdayView['plan'] {
    const key = `${state.date}|${state.zone}`;
    if (this.#plan?.key !== key) {
      const [day] = planDays(this.#profile, state.date, 1, state.zone);
      this.#plan = {
        key,
        events: (day?.events ?? []).map((event) => ({
          at: event.at,
          kind: event.kind,
          seconds: event.seconds,
        })),
      };
    }
    return this.#plan.events;
  }

  #changed(): void {
    const view = this.view();
    this.#syncPromptWindow(view);
    for (const listener of this.#listeners) listener(view);
    this.#o.bus.emit('workday.changed', view);
  }

  #prompted(prompt: Prompt): void {
    const view = this.#promptView(prompt, this.#o.engine.state());
    this.#o.bus.emit('workday.prompt', view);
    const delivery = deliveryFor(view);
    if (delivery.kind === 'notification') {
      this.#notify(view);
      // A notice asks nothing of the person: it is done once shown.
      if (this.#o.engine.state().openPrompt?.id === view.id) this.#o.engine.complete();
    }
  }

  /** Opens, keeps or closes the prompt window so it always matches the engine's open prompt. */
  #syncPromptWindow(view: WorkdayView): void {
    const prompt = view.openPrompt;
    const delivery = prompt ? deliveryFor(prompt) : null;
    if (!prompt || !delivery || delivery.kind !== 'window') {
      if (this.#shownPromptId) this.#o.host.closePrompt();
      this.#shownPromptId = null;
      this.#countdown?.cancel();
      this.#countdown = null;
      return;
    }
    if (this.#shownPromptId !== prompt.id) {
      this.#shownPromptId = prompt.id;
      this.#o.host.showPrompt(delivery.presentation, prompt.id, prompt.kind);
    }
    if (endsByItself(prompt.kind) && this.#countdown?.promptId !== prompt.id) {
      this.#countdown?.cancel();
      const at = new Date(prompt.shownAt + prompt.seconds * 1000);
      const cancel = this.#o.timer.armAt(at, () => {
        this.#countdown = null;
        if (this.#o.engine.state().openPrompt?.id === prompt.id) {
          this.#o.engine.complete();
          this.#changed();
        }
      });
      this.#countdown = { promptId: prompt.id, cancel };
    }
  }

  #notify(prompt: PromptView): void {
    const locale = this.#o.locale();
    const state = this.#o.engine.state();
    const time = (at: number | null) => (at === null ? null : clockTime(at, state.zone, locale));
    const text = notificationText(
      prompt.kind as NotifiedKind,
      state.leaderMode,
      {
        seconds: prompt.seconds,
        end: time(state.end) ?? '',
        latestStop: time(prompt.restBoundary.latestStop),
        nextStart: time(prompt.restBoundary.nextStart),
      },
      locale,
    );
    this.#o.notifier.show(text);
  }
}
