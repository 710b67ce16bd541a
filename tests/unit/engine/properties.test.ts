import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { WorkProfileSchema } from '../../../electron/contract/work-profile';
import { planDays } from '../../../electron/core/engine';
import { atLocalTime } from '../../../electron/core/engine/time';
import { assertProperty } from '../../support/property';

const ZONES = ['Europe/Oslo', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC'];
const time = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

const hours = fc
  .tuple(fc.integer({ min: 5 * 60, max: 12 * 60 }), fc.integer({ min: 60, max: 11 * 60 }))
  .map(([start, length]) => ({
    start: time(start),
    end: time(Math.min(start + length, 23 * 60 + 59)),
  }));

const profiles = fc
  .record({
    mon: fc.option(hours, { nil: null }),
    wed: fc.option(hours, { nil: null }),
    sat: fc.option(hours, { nil: null }),
    micro: fc.boolean(),
    microEvery: fc.integer({ min: 5, max: 90 }),
    brk: fc.boolean(),
    breakEvery: fc.integer({ min: 15, max: 180 }),
    lunch: fc.boolean(),
    lunchAt: fc.integer({ min: 0, max: 23 * 60 }),
    lunchMinutes: fc.integer({ min: 10, max: 90 }),
    summer: fc.boolean(),
    headsUp: fc.integer({ min: 0, max: 60 }),
  })
  .map((r) =>
    WorkProfileSchema.parse({
      weekdays: { mon: r.mon, wed: r.wed, sat: r.sat },
      microBreak: { enabled: r.micro, everyMinutes: r.microEvery },
      break: { enabled: r.brk, everyMinutes: r.breakEvery },
      lunch: { enabled: r.lunch, at: time(r.lunchAt), minutes: r.lunchMinutes },
      summerHours: { enabled: r.summer },
      endOfDayHeadsUpMinutes: r.headsUp,
    }),
  );

const starts = fc
  .date({
    min: new Date('2026-01-01T00:00:00Z'),
    max: new Date('2027-12-20T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const plans = fc
  .tuple(profiles, starts, fc.constantFrom(...ZONES))
  .map(([profile, from, zone]) => planDays(profile, from, 10, zone));

describe('planner invariants (fast-check)', () => {
  it('events are sorted and inside the day', () => {
    assertProperty(
      fc.property(plans, (days) => {
        for (const { shape, events } of days) {
          for (let i = 1; i < events.length; i++)
            expect(events[i]!.at).toBeGreaterThanOrEqual(events[i - 1]!.at);
          for (const e of events) {
            expect(e.at).toBeGreaterThan(shape.start!);
            expect(e.at).toBeLessThanOrEqual(shape.end!);
          }
        }
      }),
      150,
    );
  });

  it('nothing is planned on days off', () => {
    assertProperty(
      fc.property(plans, (days) => {
        for (const day of days.filter((d) => !d.shape.workday)) {
          expect(day.events).toEqual([]);
          expect(day.shape.start).toBeNull();
          expect(day.latestStop).toBeNull();
        }
      }),
      150,
    );
  });

  it('every workday ends with exactly one end-of-day, at its end', () => {
    assertProperty(
      fc.property(plans, (days) => {
        for (const day of days.filter((d) => d.shape.workday)) {
          expect(day.events.filter((e) => e.kind === 'end-of-day')).toHaveLength(1);
          expect(day.events.at(-1)).toMatchObject({ kind: 'end-of-day', at: day.shape.end });
        }
      }),
      150,
    );
  });

  it('§10-9: a workday over 5.5 h has a lunch of at least 20 min, mid-day ±1 h; 8 h or more at least 30 min', () => {
    assertProperty(
      fc.property(plans, (days) => {
        for (const { shape, events } of days.filter((d) => d.shape.workday)) {
          const length = shape.end! - shape.start!;
          const lunches = events.filter((e) => e.kind === 'lunch');
          if (length <= 5.5 * 3_600_000) continue;
          expect(lunches).toHaveLength(1);
          const lunch = lunches[0]!;
          expect(lunch.seconds).toBeGreaterThanOrEqual(length >= 8 * 3_600_000 ? 1800 : 1200);
          const mid = shape.start! + length / 2;
          const pulled = lunch.at + (lunch.seconds * 1000) / 2;
          expect(Math.abs(lunch.at - mid) <= 3_600_000 || Math.abs(pulled - mid) <= 1000).toBe(
            true,
          );
        }
      }),
      150,
    );
  });

  it('no two events share an instant, so no prompt is planned twice', () => {
    assertProperty(
      fc.property(plans, (days) => {
        for (const { events } of days) {
          expect(new Set(events.map((e) => e.at)).size).toBe(events.length);
        }
      }),
      150,
    );
  });
});

describe('local wall time to instant (fast-check)', () => {
  it('agrees with luxon in every zone, including DST gaps and repeated hours', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 0, max: 800 }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.constantFrom(...ZONES, 'Pacific/Chatham', 'Australia/Lord_Howe', 'America/St_Johns'),
        (dayIndex, hour, minute, zone) => {
          const date = DateTime.fromISO('2026-01-01', { zone: 'UTC' })
            .plus({ days: dayIndex })
            .toISODate()!;
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          expect(atLocalTime(date, time, zone)).toBe(
            DateTime.fromISO(date, { zone }).set({ hour, minute }).toMillis(),
          );
        },
      ),
      2000,
    );
  });

  it('the Oslo DST days 2026-03-29 and 2026-10-25 map 02:30 as luxon does', () => {
    expect(new Date(atLocalTime('2026-03-29', '02:30', 'Europe/Oslo')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(atLocalTime('2026-10-25', '02:30', 'Europe/Oslo')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });
});
