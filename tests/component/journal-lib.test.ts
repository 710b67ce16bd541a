import { describe, expect, it } from 'vitest';
import { NO_BREAKS, type DaySummary } from '../../electron/contract/workday';
import { importParts } from '../../src/lib/journal-import';
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

describe('cutting a file into import parts', () => {
  it('cuts anywhere but inside a surrogate pair, and the parts join back to the file', () => {
    expect(importParts('{"a":1}')).toEqual(['{"a":1}']);
    expect(importParts('')).toEqual(['']);
    const text = `${'x'.repeat(9)}😀${'y'.repeat(25)}`;
    const parts = importParts(text, 10);
    expect(parts.join('')).toBe(text);
    expect(parts[0]).toBe('x'.repeat(9)); // the emoji's two halves stay together
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(10);
      expect(part).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
    }
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
