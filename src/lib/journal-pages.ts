import type { EntryKind, JournalEntry, JournalPage } from '../../electron/contract/journal';
import type { PustApi } from '../../electron/contract/api';
import type { ErrorCode, Result } from '../../electron/contract/errors';

/** The timeline's filter as the form holds it (empty text means "any"). */
export interface TimelineFilter {
  query: string;
  kind: EntryKind | '';
  tag: string;
  from: string;
  to: string;
}

/** What the timeline last said about the person's action. */
export type TimelineMessage =
  | { kind: 'note-saved' }
  | { kind: 'edited' }
  | { kind: 'deleted'; id: string }
  | { kind: 'restored' }
  | { kind: 'empty-note' }
  | { kind: 'bad-range' }
  | { kind: 'error'; code: ErrorCode | 'unavailable' };

/** The most entries the contract gives in one request. */
const MAX_PAGE = 500;

type JournalApi = Pick<PustApi, 'journal'>;

/** One page of the entries matching `filter`, newest first. */
export function fetchPage(
  pust: JournalApi,
  filter: TimelineFilter,
  offset: number,
  limit: number,
): Promise<Result<JournalPage>> {
  const request = {
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.tag.trim() ? { tag: filter.tag.trim() } : {}),
    ...(filter.from || filter.to
      ? {
          range: {
            ...(filter.from ? { from: filter.from } : {}),
            ...(filter.to ? { to: filter.to } : {}),
          },
        }
      : {}),
    offset,
    limit,
  };
  return filter.query.trim()
    ? pust.journal.search({ query: filter.query.trim(), ...request })
    : pust.journal.list(request);
}

/** The first `count` matching entries, in as many requests as the contract's page size needs. */
export async function fetchFirst(
  pust: JournalApi,
  filter: TimelineFilter,
  count: number,
): Promise<Result<JournalPage>> {
  let entries: JournalEntry[] = [];
  for (;;) {
    const page = await fetchPage(
      pust,
      filter,
      entries.length,
      Math.min(MAX_PAGE, count - entries.length),
    );
    if (!page.ok) return page;
    entries = appendNew(entries, page.value.entries);
    if (entries.length >= count || page.value.entries.length === 0) {
      return { ok: true, value: { entries, total: page.value.total } };
    }
  }
}

/** `shown` followed by the entries of `more` it does not hold yet: no entry is listed twice. */
export function appendNew(shown: JournalEntry[], more: JournalEntry[]): JournalEntry[] {
  const known = new Set(shown.map((entry) => entry.id));
  return [...shown, ...more.filter((entry) => !known.has(entry.id))];
}
