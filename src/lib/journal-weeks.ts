import type { DaySummary } from '../../electron/contract/workday';

/** Breaks and late minutes for one ISO week, summed from the engine's day history. */
export interface WorkWeek {
  /** ISO week, `2026-W48`. */
  week: string;
  /** Monday of that week, `YYYY-MM-DD`. */
  weekStart: string;
  taken: number;
  postponed: number;
  skipped: number;
  afterEndMinutes: number;
}

const DAY_MS = 86_400_000;

/** The ISO week of a calendar day `YYYY-MM-DD` (read as a date, so time zones cannot shift it). */
export function isoWeekOf(day: string): { week: string; weekStart: string } {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utc = Date.UTC(year, month - 1, date);
  const weekday = (new Date(utc).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = utc - weekday * DAY_MS;
  const thursday = monday + 3 * DAY_MS;
  const weekYear = new Date(thursday).getUTCFullYear();
  const weekNumber = Math.floor((thursday - Date.UTC(weekYear, 0, 1)) / (7 * DAY_MS)) + 1;
  return {
    week: `${weekYear}-W${String(weekNumber).padStart(2, '0')}`,
    weekStart: new Date(monday).toISOString().slice(0, 10),
  };
}

/**
 * Sums the day history by ISO week, oldest first. Days that were not workdays and had no breaks
 * or late minutes add nothing; a week with only such days is left out, as the journal's own
 * trends leave out weeks without check-ins.
 */
export function historyByWeek(days: readonly DaySummary[]): WorkWeek[] {
  const weeks = new Map<string, WorkWeek>();
  for (const day of days) {
    const counts = day.counts;
    const active =
      day.workday ||
      counts.taken + counts.postponed + counts.skipped > 0 ||
      day.afterEndMinutes > 0;
    if (!active || !/^\d{4}-\d{2}-\d{2}$/.test(day.date)) continue;
    const { week, weekStart } = isoWeekOf(day.date);
    const sums = weeks.get(week) ?? {
      week,
      weekStart,
      taken: 0,
      postponed: 0,
      skipped: 0,
      afterEndMinutes: 0,
    };
    sums.taken += counts.taken;
    sums.postponed += counts.postponed;
    sums.skipped += counts.skipped;
    sums.afterEndMinutes += Math.round(day.afterEndMinutes);
    weeks.set(week, sums);
  }
  return [...weeks.values()].sort((a, b) => (a.week < b.week ? -1 : 1));
}

/**
 * The calendar day `months` months before `day`, clamped to the month's last day (31 March minus
 * one month is 28 or 29 February), as core's retention cut-off counts months.
 */
export function monthsBefore(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The calendar day before `day`. */
export function dayBefore(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date - 1)).toISOString().slice(0, 10);
}
