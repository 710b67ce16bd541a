import { describe, expect, it } from 'vitest';
import { NO_BREAKS, type DaySummary } from '../../electron/contract/workday';
import { splitExport } from '../../src/lib/journal-import';
import { dayBefore, historyByWeek, isoWeekOf, monthsBefore } from '../../src/lib/journal-weeks';

function day(date: string, counts: Partial<DaySummary['counts']>, afterEndMinutes = 0): DaySummary {
  return {
    date,
    workday: true,
    plannedStart: null,
    plannedEnd: null,
    workedMinutes: 450,
    afterEndMinutes,
    counts: { ...NO_BREAKS, ...counts },
    workingLate: null,
    longDay: false,
    shortRestMinutes: null,
  };
}

describe('ISO weeks for the trend charts', () => {
  it('puts days in the ISO week and year, Monday first', () => {
    expect(isoWeekOf('2026-11-26')).toEqual({ week: '2026-W48', weekStart: '2026-11-23' });
    expect(isoWeekOf('2026-11-29')).toEqual({ week: '2026-W48', weekStart: '2026-11-23' });
    expect(isoWeekOf('2026-11-30')).toEqual({ week: '2026-W49', weekStart: '2026-11-30' });
    // Around New Year the ISO year differs from the calendar year.
    expect(isoWeekOf('2027-01-01')).toEqual({ week: '2026-W53', weekStart: '2026-12-28' });
    expect(isoWeekOf('2025-12-29')).toEqual({ week: '2026-W01', weekStart: '2025-12-29' });
  });

  it('sums breaks and late minutes per week, oldest first, leaving out empty days off', () => {
    const weeks = historyByWeek([
      day('2026-11-30', { taken: 1 }),
      day('2026-11-23', { taken: 3, postponed: 1 }, 10),
      day('2026-11-26', { taken: 2, skipped: 2 }, 25.4),
      { ...day('2026-11-28', {}), workday: false },
    ]);
    expect(weeks).toEqual([
      {
        week: '2026-W48',
        weekStart: '2026-11-23',
        taken: 5,
        postponed: 1,
        skipped: 2,
        afterEndMinutes: 35,
      },
      {
        week: '2026-W49',
        weekStart: '2026-11-30',
        taken: 1,
        postponed: 0,
        skipped: 0,
        afterEndMinutes: 0,
      },
    ]);
  });
});

describe('splitting a large export for import', () => {
  it('keeps small files whole and splits large ones into valid exports of the same form', () => {
    const envelope = { app: 'pust', type: 'journal-export', exportVersion: 1, exportedAt: 'x' };
    const small = JSON.stringify({ ...envelope, entries: [{ id: 'a' }] });
    expect(splitExport(small)).toEqual([small]);

    const entries = Array.from({ length: 3000 }, (_, n) => ({
      id: `e${n}`,
      text: 'x'.repeat(300),
    }));
    const parts = splitExport(JSON.stringify({ ...envelope, entries }), 100_000);
    expect(parts.length).toBeGreaterThan(5);
    const parsed = parts.map(
      (part) => JSON.parse(part) as typeof envelope & { entries: unknown[] },
    );
    for (const [index, part] of parts.entries()) {
      expect(part.length).toBeLessThanOrEqual(100_000);
      expect(parsed[index]).toMatchObject(envelope);
    }
    expect(parsed.flatMap((part) => part.entries)).toEqual(entries);
  });

  it('passes text that is not an export on whole, for core to refuse', () => {
    const junk = 'y'.repeat(500_000);
    expect(splitExport(junk)).toEqual([junk]);
  });
});

describe('retention cut-off days', () => {
  it('counts months back on the calendar, clamped to the month end', () => {
    expect(monthsBefore('2026-11-26', 12)).toBe('2025-11-26');
    expect(monthsBefore('2026-03-31', 1)).toBe('2026-02-28');
    expect(monthsBefore('2028-03-31', 1)).toBe('2028-02-29');
    expect(monthsBefore('2026-01-15', 6)).toBe('2025-07-15');
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
  });
});
