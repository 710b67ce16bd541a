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

/** The instant of a local time of day ("HH:MM") on a local date, in a zone. */
export function atLocalTime(date: string, time: string, zone: string): number {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return DateTime.fromISO(date, { zone }).set({ hour, minute }).toMillis();
}

/** The local calendar date ("YYYY-MM-DD") of an instant in a zone. */
export function localDate(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISODate() as string;
}

/** ISO 8601 with the zone's offset on that date, to the second (the plan's output format). */
export function isoInZone(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISO({ suppressMilliseconds: true }) as string;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate() as string;
}

/** 1 = Monday … 7 = Sunday, for a calendar date (zone-independent). */
export function isoWeekday(date: string): number {
  return DateTime.fromISO(date, { zone: 'UTC' }).weekday;
}

/** True when the string is a real calendar date in the strict YYYY-MM-DD form. */
export function isCalendarDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && DateTime.fromISO(text, { zone: 'UTC' }).isValid;
}
