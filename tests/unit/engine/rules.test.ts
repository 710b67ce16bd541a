import { describe, expect, it } from 'vitest';
import { WorkProfileSchema } from '../../../electron/contract/work-profile';
import { planDays, resolveDay } from '../../../electron/core/engine';
import {
  lunchSeconds,
  overtimeBreakAt,
  placeLunch,
} from '../../../electron/core/engine/rules/breaks';
import { nightNoticeAt } from '../../../electron/core/engine/rules/night';
import { NO_BREAKS } from '../../../electron/contract/workday';
import { overtimeTotals, type DaySummary } from '../../../electron/core/engine/history';
import {
  earliestStartAfter,
  latestStopBefore,
  longestRestInWeek,
  weeklyRestHolds,
} from '../../../electron/core/engine/rules/rest';
import { localTime } from './harness';

const H = 3_600_000;
const OSLO = 'Europe/Oslo';
const t = (iso: string) => Date.parse(iso);

describe('§10-9 breaks', () => {
  it('a day of 5.5 h or less needs no break; a longer day gets at least a 20-minute one', () => {
    expect(lunchSeconds(5.5 * H, null)).toBe(0);
    expect(lunchSeconds(5.5 * H + 60_000, null)).toBe(20 * 60);
  });

  it('a day of 8 h or more gets 30 minutes of breaks, even when the person set a shorter lunch or none', () => {
    expect(lunchSeconds(8 * H, 15 * 60)).toBe(30 * 60);
    expect(lunchSeconds(9 * H, null)).toBe(30 * 60);
    expect(lunchSeconds(8 * H, 45 * 60)).toBe(45 * 60);
  });

  it('switching lunch off still plans the break the law asks for on a long day', () => {
    const profile = WorkProfileSchema.parse({ lunch: { enabled: false } });
    const [day] = planDays(profile, '2026-03-26', 1, OSLO);
    expect(day!.events.find((e) => e.kind === 'lunch')?.seconds).toBe(20 * 60);
  });

  it('lunch is about mid-day: a time more than an hour from the middle is pulled to within an hour', () => {
    const start = t('2026-03-26T08:00:00+01:00');
    const end = t('2026-03-26T16:00:00+01:00');
    expect(placeLunch(start, end, t('2026-03-26T08:30:00+01:00'), 1800)).toBe(
      t('2026-03-26T11:00:00+01:00'),
    );
    expect(placeLunch(start, end, t('2026-03-26T15:00:00+01:00'), 1800)).toBe(
      t('2026-03-26T13:00:00+01:00'),
    );
    expect(placeLunch(start, end, t('2026-03-26T11:30:00+01:00'), 1800)).toBe(
      t('2026-03-26T11:30:00+01:00'),
    );
  });

  it('more than 2 h past the planned end gives a 30-minute break prompt', () => {
    expect(overtimeBreakAt(t('2026-03-26T15:30:00+01:00'))).toBe(t('2026-03-26T17:30:00+01:00'));
  });
});

describe('§10-8 rest', () => {
  it('the latest stop tonight keeps 11 h before tomorrow’s start', () => {
    expect(latestStopBefore(t('2026-03-27T08:00:00+01:00'))).toBe(t('2026-03-26T21:00:00+01:00'));
  });

  it('work 21:00–23:00 means the next start may not be before 10:00', () => {
    expect(earliestStartAfter(t('2026-03-26T23:00:00+01:00'))).toBe(t('2026-03-27T10:00:00+01:00'));
  });

  it('a normal Monday–Friday week keeps 35 h of unbroken weekly rest', () => {
    const profile = WorkProfileSchema.parse({});
    const periods = planDays(profile, '2026-03-23', 7, OSLO).flatMap((d) =>
      d.shape.start === null ? [] : [{ start: d.shape.start, end: d.shape.end as number }],
    );
    expect(weeklyRestHolds(periods, t('2026-03-23T00:00:00+01:00'))).toBe(true);
  });

  it('seven long days with only 11 h between them break the 35 h weekly rest', () => {
    const periods = Array.from({ length: 8 }, (_, i) => ({
      start: t('2026-03-23T07:00:00+01:00') + i * 24 * H,
      end: t('2026-03-23T20:00:00+01:00') + i * 24 * H,
    }));
    expect(longestRestInWeek(periods, t('2026-03-23T00:00:00+01:00'))).toBe(11 * H);
    expect(weeklyRestHolds(periods, t('2026-03-23T00:00:00+01:00'))).toBe(false);
  });
});

describe('§10-11 night', () => {
  it('the night notice comes at 21:00 local time, in summer and in winter', () => {
    expect(localTime(nightNoticeAt('2026-01-15', OSLO))).toBe('21:00');
    expect(localTime(nightNoticeAt('2026-07-15', OSLO))).toBe('21:00');
  });
});

describe('§10-6 overtime running totals', () => {
  const day = (date: string, afterEndMinutes: number): DaySummary => ({
    date,
    workday: true,
    plannedStart: null,
    plannedEnd: null,
    firstActive: null,
    lastActive: null,
    workedMinutes: 450 + afterEndMinutes,
    afterEndMinutes,
    counts: NO_BREAKS,
    workingLate: null,
    longDay: false,
    shortRestMinutes: null,
  });

  it('sums the minutes past each day’s end over 7 days, 4 weeks and 52 weeks, and names the limits passed', () => {
    const days = [
      day('2025-11-20', 600), // more than 52 weeks back: not counted
      day('2026-01-05', 600),
      day('2026-11-01', 900),
      day('2026-11-20', 300),
      day('2026-11-25', 360),
    ];
    const totals = overtimeTotals(days, '2026-11-26');
    expect(totals).toMatchObject({ days7: 660, weeks4: 1560, weeks52: 2160 });
    expect(totals.exceeded).toEqual(['days7', 'weeks4']);
  });

  it('a day after `today` does not count', () => {
    expect(overtimeTotals([day('2026-11-27', 120)], '2026-11-26').days7).toBe(0);
  });
});

describe('flexitime', () => {
  const profile = WorkProfileSchema.parse({ flexitime: { enabled: true } });

  it('a start at 07:10 ends the day 7.5 h later and shows core hours 09:00–14:30', () => {
    const day = resolveDay(profile, '2026-03-26', OSLO, t('2026-03-26T07:10:00+01:00'));
    expect(localTime(day.end!)).toBe('14:40');
    expect(localTime(day.core!.start)).toBe('09:00');
    expect(localTime(day.core!.end)).toBe('14:30');
    expect(localTime(day.flexWindow!.start)).toBe('06:00');
  });

  it('the plan, which does not know the real start, uses the weekday start', () => {
    const day = resolveDay(profile, '2026-03-26', OSLO);
    expect(localTime(day.start!)).toBe('08:00');
    expect(localTime(day.end!)).toBe('15:30');
  });
});
