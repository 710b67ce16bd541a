import type { DayHours, Weekday, WorkProfile } from '../../electron/contract';

/**
 * The working week as a person thinks of it: the same hours every workday, and a few days with
 * hours of their own. The profile stores every weekday on its own; this reads "the same every
 * weekday" out of it and writes it back as one change.
 */

export const WEEKDAYS = [
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
] as const satisfies readonly Weekday[];

export type Week = WorkProfile['weekdays'];
export type Hours = NonNullable<DayHours>;

/** Pust's default day (DOMAIN.md: 08:00–15:30 in the state), for a week with no workday yet. */
export const OFFICE_HOURS: Readonly<Hours> = Object.freeze({ start: '08:00', end: '15:30' });

/**
 * Arbeidsmiljøloven § 10-4 (1): normal working hours may not exceed nine hours in 24 hours. It
 * does not bind leaders in managerial posts (§ 10-12 (1)), and § 10-5 lets an agreement average
 * longer days, so Pust warns about a longer day and saves it all the same.
 */
export const NORMAL_DAY_LIMIT_MINUTES = 9 * 60;

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number) as [number, number];
  return hours * 60 + mins;
}

export function dayMinutes(hours: Hours): number {
  return minutes(hours.end) - minutes(hours.start);
}

export function sameHours(a: DayHours, b: DayHours): boolean {
  return a !== null && b !== null && a.start === b.start && a.end === b.end;
}

/** An end that does not come after its start cannot be saved (the profile's own rule). */
export function endsAfterStart(hours: Hours): boolean {
  return dayMinutes(hours) > 0;
}

/**
 * The hours most workdays share, leaving out the days the person gave hours of their own (on a
 * tie, the earliest weekday's). Null when every workday has its own hours, or there is none.
 */
export function usualHours(week: Week, ownHours: ReadonlySet<Weekday> = new Set()): Hours | null {
  let best: { hours: Hours; count: number } | null = null;
  for (const day of WEEKDAYS) {
    const hours = week[day];
    if (hours === null || ownHours.has(day)) continue;
    const count = WEEKDAYS.filter(
      (other) => !ownHours.has(other) && sameHours(week[other], hours),
    ).length;
    if (best === null || count > best.count) best = { hours, count };
  }
  return best?.hours ?? null;
}

/** Workdays whose hours differ from the usual ones: the exceptions a person sees listed. */
export function daysWithOwnHours(week: Week, usual: Hours | null): Weekday[] {
  return WEEKDAYS.filter((day) => week[day] !== null && !sameHours(week[day], usual));
}

/** The change that gives every workday without hours of its own these hours. */
export function usualHoursPatch(
  week: Week,
  ownHours: ReadonlySet<Weekday>,
  hours: Hours,
): Partial<Record<Weekday, Hours>> {
  const patch: Partial<Record<Weekday, Hours>> = {};
  for (const day of WEEKDAYS) {
    if (week[day] !== null && !ownHours.has(day)) patch[day] = { ...hours };
  }
  return patch;
}

/** Workdays longer than the Act's normal limit (§ 10-4 (1)), with their length in minutes. */
export function longDays(week: Week): { day: Weekday; minutes: number }[] {
  return WEEKDAYS.flatMap((day) => {
    const hours = week[day];
    if (hours === null) return [];
    const length = dayMinutes(hours);
    return length > NORMAL_DAY_LIMIT_MINUTES ? [{ day, minutes: length }] : [];
  });
}
