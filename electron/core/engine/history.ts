import { z } from 'zod';
import type { KeyValueStore } from '../ports';

/**
 * A compact summary per day, kept for the person's own statistics (the Today view's week strip,
 * working late, rest kept). Written when a day rolls over; today's is computed live. Read back
 * entry by entry through a schema, so one damaged entry is dropped instead of the whole history.
 */

export const HISTORY_KEY = 'engine.history';
export const HISTORY_MAX_DAYS = 400;

const CountsSchema = z.object({
  offered: z.number(),
  taken: z.number(),
  natural: z.number(),
  skipped: z.number(),
  postponed: z.number(),
});

export const DaySummarySchema = z.object({
  /** Local date, YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** A working day: planned as one, or begun by hand with startDay(). */
  workday: z.boolean(),
  /** The day's start and end (epoch ms): planned, flexitime's actual start, or begun by hand. */
  plannedStart: z.number().nullable(),
  plannedEnd: z.number().nullable(),
  firstActive: z.number().nullable(),
  lastActive: z.number().nullable(),
  /** Time seen at the machine after the day began (idle samples; a pause is not seen). */
  workedMinutes: z.number().min(0),
  /** The part of workedMinutes after the planned end. */
  afterEndMinutes: z.number().min(0),
  counts: CountsSchema,
  workingLate: z.object({ reason: z.string().nullable() }).nullable(),
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
