/**
 * aml. §10-6 overtime limits: 10 h per 7 days, 25 h per 4 weeks, 200 h per 52 weeks. Pust keeps
 * running totals locally (minutes worked past the planned end, per date) and shows them against
 * these limits; it never reports them anywhere.
 */

export const OVERTIME_LIMITS_MINUTES = {
  days7: 10 * 60,
  weeks4: 25 * 60,
  weeks52: 200 * 60,
} as const;

export interface OvertimeEntry {
  date: string;
  minutes: number;
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

/** Totals over the 7, 28 and 364 days ending with `today` (inclusive). */
export function overtimeTotals(entries: readonly OvertimeEntry[], today: string): OvertimeTotals {
  const totals = { days7: 0, weeks4: 0, weeks52: 0 };
  for (const entry of entries) {
    const age = daysBetween(entry.date, today);
    if (age < 0) continue;
    if (age < 7) totals.days7 += entry.minutes;
    if (age < 28) totals.weeks4 += entry.minutes;
    if (age < 364) totals.weeks52 += entry.minutes;
  }
  const exceeded = (Object.keys(OVERTIME_LIMITS_MINUTES) as Array<keyof OvertimeTotals>).filter(
    (key): key is keyof typeof OVERTIME_LIMITS_MINUTES =>
      key !== 'exceeded' && totals[key] > OVERTIME_LIMITS_MINUTES[key],
  );
  return { ...totals, exceeded };
}

/** Adds a day's overtime (replacing an earlier figure for that date) and drops entries past a year. */
export function recordOvertime(
  entries: readonly OvertimeEntry[],
  date: string,
  minutes: number,
): OvertimeEntry[] {
  const kept = entries.filter((e) => e.date !== date && daysBetween(e.date, date) < 364);
  if (minutes > 0) kept.push({ date, minutes });
  return kept.sort((a, b) => a.date.localeCompare(b.date));
}
