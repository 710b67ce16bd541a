import { DateTime } from 'luxon';
import type { JournalEntry, TrendWeek } from '../../contract/journal';

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Mean energy, mood and stress per ISO week, oldest week first. A check-in belongs to the week
 * of the local day the person wrote it (the offset stored in `createdAt`), so travelling or a
 * DST change does not move it. Weeks without check-ins are left out, not shown as zero.
 */
export function weeklyTrends(entries: Iterable<JournalEntry>): TrendWeek[] {
  const weeks = new Map<string, { start: string; n: number; e: number; m: number; s: number }>();
  for (const entry of entries) {
    if (entry.kind !== 'check-in') continue;
    const local = DateTime.fromISO(entry.createdAt, { setZone: true });
    if (!local.isValid) continue;
    const week = `${local.weekYear}-W${String(local.weekNumber).padStart(2, '0')}`;
    const sums = weeks.get(week) ?? {
      start: local.startOf('week').toISODate() ?? '',
      n: 0,
      e: 0,
      m: 0,
      s: 0,
    };
    sums.n += 1;
    sums.e += entry.energy;
    sums.m += entry.mood;
    sums.s += entry.stress;
    weeks.set(week, sums);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, sums]) => ({
      week,
      weekStart: sums.start,
      checkIns: sums.n,
      energy: round(sums.e / sums.n),
      mood: round(sums.m / sums.n),
      stress: round(sums.s / sums.n),
    }));
}
