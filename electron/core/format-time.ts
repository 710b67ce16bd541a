import { LANGUAGE_TAGS, type MessageLocale } from '../../content/messages';

/** "15:30" in the person's zone (24-hour clock in all of Pust's languages). */
export function clockTime(at: number, zone: string, locale: MessageLocale): string {
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[locale], {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(at);
}

/** Whole minutes from `now` until `at`, at least 1 (a tooltip never says "in 0 min"). */
export function minutesUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 60_000));
}
