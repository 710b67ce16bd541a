import type { JournalEntry } from '../../electron/contract/journal';
import { fullDateTime, intlLocales } from './format';
import { locale } from './i18n.svelte';

/** An entry's time as the person saw it: in the zone it was written in, in the current language. */
export function formatEntryTime(at: string, timeZone?: string): string {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return at;
  return fullDateTime(date, timeZone, locale.current);
}

/** A calendar day `YYYY-MM-DD` as a short date in the current language. */
export function formatDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(intlLocales(locale.current), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A number with the current language's decimal sign. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocales(locale.current), { maximumFractionDigits: 1 }).format(
    value,
  );
}

/** Tags typed as "a, b, c": trimmed, empty ones dropped, duplicates removed, in the given order. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function entryDay(entry: JournalEntry): string {
  return entry.createdAt.slice(0, 10);
}
