import {
  isTimeZone,
  JOURNAL_LIMITS,
  JOURNAL_SCHEMA_VERSION,
  JournalEntrySchema,
  type JournalEntry,
} from '../../contract/journal';

type RawEntry = Record<string, unknown>;

/**
 * One step per format version: `steps[n]` turns an entry of version n into version n + 1. Every
 * entry read from the log or imported from an export passes through here, so a file written by
 * an older Pust opens in a newer one. A new format means a new step and a test for it.
 */
export const MIGRATION_STEPS: Readonly<Record<number, (entry: RawEntry) => RawEntry>> = {
  /**
   * v1 kept tags as one comma-separated string and tomorrow's plan as one newline-separated
   * string (`tomorrow`); v2 keeps both as lists, so they can be filtered and shown as lists.
   */
  1: (entry) => {
    const { tomorrow, ...rest } = entry;
    const next: RawEntry = {
      ...rest,
      tags: splitList(entry.tags, /[,;]/)
        .slice(0, JOURNAL_LIMITS.tags)
        .map((tag) => tag.slice(0, JOURNAL_LIMITS.tag)),
      schemaVersion: 2,
    };
    if (entry.kind === 'check-in') {
      next.tomorrowTopThree = splitList(tomorrow, /\r?\n/)
        .slice(0, 3)
        .map((line) => line.slice(0, JOURNAL_LIMITS.line));
    }
    return next;
  },
};

function splitList(value: unknown, separator: RegExp): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  if (typeof value !== 'string') return [];
  return value
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

export type MigrationResult = { ok: true; entry: JournalEntry } | { ok: false; problem: string };

/**
 * Brings an entry of any known version up to the latest and validates it. With `repair` (entries
 * already in the journal, as opposed to a file being imported), a time zone Intl does not know —
 * accepted before zones were checked — is replaced by the fixed offset the entry was written at,
 * so the entry is kept and shown instead of being dropped.
 */
export function migrateEntry(raw: unknown, options: { repair?: boolean } = {}): MigrationResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problem: 'not an object' };
  }
  let entry = raw as RawEntry;
  const stored = entry.schemaVersion;
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
    return { ok: false, problem: 'no schema version' };
  }
  let version: number = stored;
  if (version > JOURNAL_SCHEMA_VERSION) {
    return { ok: false, problem: `written by a newer Pust (format ${version})` };
  }
  while (version < JOURNAL_SCHEMA_VERSION) {
    const step = MIGRATION_STEPS[version];
    if (!step) return { ok: false, problem: `no migration from format ${version}` };
    entry = step(entry);
    version = entry.schemaVersion as number;
  }
  if (options.repair && typeof entry.timeZone === 'string' && !isTimeZone(entry.timeZone)) {
    entry = { ...entry, timeZone: zoneAtOffset(entry.createdAt) };
  }
  const parsed = JournalEntrySchema.safeParse(entry);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, entry: parsed.data };
}

/** `2026-11-26T16:05:00+01:00` → `Etc/GMT-1` (IANA's Etc signs are inverted); else `UTC`. */
function zoneAtOffset(createdAt: unknown): string {
  const match = typeof createdAt === 'string' ? /([+-])(\d{2}):(\d{2})$/.exec(createdAt) : null;
  if (!match || match[3] !== '00' || match[2] === '00') return 'UTC';
  const zone = `Etc/GMT${match[1] === '+' ? '-' : '+'}${Number(match[2])}`;
  return isTimeZone(zone) ? zone : 'UTC';
}
