import { LANGUAGE_TAGS, type MessageLocale } from '../../content/messages';

/** One formatter per language and zone: building one costs far more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * "15:30" in the person's zone: 24-hour HH:MM in all of Pust's languages. Written from the hour
 * and minute parts, so a platform whose locale data lacks a language (Electron's ICU has no
 * nynorsk) or writes another separator still gives HH:MM.
 */
export function clockTime(at: number, zone: string, locale: MessageLocale): string {
  const key = `${locale}|${zone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    formats.set(key, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: 'hour' | 'minute') =>
    (parts.find((candidate) => candidate.type === type)?.value ?? '0').padStart(2, '0');
  return `${part('hour')}:${part('minute')}`;
}

/** Whole minutes from `now` until `at`, at least 1 (a tooltip never says "in 0 min"). */
export function minutesUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 60_000));
}
