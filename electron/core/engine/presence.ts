import { MINUTE } from './time';

/**
 * The record of when the person was at the machine today: merged [from, to] stretches built from
 * idle readings, lock and unlock, sleep and wake. Every figure of time worked (today, the week,
 * overtime) is read from it, so they agree.
 *
 * A stretch of five minutes or more without keyboard or mouse counts as away from its start
 * (reading a page is work; five minutes without a touch is a break, or a person gone). Time the
 * app did not observe (asleep, not running, a timer that ran far late) counts as away.
 */

export type Stretch = [from: number, to: number];

export const IDLE_SAMPLE_MS = 15_000;
/** A timer this late means the machine slept (or the clock jumped) instead of the person working. */
export const LATE_MS = 60_000;
/** Idle for this long counts as away from the last input on. */
export const AWAY_AFTER_IDLE_MS = 5 * MINUTE;
/** Two readings at most this far apart observe the time between them. */
const OBSERVED_GAP_MS = IDLE_SAMPLE_MS + LATE_MS;

function endsAt(presence: readonly Stretch[]): number | null {
  return presence.at(-1)?.[1] ?? null;
}

function appended(presence: readonly Stretch[], stretch: Stretch): Stretch[] {
  const last = presence.at(-1);
  if (last && stretch[0] <= last[1]) {
    return [...presence.slice(0, -1), [last[0], Math.max(last[1], stretch[1])]];
  }
  return [...presence, stretch];
}

/** The record cut back so nothing lies after `until` (an away stretch began there). */
function cutAfter(presence: readonly Stretch[], until: number): Stretch[] {
  const kept: Stretch[] = [];
  for (const [from, to] of presence) {
    if (from >= until) break;
    kept.push([from, Math.min(to, until)]);
  }
  return kept;
}

/**
 * An idle reading at `at`: no input for `idleMs`. `previousReadAt` is the last reading, if the time
 * since it was observed (no sleep, no restart between).
 */
export function afterReading(
  presence: readonly Stretch[],
  at: number,
  idleMs: number,
  previousReadAt: number | null,
): Stretch[] {
  const lastInput = at - idleMs;
  if (idleMs >= AWAY_AFTER_IDLE_MS) return cutAfter(presence, lastInput);
  const observed = previousReadAt !== null && at - previousReadAt <= OBSERVED_GAP_MS;
  // Present at the previous reading and observed since: the whole time between was work.
  if (observed && endsAt(presence) === previousReadAt) {
    return appended(presence, [previousReadAt, at]);
  }
  return appended(presence, [Math.min(lastInput, at), at]);
}

/** The screen locked or the machine went to sleep at `at`: present until then if seen lately. */
export function beforeAway(
  presence: readonly Stretch[],
  at: number,
  lastReadAt: number | null,
): Stretch[] {
  const end = endsAt(presence);
  if (end === null || lastReadAt === null || end !== lastReadAt || at - end > OBSERVED_GAP_MS) {
    return [...presence];
  }
  return appended(presence, [end, Math.max(end, at)]);
}

/** Unlocked or woken at `at`: the person is at the machine now. */
export function afterReturn(presence: readonly Stretch[], at: number): Stretch[] {
  return appended(presence, [at, at]);
}

/** Milliseconds present within [from, until). */
export function presentMs(presence: readonly Stretch[], from: number, until = Infinity): number {
  let total = 0;
  for (const [start, end] of presence) {
    const overlap = Math.min(end, until) - Math.max(start, from);
    if (overlap > 0) total += overlap;
  }
  return total;
}

export function firstPresence(presence: readonly Stretch[]): number | null {
  return presence[0]?.[0] ?? null;
}

export function lastPresence(presence: readonly Stretch[]): number | null {
  return endsAt(presence);
}
