import { PustError } from '../../contract/errors';
import type { Locale } from '../../contract/settings';
import type { WorkProfile } from '../../contract/work-profile';
import type { DaySummary, PromptView, WorkdayAction, WorkdayView } from '../../contract/workday';
import {
  deliveryFor,
  zoneOffsetSpans,
  type Delivery,
  type EngineAction,
  type EngineState,
  type Prompt,
  type WorkdayRuntime,
} from '../engine';
import type { EventBus } from '../events';
import type { AppHost, Clock, Logger, Notifier } from '../ports';
import { notificationFor } from './notification';

const DAY = 86_400_000;

export interface WorkdayServiceOptions {
  runtime: WorkdayRuntime;
  clock: Clock;
  bus: EventBus;
  host: AppHost;
  notifier: Notifier;
  locale: () => Locale;
  logger: Logger;
}

/**
 * Turns the engine's decisions into what the person meets: prompt windows and notifications
 * through the host, the workday view for the renderer, and change events for the tray. It decides
 * nothing about time: every prompt, countdown and end comes from the engine's step.
 */
export class WorkdayService {
  readonly #o: WorkdayServiceOptions;
  readonly #listeners = new Set<(view: WorkdayView) => void>();
  #shownPromptId: string | null = null;

  constructor(options: WorkdayServiceOptions) {
    this.#o = options;
  }

  start(): void {
    this.#o.runtime.start({
      prompt: (prompt, delivery, restored) => this.#prompted(prompt, delivery, restored),
      close: (id) => this.#closed(id),
      changed: () => this.#changed(),
    });
    this.#changed();
  }

  stop(): void {
    this.#o.runtime.stop();
  }

  /** Called when the person's work profile changes in Settings. */
  setProfile(profile: WorkProfile): void {
    this.#o.runtime.setProfile(profile);
  }

  onChange(listener: (view: WorkdayView) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  view(): WorkdayView {
    const state = this.#o.runtime.state();
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
      startsAt: state.startsAt,
      core: state.core,
      latestStop: state.latestStop,
      earliestStartTomorrow: state.earliestStartTomorrow,
      next: state.next,
      openPrompt: state.openPrompt ? promptView(state.openPrompt) : null,
      heldUntil: state.heldUntil,
      meeting: state.meeting,
      meetingUntil: state.meetingUntil,
      workingLate: state.workingLate,
      counts: state.counts,
      overtimeTodayMinutes: state.overtimeTodayMinutes,
      overtime: state.overtime,
      weeklyRest: state.weeklyRest,
      strictMode: state.strictMode,
      leaderMode: state.leaderMode,
      firmness: state.firmness,
      timeline: state.timeline,
      today: publicSummary(state.today),
      shortRest: state.shortRest,
    };
  }

  act(action: WorkdayAction): WorkdayView {
    const result = this.#o.runtime.act(engineAction(action));
    if (!result.ok) throw new PustError('action-refused', result.reason);
    return this.view();
  }

  history(days: number): DaySummary[] {
    return this.#o.runtime.history(days).map(publicSummary);
  }

  #prompted(prompt: Prompt, delivery: Delivery, restored: boolean): void {
    const view = promptView(prompt);
    if (!restored) this.#o.bus.emit('workday.prompt', view);
    if (delivery.kind === 'notification') {
      this.#notify(view, this.#o.runtime.state());
      return;
    }
    this.#shownPromptId = prompt.id;
    this.#o.host.showPrompt(delivery.presentation, prompt.id, prompt.kind);
  }

  #closed(id: string): void {
    if (this.#shownPromptId !== id) return;
    this.#shownPromptId = null;
    this.#o.host.closePrompt();
  }

  #changed(): void {
    const view = this.view();
    for (const listener of this.#listeners) listener(view);
    this.#o.bus.emit('workday.changed', view);
  }

  #notify(prompt: PromptView, state: EngineState): void {
    this.#o.notifier.show(notificationFor(prompt, state, this.#o.locale()));
  }
}

function promptView(prompt: Prompt): PromptView {
  const delivery = deliveryFor(prompt);
  return {
    id: prompt.id,
    kind: prompt.kind,
    presentation: delivery.kind === 'notification' ? 'notification' : delivery.presentation,
    dueAt: prompt.dueAt,
    shownAt: prompt.shownAt,
    seconds: prompt.seconds,
    endsAt: prompt.endsAt,
    catchUp: prompt.catchUp,
    postponed: prompt.postponed,
    canPostpone: prompt.canPostpone,
    canSkip: prompt.canSkip,
    firmness: prompt.firmness,
    earliestStartTomorrow: prompt.earliestStartTomorrow,
    restBoundary: prompt.restBoundary,
  };
}

function publicSummary(day: DaySummary & { firstActive?: unknown }): DaySummary {
  return {
    date: day.date,
    workday: day.workday,
    plannedStart: day.plannedStart,
    plannedEnd: day.plannedEnd,
    workedMinutes: day.workedMinutes,
    afterEndMinutes: day.afterEndMinutes,
    counts: day.counts,
    workingLate: day.workingLate ? { reason: day.workingLate.reason } : null,
    longDay: day.longDay,
    shortRestMinutes: day.shortRestMinutes,
  };
}

function engineAction(action: WorkdayAction): EngineAction {
  switch (action.action) {
    case 'hold':
      return { type: 'hold', length: action.length };
    case 'meeting':
      return action.minutes === undefined
        ? { type: 'meeting', on: action.on }
        : { type: 'meeting', on: action.on, minutes: action.minutes };
    case 'work-late':
      return { type: 'work-late', reason: action.reason };
    default:
      return { type: action.action };
  }
}
