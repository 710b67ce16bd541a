import { HOUR, MINUTE } from '../time';

/**
 * aml. §10-9 (breaks). DOMAIN.md: at least one break when the day is longer than 5.5 h; 30 minutes
 * of breaks in total when the day is 8 h or more; the main break about mid-day (±1 h); the meal
 * break preferably at least 20 minutes; more than 2 h past the planned end gives a right to a
 * 30-minute break first.
 */

export const BREAK_REQUIRED_AFTER_MS = 5.5 * HOUR;
export const FULL_BREAKS_FROM_MS = 8 * HOUR;
export const MIN_MEAL_BREAK_SECONDS = 20 * 60;
export const FULL_BREAKS_SECONDS = 30 * 60;
export const MIDDAY_TOLERANCE_MS = HOUR;
export const OVERTIME_BREAK_AFTER_MS = 2 * HOUR;
export const OVERTIME_BREAK_SECONDS = 30 * 60;

/**
 * The lunch a day gets, in seconds: none on a day of 5.5 h or less; otherwise the person's lunch,
 * but never shorter than the law asks for (so switching lunch off cannot plan an unlawful day).
 */
export function lunchSeconds(dayMs: number, configuredSeconds: number | null): number {
  if (dayMs <= BREAK_REQUIRED_AFTER_MS) return 0;
  const required = dayMs >= FULL_BREAKS_FROM_MS ? FULL_BREAKS_SECONDS : MIN_MEAL_BREAK_SECONDS;
  return Math.max(configuredSeconds ?? 0, required);
}

/**
 * Where lunch goes: the person's time, pulled to within an hour of mid-day and kept inside the
 * day, so a late flexitime start or a short summer day still gets lunch around the middle.
 */
export function placeLunch(start: number, end: number, wanted: number, seconds: number): number {
  const mid = start + (end - start) / 2;
  const early = Math.max(start + 30 * MINUTE, mid - MIDDAY_TOLERANCE_MS);
  const late = Math.min(end - seconds * 1000 - 30 * MINUTE, mid + MIDDAY_TOLERANCE_MS);
  if (late < early) return Math.round(mid - (seconds * 1000) / 2);
  return Math.min(Math.max(wanted, early), late);
}

/** The moment a person still working after the planned end is owed a 30-minute break. */
export function overtimeBreakAt(plannedEnd: number): number {
  return plannedEnd + OVERTIME_BREAK_AFTER_MS;
}
