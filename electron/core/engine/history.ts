import { z } from 'zod';
import { DaySummarySchema as SharedDaySummarySchema } from '../../contract/workday';
import type { KeyValueStore } from '../ports';
import { OVERTIME_LIMITS_MINUTES } from './rules/overtime';

/**
 * A compact summary per day, kept for the person's own statistics (Today's week, the journal's
 * trends, the §10-6 overtime totals). Written when a day rolls over; today's is computed live by
 * the same function from the same record. Read back entry by entry through a schema, so one
 * damaged entry is dropped instead of the whole history.
 */

export const HISTORY_KEY = 'engine.history';
/** More than the 52 weeks §10-6's longest overtime window needs. */
export const HISTORY_MAX_DAYS = 400;

export const DaySummarySchema = SharedDaySummarySchema.extend({
  /** Local date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  firstActive: z.number().nullable(),
  lastActive: z.number().nullable(),
  /** §10-8: how far the last activity went past the latest stop; absent when the rest held. */
  restBrokenMinutes: z.number().min(0).optional(),
});
export type DaySummary = z.infer<typeof DaySummarySchema>;

export function loadHistory(store: KeyValueStore): DaySummary[] {
  const raw: unknown = store.has(HISTORY_KEY) ? store.get(HISTORY_KEY) : [];
  if (!Array.isArray(raw)) return [];
  const days: DaySummary[] = [];
  for (const entry of raw) {
    const parsed = DaySummarySchema.safeParse(entry);
    if (parsed.success) days.push(parsed.data);
  }
  return normalise(days);
}

/** Adds or replaces the summary for its date; sorted by date, at most HISTORY_MAX_DAYS. */
export function recordDay(history: readonly DaySummary[], summary: DaySummary): DaySummary[] {
  return normalise([...history.filter((d) => d.date !== summary.date), summary]);
}

function normalise(days: DaySummary[]): DaySummary[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  return [...byDate.values()]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .slice(-HISTORY_MAX_DAYS);
}

export interface OvertimeTotals {
  days7: number;
  weeks4: number;
  weeks52: number;
  /** Which limits the totals exceed, for the UI to phrase. */
  exceeded: Array<keyof typeof OVERTIME_LIMITS_MINUTES>;
}

function daysBetween(earlier: string, later: string): number {
  return Math.round(
    (Date.parse(`${later}T00:00:00Z`) - Date.parse(`${earlier}T00:00:00Z`)) / 864e5,
  );
}

/**
 * aml. §10-6 totals over the 7, 28 and 364 days ending with `today` (inclusive): the minutes
 * worked past each day's end, from the same summaries Today's week shows, so the figures agree.
 */
export function overtimeTotals(days: readonly DaySummary[], today: string): OvertimeTotals {
  const totals = { days7: 0, weeks4: 0, weeks52: 0 };
  for (const day of days) {
    const age = daysBetween(day.date, today);
    if (age < 0) continue;
    if (age < 7) totals.days7 += day.afterEndMinutes;
    if (age < 28) totals.weeks4 += day.afterEndMinutes;
    if (age < 364) totals.weeks52 += day.afterEndMinutes;
  }
  const exceeded = (
    Object.keys(OVERTIME_LIMITS_MINUTES) as Array<keyof typeof OVERTIME_LIMITS_MINUTES>
  ).filter((key) => totals[key] > OVERTIME_LIMITS_MINUTES[key]);
  return { ...totals, exceeded };
}
