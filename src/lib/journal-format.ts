import { LANGUAGE_TAGS } from '../../content/messages';
import type { JournalEntry } from '../../electron/contract/journal';
import { fullDateTime } from './format';
import { locale } from './i18n.svelte';

/**
 * The current language's tags for Intl, used for short dates and numbers, which are written alike
 * in bokmål and nynorsk. Chromium's ICU data may lack nynorsk; bokmål is then far closer than the
 * English default. Weekdays and months, which differ, come from Pust's own names (format.ts).
 */
function intlLocales(): string[] {
  const tag = LANGUAGE_TAGS[locale.current];
  return locale.current === 'nn' ? [tag, 'nb-NO'] : [tag];
}

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
  return new Intl.DateTimeFormat(intlLocales(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** A number with the current language's decimal sign. */
export function formatNumber(value: number): string {
  return new Intl.NumberFormat(intlLocales(), { maximumFractionDigits: 1 }).format(value);
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
