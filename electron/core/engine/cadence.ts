import type { WorkProfile } from '../../contract/work-profile';
import type { DayShape } from './day-shape';
import { MINUTE } from './time';

/**
 * The one rule for "what comes next" inside a workday. The step (and so the plan, which is the
 * step run over a day in which every break is taken as offered) asks `nextDayEvent` for the next
 * event after the cadence's anchors, and moves the anchors with `afterOffer` when an event is
 * offered and with `afterPause` when a break or lunch really ends.
 *
 * The rules, with a worked example in docs/plan.md:
 * - Micro-breaks come one interval after the last one was offered, or after the last break or
 *   lunch ended. A break due at the same time or earlier covers the eyes too. None in the ten
 *   minutes before lunch or before the end-of-day heads-up.
 * - Breaks come one interval after the last break or lunch ended (or after the day began). None in
 *   the thirty minutes before lunch or before the heads-up. A break that would fall there is left
 *   out when the work stretch it would have split is short enough anyway (at most the interval
 *   plus the break's length, or covered by micro-breaks); otherwise it moves earlier, to about the
 *   middle of that stretch, so no stretch of work runs longer than the interval plus the break.
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

/** No micro-break this close before lunch or the heads-up: the bigger event is about to come. */
export const MICRO_QUIET_MS = 10 * MINUTE;
/** No break this close before lunch or the heads-up. */
export const BREAK_QUIET_MS = 30 * MINUTE;

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

interface Bigger {
  /** When the stretch of work ends (lunch begins, or the day ends). */
  stretchEnd: number;
  /** Where the quiet before it begins (for breaks). */
  quietFrom: number;
}

/** The next big event a break could fall in front of: lunch if still to come, else the end. */
function biggerEventAfter(
  at: number,
  day: DayShape & { end: number },
  lunch: DayShape['lunch'],
  headsUp: number | null,
): Bigger | null {
  if (lunch && at < lunch.at + lunch.seconds * 1000) {
    return { stretchEnd: lunch.at, quietFrom: lunch.at - BREAK_QUIET_MS };
  }
  return { stretchEnd: day.end, quietFrom: Math.min(headsUp ?? day.end, day.end) - BREAK_QUIET_MS };
}

/** Micro-breaks alone keep every stretch short enough: their spacing plus their quiet. */
function microBreaksCover(profile: WorkProfile): boolean {
  const limit = profile.break.everyMinutes * MINUTE + profile.break.minutes * MINUTE;
  return (
    profile.microBreak.enabled && profile.microBreak.everyMinutes * MINUTE + MICRO_QUIET_MS <= limit
  );
}

function placeBreak(
  anchor: number,
  day: DayShape & { end: number },
  profile: WorkProfile,
  lunch: DayShape['lunch'],
  headsUp: number | null,
): number | null {
  const every = profile.break.everyMinutes * MINUTE;
  const length = profile.break.minutes * MINUTE;
  const due = anchor + every;
  const bigger = biggerEventAfter(due, day, lunch, headsUp);
  if (!bigger || due < bigger.quietFrom) return due;
  // It would fall in the quiet before lunch or the end of the day.
  if (due >= bigger.stretchEnd && lunch && bigger.stretchEnd === lunch.at) return null;
  const stretch = bigger.stretchEnd - anchor;
  if (stretch <= every + length || microBreaksCover(profile)) return null;
  // The middle of the stretch, on five minutes from its start so the time reads plainly.
  const middle = anchor + Math.floor((stretch - length) / 2 / (5 * MINUTE)) * 5 * MINUTE;
  const at = Math.min(middle, bigger.quietFrom - MINUTE);
  return at > anchor ? at : null;
}

