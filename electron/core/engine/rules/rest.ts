import { HOUR } from '../time';

/**
 * aml. §10-8 (rest): 11 h unbroken rest per 24 h, 35 h unbroken rest per 7 days. Durations are
 * elapsed time, so across a DST change the latest stop moves by an hour on the wall clock.
 */

export const DAILY_REST_MS = 11 * HOUR;
export const WEEKLY_REST_MS = 35 * HOUR;
export const WEEK_MS = 7 * 24 * HOUR;

/** The latest stop tonight that keeps 11 h of rest before the next planned start. */
export function latestStopBefore(nextStart: number): number {
  return nextStart - DAILY_REST_MS;
}

/** When tonight's stop broke the 11 h, the earliest start tomorrow that restores them. */
export function earliestStartAfter(stop: number): number {
  return stop + DAILY_REST_MS;
}

export interface WorkPeriod {
  start: number;
  end: number;
}

/**
 * The longest unbroken rest inside a 7-day window [from, from + 7 d), counting the time before the
 * first and after the last work period in the window. Periods may be unsorted or overlap.
 */
export function longestRestInWeek(periods: readonly WorkPeriod[], from: number): number {
  const to = from + WEEK_MS;
  const inside = periods
    .filter((p) => p.end > from && p.start < to)
    .map((p) => ({ start: Math.max(p.start, from), end: Math.min(p.end, to) }))
    .sort((a, b) => a.start - b.start);
  let longest = 0;
  let restStart = from;
  for (const period of inside) {
    longest = Math.max(longest, period.start - restStart);
    restStart = Math.max(restStart, period.end);
  }
  return Math.max(longest, to - restStart);
}

export function weeklyRestHolds(periods: readonly WorkPeriod[], from: number): boolean {
  return longestRestInWeek(periods, from) >= WEEKLY_REST_MS;
}
