import type { DayRange, EntryKind, JournalEntry, JournalPage } from '../../contract/journal';
import { SearchIndex, fold } from './search';

interface Indexed {
  entry: JournalEntry;
  ms: number;
  day: string;
  tags: string[];
}

export interface EntryFilter {
  kind?: EntryKind;
  tag?: string;
  range?: DayRange;
}

/**
 * The live entries in memory (10,000 entries are a few megabytes), so listing and searching never
 * touch the disk; and the ones deleted in this session, which undo can bring back until the
 * journal is next compacted.
 */
export class EntryIndex {
  readonly #entries = new Map<string, Indexed>();
  readonly #trash = new Map<string, JournalEntry>();
  readonly #search = new SearchIndex();
  #newestFirst: Indexed[] | null = null;

  get size(): number {
    return this.#entries.size;
  }

  get trashSize(): number {
    return this.#trash.size;
  }

  has(id: string): boolean {
    return this.#entries.has(id);
  }

  /** Live or in the trash: an id a new entry must not take. */
  knows(id: string): boolean {
    return this.#entries.has(id) || this.#trash.has(id);
  }

  get(id: string): JournalEntry | undefined {
    return this.#entries.get(id)?.entry;
  }

  entries(): JournalEntry[] {
    return [...this.#entries.values()].map((item) => item.entry);
  }

  put(entry: JournalEntry): void {
    this.#trash.delete(entry.id);
    this.#entries.set(entry.id, {
      entry,
      ms: Date.parse(entry.createdAt),
      day: entry.createdAt.slice(0, 10),
      tags: entry.tags.map(fold),
    });
    this.#search.set(entry);
    this.#newestFirst = null;
  }

  /** Moves an entry to the trash (undo can bring it back). */
  delete(id: string): JournalEntry | undefined {
    const entry = this.#entries.get(id)?.entry;
    if (!entry) return undefined;
    this.#forget(id);
    this.#trash.set(id, entry);
    return entry;
  }

  /** Brings an entry back from the trash. */
  restore(id: string): JournalEntry | undefined {
    const entry = this.#trash.get(id);
    if (entry) this.put(entry);
    return entry;
  }

  /** Drops entries for good (retention), without a way back. */
  drop(ids: Iterable<string>): void {
    for (const id of ids) this.#forget(id);
  }

  emptyTrash(): void {
    this.#trash.clear();
  }

  clear(): void {
    this.#entries.clear();
    this.#trash.clear();
    this.#search.clear();
    this.#newestFirst = null;
  }

  /** Ids of entries created before `ms`. */
  /** Ids of the entries written (by their own local date) before `day` (YYYY-MM-DD). */
  writtenBefore(day: string): string[] {
    return [...this.#entries.values()]
      .filter((item) => item.day < day)
      .map((item) => item.entry.id);
  }

  byKind(): Record<EntryKind, number> {
    const counts: Record<EntryKind, number> = { 'check-in': 0, 'tool-result': 0, note: 0 };
    for (const { entry } of this.#entries.values()) counts[entry.kind] += 1;
    return counts;
  }

  newest(): JournalEntry | undefined {
    return this.#sorted()[0]?.entry;
  }

  oldest(): JournalEntry | undefined {
    return this.#sorted().at(-1)?.entry;
  }

  /** Entries matching `filter` (and `query`, when given), newest first, one page of them. */
  page(filter: EntryFilter & { query?: string }, offset: number, limit: number): JournalPage {
    let items = this.#filtered(filter);
    if (filter.query !== undefined) {
      const matches = this.#search.matcher(filter.query);
      items = items.filter((item) => matches(item.entry.id));
    }
    return {
      entries: items.slice(offset, offset + limit).map((item) => item.entry),
      total: items.length,
    };
  }

  /** Entries matching `filter`, oldest first (the order exports read in). */
  oldestFirst(filter: EntryFilter): JournalEntry[] {
    return this.#filtered(filter)
      .map((item) => item.entry)
      .reverse();
  }

  #forget(id: string): void {
    this.#entries.delete(id);
    this.#search.delete(id);
    this.#newestFirst = null;
  }

  #sorted(): Indexed[] {
    this.#newestFirst ??= [...this.#entries.values()].sort(
      (a, b) => b.ms - a.ms || (a.entry.id < b.entry.id ? -1 : 1),
    );
    return this.#newestFirst;
  }

  #filtered(filter: EntryFilter): Indexed[] {
    const tag = filter.tag === undefined ? undefined : fold(filter.tag.trim());
    const from = filter.range?.from;
    const to = filter.range?.to;
    if (!filter.kind && tag === undefined && !from && !to) return this.#sorted();
    return this.#sorted().filter(
      (item) =>
        (!filter.kind || item.entry.kind === filter.kind) &&
        (tag === undefined || item.tags.includes(tag)) &&
        (!from || item.day >= from) &&
        (!to || item.day <= to),
    );
  }
}

/**
 * Tags as the person typed them, trimmed, without duplicates. Two tags are the same when their
 * case-folded text is: `Møte` and `møte` are, but `møte` and `mote`, `ß` and `SS`, `aa` and `å`
 * are different words (search and the tag filter still find one through the other).
 */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    const key = trimmed.normalize('NFC').toLowerCase();
    if (trimmed && !seen.has(key)) {
      seen.add(key);
      out.push(trimmed);
    }
  }
  return out;
}
