import { WEEKDAYS, minutesOfDay, type WorkProfile } from '../../contract/work-profile';
import { publicHolidayName } from './holidays';
import { lunchSeconds, placeLunch } from './rules/breaks';
import { MINUTE, atLocalTime, isoWeekday } from './time';

/**
 * One local date resolved against the profile: is it a workday, and if so when does it start and
 * end and where does lunch go. Knows nothing of prompts (see cadence.ts) or of output formats.
 */

export type DayOffReason = 'weekend' | 'holiday' | 'vacation' | 'day-off';

export interface DayShape {
  date: string;
  zone: string;
  workday: boolean;
  reason: DayOffReason | null;
  holiday: string | null;
  /** Epoch ms; null on a day off. */
  start: number | null;
  end: number | null;
  lunch: { at: number; seconds: number } | null;
  /** Flexitime core hours, shown but not enforced. */
  core: { start: number; end: number } | null;
  /** Flexitime: the earliest and latest start the window allows. */
  flexWindow: { start: number; end: number } | null;
}

function dayOffReason(profile: WorkProfile, date: string): DayOffReason | null {
  for (const range of profile.daysOff) {
    if (date >= range.from && date <= range.to) return range.kind;
  }
  return null;
}

function inSummer(profile: WorkProfile, date: string): boolean {
  const { enabled, from, to } = profile.summerHours;
  if (!enabled) return false;
  const monthDay = date.slice(5);
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
}

function offDay(
  date: string,
  zone: string,
  reason: DayOffReason,
  holiday: string | null,
): DayShape {
  const none = { start: null, end: null, lunch: null, core: null, flexWindow: null };
  return { date, zone, workday: false, reason, holiday, ...none };
}

/**
 * @param startAt flexitime: when the person actually started (the engine passes it; the planner
 *   leaves it out and the day starts at the weekday's start).
 */
export function resolveDay(
  profile: WorkProfile,
  date: string,
  zone: string,
  startAt?: number,
): DayShape {
  const holiday = publicHolidayName(date);
  if (holiday) return offDay(date, zone, 'holiday', holiday);
  const off = dayOffReason(profile, date);
  if (off) return offDay(date, zone, off, null);
  const weekday = WEEKDAYS[isoWeekday(date) - 1] as (typeof WEEKDAYS)[number];
  const hours = profile.weekdays[weekday];
  if (!hours)
    return offDay(date, zone, weekday === 'sat' || weekday === 'sun' ? 'weekend' : 'day-off', null);

  let endTime = hours.end;
  if (
    inSummer(profile, date) &&
    minutesOfDay(profile.summerHours.end) > minutesOfDay(hours.start)
  ) {
    endTime = minOf(endTime, profile.summerHours.end);
  }
  const monthDay = date.slice(5);
  const short =
    (monthDay === '12-24' && profile.shortDays.christmasEve) ||
    (monthDay === '12-31' && profile.shortDays.newYearsEve);
  if (short && minutesOfDay(profile.shortDays.end) > minutesOfDay(hours.start)) {
    endTime = minOf(endTime, profile.shortDays.end);
  }

  const lengthMs = (minutesOfDay(endTime) - minutesOfDay(hours.start)) * MINUTE;
  const flex = profile.flexitime;
  const start =
    flex.enabled && startAt !== undefined ? startAt : atLocalTime(date, hours.start, zone);
  // Elapsed time, not wall time: a flexitime day that crosses no DST change is the same either way,
  // and a fixed day keeps its wall-clock end.
  const end =
    flex.enabled && startAt !== undefined ? start + lengthMs : atLocalTime(date, endTime, zone);

  const lunch = lunchFor(profile, date, zone, start, end);
  return {
    date,
    zone,
    workday: true,
    reason: null,
    holiday: null,
    start,
    end,
    lunch,
    // Core hours never reach past a short day's end (Christmas Eve ends at 12:00).
    core: flex.enabled
      ? {
          start: Math.min(atLocalTime(date, flex.coreStart, zone), end),
          end: Math.min(atLocalTime(date, flex.coreEnd, zone), end),
        }
      : null,
    flexWindow: flex.enabled
      ? {
          start: atLocalTime(date, flex.windowStart, zone),
          end: atLocalTime(date, flex.windowEnd, zone),
        }
      : null,
  };
}

function lunchFor(
  profile: WorkProfile,
  date: string,
  zone: string,
  start: number,
  end: number,
): DayShape['lunch'] {
  const seconds = lunchSeconds(
    end - start,
    profile.lunch.enabled ? profile.lunch.minutes * 60 : null,
  );
  if (seconds <= 0) return null;
  return {
    at: placeLunch(start, end, atLocalTime(date, profile.lunch.at, zone), seconds),
    seconds,
  };
}

/** The length of a usual working day: the first weekday with hours, else the state's 7.5 h. */
function usualDayMs(profile: WorkProfile): number {
  for (const weekday of WEEKDAYS) {
    const hours = profile.weekdays[weekday];
    if (hours) return (minutesOfDay(hours.end) - minutesOfDay(hours.start)) * MINUTE;
  }
  return 450 * MINUTE;
}

/**
 * A day begun by hand (startDay) at `startAt`: a working day of the date's planned length from
 * then (on a day off, the length of a usual working day), with lunch about mid-day and the full
 * cadence, because the break rules hold on any day a person works. A day off keeps its reason and
 * holiday name, so the app can say that this is a day off being worked.
 */
export function resolveStartedDay(
  profile: WorkProfile,
  date: string,
  zone: string,
  startAt: number,
): DayShape {
  const planned = resolveDay(profile, date, zone);
  const lengthMs =
    planned.start !== null && planned.end !== null
      ? planned.end - planned.start
      : usualDayMs(profile);
  const end = startAt + lengthMs;
  return {
    ...planned,
    workday: true,
    start: startAt,
    end,
    lunch: lunchFor(profile, date, zone, startAt, end),
    core: planned.core
      ? { start: Math.min(planned.core.start, end), end: Math.min(planned.core.end, end) }
      : null,
    flexWindow: null,
  };
}

function minOf(a: string, b: string): string {
  return minutesOfDay(a) <= minutesOfDay(b) ? a : b;
}
