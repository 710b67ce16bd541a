import {
  JOURNAL_IMPORT_LIMITS,
  type ImportProblem,
  type ImportProblemKind,
  type JournalEntry,
  type JournalImportRequest,
} from '../../contract/journal';
import { EXPORT_MARKER } from './export';
import { migrateEntry } from './migrations';

/** Entries checked between two turns of the event loop, so timers and the tray keep running. */
const CHECK_BATCH = 250;

export type Staged =
  | { outcome: 'complete'; text: string }
  | { outcome: 'waiting'; received: number }
  | { outcome: 'refused'; problem: ImportProblem };

export function importProblem(
  kind: ImportProblemKind,
  detail: string,
  more: { limit?: number; entry?: number } = {},
): ImportProblem {
  return { kind, detail, limit: more.limit ?? null, entry: more.entry ?? null };
}

const tooLarge = () =>
  importProblem('too-large', `The file is longer than ${JOURNAL_IMPORT_LIMITS.chars} characters`, {
    limit: JOURNAL_IMPORT_LIMITS.chars,
  });

/**
 * Keeps the parts of one large import until the last arrives, so the file is imported whole or
 * not at all. One import at a time: a first part starts afresh, and a part out of order (or from
 * another import) drops what was kept.
 */
export class ImportStaging {
  #pending: { importId: string; count: number; parts: string[]; chars: number } | null = null;

  receive(request: JournalImportRequest): Staged {
    const { json, part } = request;
    if (!part) {
      this.#pending = null;
      return json.length > JOURNAL_IMPORT_LIMITS.chars
        ? { outcome: 'refused', problem: tooLarge() }
        : { outcome: 'complete', text: json };
    }
    if (part.index === 0)
      this.#pending = { importId: part.importId, count: part.count, parts: [], chars: 0 };
    const pending = this.#pending;
    if (
      !pending ||
      pending.importId !== part.importId ||
      pending.count !== part.count ||
      pending.parts.length !== part.index
    ) {
      this.#pending = null;
      return {
        outcome: 'refused',
        problem: importProblem(
          'parts',
          `Part ${part.index + 1} of ${part.count} came out of order`,
        ),
      };
    }
    pending.chars += json.length;
    if (pending.chars > JOURNAL_IMPORT_LIMITS.chars) {
      this.#pending = null;
      return { outcome: 'refused', problem: tooLarge() };
    }
    pending.parts.push(json);
    if (pending.parts.length < pending.count) {
      return { outcome: 'waiting', received: pending.parts.length };
    }
    this.#pending = null;
    return { outcome: 'complete', text: pending.parts.join('') };
  }
}

export type ReadImport =
  { ok: true; entries: JournalEntry[] } | { ok: false; problem: ImportProblem };

/**
 * Reads a JSON export of this app within JOURNAL_IMPORT_LIMITS: the nesting is measured before
 * JSON.parse is asked to build anything, and entries are checked in batches with a turn of the
 * event loop between them. All or nothing: one invalid entry refuses the file. Entries from older
 * formats are migrated.
 */
export async function readImport(text: string): Promise<ReadImport> {
  const refuse = (problem: ImportProblem): ReadImport => ({ ok: false, problem });
  if (text.length > JOURNAL_IMPORT_LIMITS.chars) return refuse(tooLarge());
  if (nestingDepth(text, JOURNAL_IMPORT_LIMITS.depth) > JOURNAL_IMPORT_LIMITS.depth) {
    return refuse(
      importProblem('too-deep', `Brackets nest deeper than ${JOURNAL_IMPORT_LIMITS.depth} levels`, {
        limit: JOURNAL_IMPORT_LIMITS.depth,
      }),
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(importProblem('not-json', 'The file is not JSON'));
  }
  const file = data as Record<string, unknown> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    file.app !== EXPORT_MARKER.app ||
    file.type !== EXPORT_MARKER.type ||
    !Array.isArray(file.entries)
  ) {
    return refuse(importProblem('not-export', 'The file is not a journal exported by Pust'));
  }
  if (file.exportVersion !== EXPORT_MARKER.exportVersion) {
    return refuse(
      importProblem('unknown-version', `Unknown export version ${String(file.exportVersion)}`),
    );
  }
  const raw = file.entries as unknown[];
  if (raw.length > JOURNAL_IMPORT_LIMITS.entries) {
    return refuse(
      importProblem(
        'too-many',
        `The file holds ${raw.length} entries, more than ${JOURNAL_IMPORT_LIMITS.entries}`,
        { limit: JOURNAL_IMPORT_LIMITS.entries },
      ),
    );
  }
  const entries: JournalEntry[] = [];
  for (let index = 0; index < raw.length; index += 1) {
    if (index > 0 && index % CHECK_BATCH === 0) await nextTurn();
    const migrated = migrateEntry(raw[index]);
    if (!migrated.ok) {
      return refuse(
        importProblem('invalid-entry', `Entry ${index + 1} is invalid: ${migrated.problem}`, {
          entry: index + 1,
        }),
      );
    }
    entries.push(migrated.entry);
  }
  return { ok: true, entries };
}

/**
 * The deepest nesting of `[` and `{` outside strings, counting stops just past `limit`. One pass
 * over the text, no allocation: 20 million characters take a few tens of milliseconds.
 */
export function nestingDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i += 1; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1;
    }
  }
  return deepest;
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
