import { LANGUAGE_TAGS, type MessageLocale } from '../../content/messages';

/** Building an Intl formatter costs far more than using one: keep one per language and zone. */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** "15:30" in the workday's zone. */
export function clock(at: number, zone: string, locale: MessageLocale): string {
  const key = `${locale}|${zone}`;
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    clockFormats.set(key, format);
  }
  return format.format(at);
}

/*
 * Chromium often ships no nynorsk date names and falls back to English. Format nynorsk with the
 * Norwegian data and put in the weekday names where nynorsk differs from bokmål.
 */
const NYNORSK_WEEKDAYS: ReadonlyArray<[RegExp, string]> = [
  [/mandag/, 'måndag'],
  [/tirsdag/, 'tysdag'],
  [/lørdag/, 'laurdag'],
  [/søndag/, 'sundag'],
  [/^man\./, 'mån.'],
  [/^tir\./, 'tys.'],
  [/^lør\./, 'lau.'],
  [/^søn\./, 'sun.'],
];

function formatDate(
  date: string,
  locale: MessageLocale,
  options: Intl.DateTimeFormatOptions,
): string {
  const tags = locale === 'nn' ? ['nn-NO', 'nb-NO', 'no'] : [LANGUAGE_TAGS[locale]];
  const format = new Intl.DateTimeFormat(tags, { ...options, timeZone: 'UTC' });
  const text = format.format(new Date(`${date}T12:00:00Z`));
  if (locale !== 'nn' || format.resolvedOptions().locale.startsWith('nn')) return text;
  return NYNORSK_WEEKDAYS.reduce((result, [pattern, word]) => result.replace(pattern, word), text);
}

/** "torsdag 26. november" */
export function longDate(date: string, locale: MessageLocale): string {
  return formatDate(date, locale, { weekday: 'long', day: 'numeric', month: 'long' });
}

/** "to." – a short weekday for the week strip. */
export function shortWeekday(date: string, locale: MessageLocale): string {
  return formatDate(date, locale, { weekday: 'short' });
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
