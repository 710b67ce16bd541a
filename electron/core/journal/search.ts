import type { JournalEntry } from '../../contract/journal';
import { answerText } from './answer-text';

/**
 * Folds text for matching: case-insensitive and diacritic-insensitive (é→e, å→a, ü→u), with the
 * Norwegian letters people type differently on foreign keyboards folded the same way on both sides:
 * æ→ae, ø→o, and the old spelling aa→a (so "Blåbær", "blabaer" and "blaabær" all meet).
 */
export function fold(text: string): string {
  // Most text is ASCII plus æ, ø, å: skip the (slow) Unicode normalisation for it.
  const base = PLAIN.test(text)
    ? text.toLowerCase().replace(/å/g, 'a')
    : text
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();
  return base.replace(SPECIAL, (match) => FOLDS[match] ?? match);
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included
const PLAIN = /^[\x00-\x7FæøåÆØÅ]*$/;
// Whitespace is left as it is: search words never contain any.
const SPECIAL = /[æøœß]|aa/g;
const FOLDS: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'o', ß: 'ss', aa: 'a' };

export function searchableText(entry: JournalEntry): string {
  const parts: string[] = [...entry.tags];
  switch (entry.kind) {
    case 'check-in':
      parts.push(entry.doneToday, ...entry.tomorrowTopThree, entry.note);
      break;
    case 'tool-result':
      parts.push(entry.toolId, entry.summary);
      for (const value of Object.values(entry.answers)) parts.push(answerText(value));
      break;
    case 'note':
      parts.push(entry.text);
      break;
  }
  // A separator no folded text contains, so one search word never spans two fields.
  return fold(parts.join('\u0001'));
}

/** Full-text index kept in memory: built once on open, updated on every change. */
export class SearchIndex {
  readonly #texts = new Map<string, string>();

  set(entry: JournalEntry): void {
    this.#texts.set(entry.id, searchableText(entry));
  }

  delete(id: string): void {
    this.#texts.delete(id);
  }

  clear(): void {
    this.#texts.clear();
  }

  /** A matcher for `query`: every word must occur somewhere in the entry (prefixes match). */
  matcher(query: string): (id: string) => boolean {
    const terms = fold(query)
      .split(/\s+/)
      .filter((term) => term.length > 0);
    if (terms.length === 0) return () => true;
    return (id) => {
      const text = this.#texts.get(id);
      return text !== undefined && terms.every((term) => text.includes(term));
    };
  }
}
