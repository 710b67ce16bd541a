import { DateTime, IANAZone } from 'luxon';

/**
 * Wall-clock helpers. The engine keeps instants as epoch milliseconds (what timers and the store
 * need) and asks luxon only where a zone matters: local dates, "HH:MM on that date", ISO offsets.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

/**
 * The instant of a local time of day ("HH:MM") on a local date, in a zone. Built from the zone's
 * offsets rather than a luxon DateTime, because the planner needs thousands of these for a year.
 * The instant is `wall - offset` for an offset in force somewhere in [wall - 15 h, wall + 13 h]
 * (offsets run from -12 h to +14 h, and transitions are months apart, so the offsets at the two
 * ends are the only candidates). A time repeated when clocks go back takes the earlier instant;
 * a time inside a spring-forward gap moves forward by the gap; both as luxon does.
 */
export function atLocalTime(date: string, time: string, zone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const offsets = zoneOf(zone);
  const before = offsets.offset(wall - 15 * HOUR);
  const after = offsets.offset(wall + 13 * HOUR);
  let found: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const at = wall - offset * MINUTE;
    if (offsets.offset(at) === offset && (found === null || at < found)) found = at;
  }
  return found ?? wall - before * MINUTE;
}

/**
 * A zone's UTC offset at an instant, remembered: luxon asks Intl for every offset, which costs
 * microseconds, and the engine asks several times per step. A day whose two ends have the same
 * offset has it throughout (no zone changes its offset twice in a day), so one entry serves the
 * whole day; a day with a change is remembered per quarter hour, on which every change falls.
 */
interface ZoneOffsets {
  offset(at: number): number;
}
const QUARTER_HOUR = 15 * MINUTE;
const DAY_MS = 24 * HOUR;
const zones = new Map<string, ZoneOffsets>();
function zoneOf(zone: string): ZoneOffsets {
  let found = zones.get(zone);
  if (!found) {
    const iana = IANAZone.create(zone);
    const byDay = new Map<number, number | null>();
    const byQuarter = new Map<number, number>();
    const exact = (at: number): number => {
      const quarter = Math.floor(at / QUARTER_HOUR);
      let offset = byQuarter.get(quarter);
      if (offset === undefined) {
        if (byQuarter.size > 20_000) byQuarter.clear();
        offset = iana.offset(quarter * QUARTER_HOUR);
        byQuarter.set(quarter, offset);
      }
      return offset;
    };
    found = {
      offset(at: number): number {
        const day = Math.floor(at / DAY_MS);
        let offset = byDay.get(day);
        if (offset === undefined) {
          if (byDay.size > 20_000) byDay.clear();
          const start = iana.offset(day * DAY_MS);
          offset = start === iana.offset((day + 1) * DAY_MS - 1) ? start : null;
          byDay.set(day, offset);
        }
        return offset ?? exact(at);
      },
    };
    zones.set(zone, found);
  }
  return found;
}

/** One stretch of time during which a zone keeps the same UTC offset: [from, until). */
export interface ZoneOffsetSpan {
  from: number;
  until: number;
  /** Minutes ahead of UTC (60 for Norwegian winter time, 120 for summer time). */
  minutes: number;
}

/**
 * The zone's offsets between two instants, as back-to-back spans. Offsets change at most a few
 * times a year and never twice within an hour, so probing hourly finds every change, and halving
 * the hour around it finds the exact millisecond.
 */
export function zoneOffsetSpans(zone: string, from: number, until: number): ZoneOffsetSpan[] {
  const offsets = zoneOf(zone);
  const spans: ZoneOffsetSpan[] = [];
  let spanStart = from;
  let current = offsets.offset(from);
  let previous = from;
  while (previous < until) {
    const probe = Math.min(previous + HOUR, until);
    const offset = offsets.offset(probe);
    if (offset !== current) {
      let before = previous;
      let after = probe;
      while (after - before > 1) {
        const middle = before + Math.floor((after - before) / 2);
        if (offsets.offset(middle) === current) before = middle;
        else after = middle;
      }
      spans.push({ from: spanStart, until: after, minutes: current });
      spanStart = after;
      current = offset;
    }
    previous = probe;
  }
  spans.push({ from: spanStart, until, minutes: current });
  return spans;
}

/** The local calendar date ("YYYY-MM-DD") of an instant in a zone. */
export function localDate(at: number, zone: string): string {
  return new Date(at + zoneOf(zone).offset(at) * MINUTE).toISOString().slice(0, 10);
}

/** ISO 8601 with the zone's offset on that date, to the second (the plan's output format). */
export function isoInZone(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

const shiftedDates = new Map<string, string>();

/** Calendar arithmetic on "YYYY-MM-DD" (no zone involved; plain UTC dates are exact and fast). */
export function addDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let shifted = shiftedDates.get(key);
  if (shifted === undefined) {
    const [year, month, day] = date.split('-').map(Number) as [number, number, number];
    shifted = new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
    if (shiftedDates.size > 20_000) shiftedDates.clear();
    shiftedDates.set(key, shifted);
  }
  return shifted;
}

/** 1 = Monday … 7 = Sunday, for a calendar date (zone-independent). */
export function isoWeekday(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** True when the string is a real calendar date in the strict YYYY-MM-DD form. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}