/** The next event of the day after the given state, or null once the end of day has passed. */
export function nextDayEvent(
  day: DayShape,
  profile: WorkProfile,
  state: CadenceState,
): DayEvent | null {
  if (day.start === null || day.end === null || state.endDone) return null;
  const shaped = day as DayShape & { end: number };
  const candidates: DayEvent[] = [{ at: day.end, kind: 'end-of-day', seconds: 0 }];
  const headsUp = headsUpAt(day, profile);
  if (headsUp !== null && !state.headsUpDone) {
    candidates.push({ at: headsUp, kind: 'end-of-day-heads-up', seconds: 0 });
  }
  const lunch = day.lunch && !state.lunchDone ? day.lunch : null;
  if (lunch) candidates.push({ at: lunch.at, kind: 'lunch', seconds: lunch.seconds });

  const microQuietFrom = Math.min(headsUp ?? day.end, day.end) - MICRO_QUIET_MS;
  const microQuiet = (at: number) =>
    at >= microQuietFrom ||
    (lunch !== null && at >= lunch.at - MICRO_QUIET_MS && at < lunch.at + lunch.seconds * 1000);

  let breakAt: number | null = null;
  if (profile.break.enabled) {
    breakAt = placeBreak(state.breakAnchor, shaped, profile, lunch, headsUp);
    if (breakAt !== null && breakAt < day.end) {
      candidates.push({ at: breakAt, kind: 'break', seconds: profile.break.minutes * 60 });
    } else breakAt = null;
  }
  if (profile.microBreak.enabled) {
    const at = state.microAnchor + profile.microBreak.everyMinutes * MINUTE;
    // A break due at the same time or earlier covers the eyes as well.
    if (!microQuiet(at) && (breakAt === null || at < breakAt)) {
      candidates.push({ at, kind: 'micro-break', seconds: profile.microBreak.seconds });
    }
  }
  candidates.sort((a, b) => a.at - b.at || PRIORITY[b.kind] - PRIORITY[a.kind]);
  return candidates[0] ?? null;
}

/**
 * The state once an event has been offered at `offeredAt`, assuming it is taken in full: a
 * micro-break's cadence runs from the offer; a break's and lunch's from when they end. When a
 * pause really ends earlier or later, `afterPause` moves the anchors to that moment.
 */
export function afterOffer(state: CadenceState, event: DayEvent, offeredAt: number): CadenceState {
  switch (event.kind) {
    case 'micro-break':
      return { ...state, microAnchor: offeredAt };
    case 'break': {
      const back = offeredAt + event.seconds * 1000;
      return { ...state, microAnchor: back, breakAnchor: back };
    }
    case 'lunch': {
      const back = Math.max(offeredAt, event.at) + event.seconds * 1000;
      return { ...state, lunchDone: true, microAnchor: back, breakAnchor: back };
    }
    case 'end-of-day-heads-up':
      return { ...state, headsUpDone: true };
    case 'end-of-day':
      return { ...state, endDone: true, headsUpDone: true };
  }
}

/** A break or lunch ended at `at` (taken, skipped or not taken): both cadences run from there. */
export function afterPause(state: CadenceState, at: number): CadenceState {
  return { ...state, microAnchor: at, breakAnchor: at };
}

/** An event that passed without being offered (asleep, held): the cadence moves past it. */
export function afterMissed(state: CadenceState, event: DayEvent): CadenceState {
  switch (event.kind) {
    case 'micro-break':
      return { ...state, microAnchor: event.at };
    case 'break':
      return { ...state, microAnchor: event.at, breakAnchor: event.at };
    default:
      return afterOffer(state, event, event.at);
  }
}

/**
 * The events still to come after the given state, for someone who takes each one the moment it
 * is offered: what Today lists as "to come", and the same sequence a lived day with that person
 * produces (the plan checks this prompt for prompt).
 */
export function eventsAhead(
  day: DayShape,
  profile: WorkProfile,
  from: CadenceState,
  limit = 200,
): DayEvent[] {
  const events: DayEvent[] = [];
  let state = from;
  for (let event = nextDayEvent(day, profile, state); event && events.length < limit;) {
    events.push(event);
    state = afterOffer(state, event, event.at);
    event = nextDayEvent(day, profile, state);
  }
  return events;
}
