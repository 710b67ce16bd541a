import type {
  ImportProblem,
  JOURNAL_IMPORT_LIMITS,
  JournalImportResult,
} from '../../electron/contract/journal';
import type { PustApi } from '../../electron/contract/api';
import type { Result } from '../../electron/contract/errors';

/**
 * The contract's import limits. The renderer may import only types from the contract, so the
 * values are repeated here; the type makes any difference a compile error.
 */
export const IMPORT_LIMITS: typeof JOURNAL_IMPORT_LIMITS = {
  chars: 20_000_000,
  partChars: 400_000,
  depth: 16,
  entries: 50_000,
};

/**
 * The file's text in pieces of at most `maxChars` characters, cut anywhere (never inside a UTF-16
 * surrogate pair): core puts them back together and reads the whole file, so the renderer never
 * parses it (a hostile file cannot hang the window) and each request stays within its budget.
 */
export function importParts(text: string, maxChars: number = IMPORT_LIMITS.partChars): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < text.length || parts.length === 0) {
    let end = Math.min(text.length, start + maxChars);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

export type ImportOutcome =
  | { outcome: 'imported'; added: number; alreadyPresent: number }
  | { outcome: 'refused'; problem: ImportProblem };

/**
 * Sends a whole file to core in parts under one import id; core imports it all or nothing once the
 * last part arrives. A file over the size limit is refused here without being sent.
 */
export async function importFile(
  pust: Pick<PustApi, 'journal'>,
  text: string,
  importId: string,
): Promise<Result<ImportOutcome>> {
  if (text.length > IMPORT_LIMITS.chars) {
    return {
      ok: true,
      value: {
        outcome: 'refused',
        problem: {
          kind: 'too-large',
          limit: IMPORT_LIMITS.chars,
          entry: null,
          detail: `The file is longer than ${IMPORT_LIMITS.chars} characters`,
        },
      },
    };
  }
  const parts = importParts(text);
  let reply: Result<JournalImportResult> | null = null;
  for (const [index, json] of parts.entries()) {
    reply = await pust.journal.import({ json, part: { importId, index, count: parts.length } });
    if (!reply.ok || reply.value.outcome !== 'waiting') break;
  }
  if (!reply?.ok) return reply ?? { ok: false, error: { code: 'internal', message: 'no reply' } };
  const value = reply.value;
  if (value.outcome === 'waiting') {
    return { ok: false, error: { code: 'internal', message: 'The import did not finish' } };
  }
  return { ok: true, value };
}
