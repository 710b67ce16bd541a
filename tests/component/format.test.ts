import { describe, expect, it } from 'vitest';
import { zoneOffsetSpans } from '../../electron/core/engine';
import {
  clock,
  fullDateTime,
  longDate,
  shortDateTime,
  shortWeekday,
  timeOfDay,
} from '../../src/lib/format';

const DAY = 86_400_000;
const QUARTER = 15 * 60_000;

/** Every calendar date of 2026 and 2027 as "YYYY-MM-DD". */
const dates = Array.from({ length: 730 }, (_, i) =>
  new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
);
const intlDate = (tag: string, date: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );

describe('dates in the person’s language', () => {
  it('writes weekdays in nynorsk even where the platform has only bokmål data', () => {
    expect(longDate('2026-11-24', 'nn')).toBe('tysdag 24. november');
    expect(longDate('2026-11-28', 'nn')).toBe('laurdag 28. november');
    expect(longDate('2026-11-29', 'nn')).toBe('sundag 29. november');
    expect(shortWeekday('2026-11-23', 'nn')).toBe('mån.');
  });

  it('writes every date of two years as Intl writes bokmål and British English', () => {
    const long = { weekday: 'long', day: 'numeric', month: 'long' } as const;
    for (const date of dates) {
      expect(longDate(date, 'nb')).toBe(intlDate('nb-NO', date, long));
      expect(longDate(date, 'en')).toBe(intlDate('en-GB', date, long));
      expect(shortWeekday(date, 'nb')).toBe(intlDate('nb-NO', date, { weekday: 'short' }));
      expect(shortWeekday(date, 'en')).toBe(intlDate('en-GB', date, { weekday: 'short' }));
    }
  });
});

describe('the clock in the workday’s zone', () => {
  const intlClock = (at: number, zone: string) =>
    new Intl.DateTimeFormat('nb-NO', {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    }).format(at);

  it.each([
    ['Europe/Oslo', '2026-03-28T00:00:00Z'],
    ['Europe/Oslo', '2026-10-24T00:00:00Z'],
    ['America/New_York', '2026-11-01T00:00:00Z'],
    ['Asia/Kolkata', '2026-06-01T00:00:00Z'],
  ])('shows what Intl shows every quarter hour across three days in %s from %s', (zone, iso) => {
    const from = Date.parse(iso);
    const where = { zone, zoneOffsets: zoneOffsetSpans(zone, from, from + 3 * DAY) };
    for (let at = from; at < from + 3 * DAY; at += QUARTER) {
      expect(clock(at, where, 'nb')).toBe(intlClock(at, zone));
    }
  });

  it('falls back to Intl for an instant core sent no offset for', () => {
    const from = Date.parse('2026-03-28T00:00:00Z');
    // Deliberately wrong offsets that end before the instant asked for: they must not be used.
    const where = { zone: 'Europe/Oslo', zoneOffsets: [{ from, until: from + DAY, minutes: 0 }] };
    const summer = Date.parse('2026-07-01T10:00:00Z');
    expect(clock(summer, where, 'en')).toBe('12:00');
    expect(clock(from + 10 * 3_600_000, where, 'en')).toBe('10:00');
  });
});

describe('an instant in full (journal entries)', () => {
  const intlFull = (tag: string, at: Date, zone: string) =>
    new Intl.DateTimeFormat(tag, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone: zone,
    }).format(at);

  it('writes nynorsk weekdays on the wall clock of the zone the entry was written in', () => {
    const at = new Date('2026-11-24T10:05:00Z');
    expect(fullDateTime(at, 'Europe/Oslo', 'nn')).toBe('tysdag 24. november 2026 kl. 11:05');
    expect(fullDateTime(at, 'Europe/Oslo', 'nb')).toBe('tirsdag 24. november 2026 kl. 11:05');
    // Written on a trip: the same instant was already Wednesday in Tokyo.
    expect(fullDateTime(new Date('2026-11-24T20:30:00Z'), 'Asia/Tokyo', 'nn')).toBe(
      'onsdag 25. november 2026 kl. 05:30',
    );
  });

  it('writes every sixth hour of two years, across DST, as Intl writes bokmål and British English', () => {
    for (
      let at = Date.UTC(2026, 0, 1);
      at < Date.UTC(2028, 0, 1);
      at += 6 * 3_600_000 + 7 * 60_000
    ) {
      for (const zone of ['Europe/Oslo', 'America/New_York']) {
        expect(fullDateTime(new Date(at), zone, 'nb')).toBe(intlFull('nb-NO', new Date(at), zone));
        expect(fullDateTime(new Date(at), zone, 'en')).toBe(intlFull('en-GB', new Date(at), zone));
      }
    }
  });

  it('uses this machine’s zone when the entry’s zone is missing or unknown', () => {
    const at = new Date('2026-06-02T08:00:00Z');
    const local = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(fullDateTime(at, 'Mars/Olympus_Mons', 'nb')).toBe(intlFull('nb-NO', at, local));
    expect(fullDateTime(at, undefined, 'nb')).toBe(intlFull('nb-NO', at, local));
  });

  it('writes a saved tool result’s time as HH:MM, never as the browser’s 12-hour clock', () => {
    const morning = new Date('2026-11-24T07:05:00Z');
    expect(timeOfDay(morning, 'Europe/Oslo')).toBe('08:05');
    expect(timeOfDay(new Date('2026-11-24T13:30:00Z'), 'Europe/Oslo')).toBe('14:30');
    expect(shortDateTime(morning, 'Europe/Oslo', 'nb')).toBe('24. nov. 2026 08:05');
    expect(shortDateTime(morning, 'Europe/Oslo', 'nn')).toBe('24. nov. 2026 08:05');
    expect(shortDateTime(new Date('2026-11-24T20:30:00Z'), 'Asia/Tokyo', 'en')).toBe(
      '25 Nov 2026 05:30',
    );
  });
});
