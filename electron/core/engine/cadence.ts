import type { WorkProfile } from '../../contract/work-profile';
import type { DayShape } from './day-shape';
import { MINUTE } from './time';

/**
 * The one rule for "what comes next" inside a workday, shared by the planner (which assumes the
 * person works straight through and takes every break the moment it is offered) and the runtime
 * engine (which moves the anchors when breaks are really taken, naturally or by a prompt).
 */

export const DAY_EVENT_KINDS = [
  'micro-break',
  'break',
  'lunch',
  'end-of-day-heads-up',
  'end-of-day',
] as const;
export type DayEventKind = (typeof DAY_EVENT_KINDS)[number];

/** Higher wins when two events fall on the same instant (and when only one may be shown). */
export const PRIORITY: Record<DayEventKind, number> = {
  'micro-break': 0,
  break: 1,
  lunch: 2,
  'end-of-day-heads-up': 3,
  'end-of-day': 4,
};

export interface DayEvent {
  at: number;
  kind: DayEventKind;
  /** How long the pause is meant to last (0 for the end-of-day notices). */
  seconds: number;
}

/** Where the cadence stands: instants in epoch ms, plus the once-a-day events already passed. */
export interface CadenceState {
  microAnchor: number;
  breakAnchor: number;
  lunchDone: boolean;
  headsUpDone: boolean;
  endDone: boolean;
}

/** No cadence prompt this close before lunch or the wrap-up: the bigger event is about to come. */
const QUIET_BEFORE_MS = 10 * MINUTE;

export function initialCadence(from: number): CadenceState {
  return {
    microAnchor: from,
    breakAnchor: from,
    lunchDone: false,
    headsUpDone: false,
    endDone: false,
  };
}

export function headsUpAt(day: DayShape, profile: WorkProfile): number | null {
  if (day.start === null || day.end === null || profile.endOfDayHeadsUpMinutes === 0) return null;
  const at = day.end - profile.endOfDayHeadsUpMinutes * MINUTE;
  return at > day.start ? at : null;
}

/** The next event of the day after the given state, or null once the end of day has passed. */
export function nextDayEvent(
  day: DayShape,
  profile: WorkProfile,
  state: CadenceState,
): DayEvent | null {
  if (day.start === null || day.end === null || state.endDone) return null;
  const candidates: DayEvent[] = [{ at: day.end, kind: 'end-of-day', seconds: 0 }];
  const headsUp = headsUpAt(day, profile);
  if (headsUp !== null && !state.headsUpDone) {
    candidates.push({ at: headsUp, kind: 'end-of-day-heads-up', seconds: 0 });
  }
  const lunch = day.lunch && !state.lunchDone ? day.lunch : null;
  if (lunch) candidates.push({ at: lunch.at, kind: 'lunch', seconds: lunch.seconds });

  const quietFrom = Math.min(headsUp ?? day.end, day.end) - QUIET_BEFORE_MS;
  const quiet = (at: number) =>
    at >= quietFrom ||
    (lunch !== null && at >= lunch.at - QUIET_BEFORE_MS && at < lunch.at + lunch.seconds * 1000);

  let breakAt: number | null = null;
  if (profile.break.enabled) {
    const at = state.breakAnchor + profile.break.everyMinutes * MINUTE;
    if (!quiet(at)) {
      breakAt = at;
      candidates.push({ at, kind: 'break', seconds: profile.break.minutes * 60 });
    }
  }
  if (profile.microBreak.enabled) {
    const at = state.microAnchor + profile.microBreak.everyMinutes * MINUTE;
    // A break due at the same time or earlier covers the eyes as well.
    if (!quiet(at) && (breakAt === null || at < breakAt)) {
      candidates.push({ at, kind: 'micro-break', seconds: profile.microBreak.seconds });
    }
  }
  candidates.sort((a, b) => a.at - b.at || PRIORITY[b.kind] - PRIORITY[a.kind]);
  return candidates[0] ?? null;
}

/** The state after an event has been offered at `takenAt` (the cadence restarts from there). */
export function afterEvent(state: CadenceState, event: DayEvent, takenAt: number): CadenceState {
  switch (event.kind) {
    case 'micro-break':
      return { ...state, microAnchor: takenAt };
    case 'break':
      return { ...state, microAnchor: takenAt, breakAnchor: takenAt };
    case 'lunch': {
      const back = Math.max(takenAt, event.at + event.seconds * 1000);
      return { ...state, lunchDone: true, microAnchor: back, breakAnchor: back };
    }
    case 'end-of-day-heads-up':
      return { ...state, headsUpDone: true };
    case 'end-of-day':
      return { ...state, endDone: true, headsUpDone: true };
  }
}

/** Every event of a day for someone who works continuously from start to end. */
export function continuousDayEvents(day: DayShape, profile: WorkProfile): DayEvent[] {
  if (day.start === null) return [];
  const events: DayEvent[] = [];
  let state = initialCadence(day.start);
  for (let event = nextDayEvent(day, profile, state); event;) {
    events.push(event);
    state = afterEvent(state, event, event.at);
    event = nextDayEvent(day, profile, state);
  }
  return events;
}
