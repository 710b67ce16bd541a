import type { WorkdayView } from '../../electron/contract';
import { LANGUAGE_TAGS, translate, type MessageLocale } from '../../content/messages';

/*
 * The first view shows a clock, today's date and the week's weekdays. A fresh renderer's first
 * Intl date formatter costs ~20 ms (ICU loads its locale and zone data), so these are written
 * from core's zone offsets and Pust's own day and month names instead; Intl remains the fallback
 * for instants core sent no offset for. Own names also give real nynorsk, which Chromium's ICU
 * data often lacks.
 */

/** Where a time of day is shown: the workday's zone and the offsets core sent for it. */
export type WallClockZone = Pick<WorkdayView, 'zone' | 'zoneOffsets'>;

/**
 * The language tags to give Intl. Chromium's ICU data, and so Electron's, has no nynorsk, and Intl
 * then falls back to American English ("November 24, 2026", "3.5"). Bokmål writes numbers, times
 * and dates without weekdays as nynorsk does, so it comes next; weekday and month names that
 * differ come from Pust's own content instead (longDate, fullDateTime).
 */
export function intlLocales(locale: MessageLocale): string[] {
  const tag = LANGUAGE_TAGS[locale];
  return locale === 'nn' ? [tag, LANGUAGE_TAGS.nb] : [tag];
}

/** Building an Intl formatter costs far more than using one: keep one per language and zone. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** "15:30" in the workday's zone. */
export function clock(at: number, where: WallClockZone, locale: MessageLocale): string {
  const span = where.zoneOffsets.find((candidate) => candidate.from <= at && at < candidate.until);
  if (span) {
    const wall = new Date(at + span.minutes * 60_000);
    return `${twoDigits(wall.getUTCHours())}:${twoDigits(wall.getUTCMinutes())}`;
  }
  const key = `${locale}|${where.zone}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales(locale), {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: where.zone,
    });
    clockFormats.set(key, format);
  }
  return format.format(at);
}

/** Day names in the order of `Date.getUTCDay()`. */
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;

function calendarDay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** A calendar date's weekday and month in Pust's own words, with its day and year numbers. */
function dateParts(date: string, locale: MessageLocale) {
  const day = calendarDay(date);
  return {
    weekday: translate(locale, `dates.weekday.${WEEKDAYS[day.getUTCDay()]!}`),
    day: day.getUTCDate(),
    month: translate(locale, `dates.month.${MONTHS[day.getUTCMonth()]!}`),
    year: day.getUTCFullYear(),
  };
}

/** "torsdag 26. november" for a calendar date ("YYYY-MM-DD"). */
export function longDate(date: string, locale: MessageLocale): string {
  return translate(locale, 'dates.long', dateParts(date, locale));
}

/** A date as `YYYY-MM-DD` on this machine's wall clock. */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${twoDigits(date.getMonth() + 1)}-${twoDigits(date.getDate())}`;
}

/** One formatter per zone that yields a wall clock's numbers; unknown zones are remembered too. */
const wallClockFormats = new Map<string, Intl.DateTimeFormat | null>();

/** `at` on the wall clock of `zone`, or of this machine when the zone is missing or unknown. */
function wallClock(
  at: Date,
  zone: string | undefined,
): { date: string; hour: number; minute: number } {
  let format = zone === undefined ? null : wallClockFormats.get(zone);
  if (zone !== undefined && format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      // A zone this platform does not know (say, from an imported journal entry).
      format = null;
    }
    wallClockFormats.set(zone, format);
  }
  if (!format) return { date: localDay(at), hour: at.getHours(), minute: at.getMinutes() };
  const parts = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/**
 * "tysdag 24. november 2026 kl. 11:00": an instant in full, on the wall clock of the zone it
 * happened in, with Pust's own day and month names (real nynorsk where the platform has none).
 */
export function fullDateTime(at: Date, zone: string | undefined, locale: MessageLocale): string {
  const wall = wallClock(at, zone);
  return translate(locale, 'dates.full', {
    ...dateParts(wall.date, locale),
    time: `${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`,
  });
}

/** "08:05": an instant's time of day on the wall clock of the zone it happened in. */
export function timeOfDay(at: Date, zone: string | undefined): string {
  const wall = wallClock(at, zone);
  return `${twoDigits(wall.hour)}:${twoDigits(wall.minute)}`;
}

/** Building an Intl formatter costs far more than using one: keep one per language. */
const shortDates = new Map<MessageLocale, Intl.DateTimeFormat>();

/**
 * "1. sep. 2026 08:05": a short date from Intl and the time as Pust writes it, 24-hour HH:MM, so
 * the browser's own locale (American English in a Chromium started without --lang) cannot make it
 * "8:05 AM".
 */
export function shortDateTime(at: Date, zone: string | undefined, locale: MessageLocale): string {
  let format = shortDates.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocales(locale), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    shortDates.set(locale, format);
  }
  const wall = wallClock(at, zone);
  return `${format.format(calendarDay(wall.date))} ${timeOfDay(at, zone)}`;
}

/** "to." – a short weekday for the week strip. */
export function shortWeekday(date: string, locale: MessageLocale): string {
  return translate(locale, `dates.weekdayShort.${WEEKDAYS[calendarDay(date).getUTCDay()]!}`);
}

/** A number with one decimal, in the person's language ("5,7" in Norwegian, "5.7" in English). */
export function oneDecimal(value: number, locale: MessageLocale): string {
  return new Intl.NumberFormat(intlLocales(locale), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

/** "7 t 30 min" / "7 h 30 min" */
export function hoursMinutes(minutes: number, hourUnit: string): string {
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours} ${hourUnit} ${rest} min` : `${rest} min`;
}

/** "0:17" for a countdown. */
export function countdown(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
