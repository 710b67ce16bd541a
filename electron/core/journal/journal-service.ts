import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { PustError } from '../../contract/errors';
import {
  EntryDraftSchema,
  JOURNAL_SCHEMA_VERSION,
  JournalDeleteAllRequestSchema,
  JournalEntrySchema,
  JournalEncryptionChoiceRequestSchema,
  JournalExportRequestSchema,
  JournalListRequestSchema,
  JournalNoticeSchema,
  JournalRetentionRequestSchema,
  JournalSearchRequestSchema,
  TrendsRequestSchema,
  type DayRange,
  type EncryptionChoice,
  type EncryptionState,
  type EntryDraftInput,
  type EntryKind,
  type JournalDeleteAllRequest,
  type JournalDeleteAllResult,
  type JournalEntry,
  type JournalExport,
  type JournalExportRequest,
  type JournalImportResult,
  type JournalListRequest,
  type JournalNotice,
  type JournalPage,
  type JournalSearchRequest,
  type JournalStatus,
  type JournalSummary,
  type RecoveryReason,
  type TrendWeek,
  type TrendsRequest,
} from '../../contract/journal';
import type { Clock, KeyValueStore, Logger } from '../ports';
import { RecordCodec, type LogRecord } from './codec';
import { exportEntries, parseExport, type ExportLabels } from './export';
import {
  ASIDE_PATTERN,
  AppendLog,
  copyAside,
  moveAside,
  readLog,
  removeStaleTempFiles,
} from './log-file';
import { migrateEntry } from './migrations';
import { SearchIndex, fold } from './search';
import { ENCRYPTION_CHOICE_KEY, resolveEncryption, type SecretKeyProvider } from './secret-key';
import { weeklyTrends } from './trends';

export const JOURNAL_FILE_NAME = 'journal.log';
export const NOTICES_KEY = 'journal.notices';
/**
 * Entries per pack line. Larger packs open faster; smaller ones lose less to one flipped byte (a
 * damaged pack loses its entries from the live journal; they stay in the set-aside copy).
 */
export const PACK_SIZE = 32;
/** Single-entry lines tolerated before an open packs the file. */
export const PACK_AFTER = 500;

export interface JournalServiceOptions {
  /** The folder the journal lives in, inside the app's user-data folder. Created if missing. */
  folder: string;
  /** The OS-protected key (Electron safeStorage); `available()` false when there is no store. */
  osKeys: SecretKeyProvider;
  /** The key file used only when the person chooses it (a FileKeyProvider in the folder). */
  fileKeys: SecretKeyProvider;
  /** Keeps the encryption choice and unread notices. */
  store: KeyValueStore;
  clock: Clock;
  logger: Logger;
  newId?: () => string;
}

interface Indexed {
  entry: JournalEntry;
  ms: number;
  day: string;
  tags: string[];
}

function parseOr<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PustError(
      'invalid-payload',
      `${issue?.path.map(String).join('.') || '(payload)'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data;
}

/**
 * The person's private journal. Every method that changes it returns only after the change is on
 * disk. Entries live in memory once opened (10,000 entries are a few megabytes), so listing and
 * searching never touch the disk.
 */
export class JournalService {
  readonly #options: JournalServiceOptions;
  readonly #filePath: string;
  readonly #newId: () => string;
  #encryption: EncryptionState = 'needs-decision';
  #codec: RecordCodec | null = null;
  #log: AppendLog | null = null;
  readonly #entries = new Map<string, Indexed>();
  /** Deleted in this session and not yet compacted away: what undo can bring back. */
  readonly #trash = new Map<string, JournalEntry>();
  readonly #index = new SearchIndex();
  #newestFirst: Indexed[] | null = null;
  #notices: JournalNotice[];

  private constructor(options: JournalServiceOptions) {
    this.#options = options;
    this.#filePath = path.join(options.folder, JOURNAL_FILE_NAME);
    this.#newId = options.newId ?? randomUUID;
    this.#notices = this.#storedNotices();
  }

  /**
   * Opens the journal, recovering what can be read from a damaged file. When the OS secret store
   * is unavailable and the person has not chosen yet, the journal stays closed (`status()` says
   * `needs-decision`) until `chooseEncryption` is called.
   */
  static open(options: JournalServiceOptions): JournalService {
    const service = new JournalService(options);
    service.#resolveAndLoad();
    return service;
  }

  // ---- State and notices ------------------------------------------------------------------

  status(): JournalStatus {
    return {
      encryption: this.#encryption,
      osSecretStoreAvailable: this.#options.osKeys.available(),
      entries: this.#entries.size,
      filePath: this.#filePath,
      notices: [...this.#notices],
    };
  }

  dismissNotice(id: string): void {
    this.#notices = this.#notices.filter((notice) => notice.id !== id);
    this.#saveNotices();
  }

  /**
   * The person's answer when the OS secret store cannot keep the key (or a later change of it in
   * Settings). An open journal is rewritten in the new form at once.
   */
  chooseEncryption(input: { choice: EncryptionChoice }): JournalStatus {
    const { choice } = parseOr(JournalEncryptionChoiceRequestSchema, input);
    if (this.#encryption === 'os-key') {
      throw new PustError('invalid-payload', 'The OS secret store already protects the journal');
    }
    this.#options.store.set(ENCRYPTION_CHOICE_KEY, choice);
    if (!this.#log) {
      this.#resolveAndLoad();
    } else {
      const resolved = resolveEncryption(this.#keys());
      this.#encryption = resolved.state;
      this.#codec = new RecordCodec(resolved.key);
      this.#compact();
    }
    return this.status();
  }

  close(): void {
    this.#log?.close();
    this.#log = null;
  }

  // ---- Changes ------------------------------------------------------------------------------

  add(input: { entry: EntryDraftInput }): JournalEntry {
    const log = this.#ready();
    const draft = parseOr(EntryDraftSchema, input.entry);
    const { at, timeZone } = this.#now();
    const entry = parseOr(JournalEntrySchema, {
      ...draft,
      tags: cleanTags(draft.tags),
      id: this.#newId(),
      createdAt: at,
      editedAt: at,
      timeZone,
      schemaVersion: JOURNAL_SCHEMA_VERSION,
    });
    if (this.#entries.has(entry.id) || this.#trash.has(entry.id)) {
      throw new PustError('internal', 'Entry id collision');
    }
    log.append(this.#codec!.encode({ op: 'put', entry }));
    this.#put(entry);
    return entry;
  }

  /** Replaces an entry's content; its kind, id and creation time stay. */
  edit(input: { id: string; entry: EntryDraftInput }): JournalEntry {
    const log = this.#ready();
    const draft = parseOr(EntryDraftSchema, input.entry);
    const current = this.#entries.get(input.id)?.entry;
    if (!current) throw new PustError('not-found', 'No such entry');
    if (current.kind !== draft.kind) {
      throw new PustError('invalid-payload', 'An entry cannot change its kind');
    }
    const entry = parseOr(JournalEntrySchema, {
      ...draft,
      tags: cleanTags(draft.tags),
      id: current.id,
      createdAt: current.createdAt,
      editedAt: this.#now().at,
      timeZone: current.timeZone,
      schemaVersion: JOURNAL_SCHEMA_VERSION,
    });
    log.append(this.#codec!.encode({ op: 'put', entry }));
    this.#put(entry);
    return entry;
  }

  delete(input: { id: string }): void {
    const log = this.#ready();
    const current = this.#entries.get(input.id)?.entry;
    if (!current) throw new PustError('not-found', 'No such entry');
    log.append(this.#codec!.encode({ op: 'delete', id: current.id, at: this.#now().at }));
    this.#remove(current.id);
    this.#trash.set(current.id, current);
  }

  /** Brings back an entry deleted in this session (until the journal is next compacted). */
  undoDelete(input: { id: string }): JournalEntry {
    const log = this.#ready();
    const entry = this.#trash.get(input.id);
    if (!entry) throw new PustError('not-found', 'Nothing to undo for this entry');
    log.append(this.#codec!.encode({ op: 'restore', id: entry.id }));
    this.#trash.delete(entry.id);
    this.#put(entry);
    return entry;
  }

  /** Imports a JSON export of this app; entries already present (by id) are left as they are. */
  importJson(input: { json: string }): JournalImportResult {
    const log = this.#ready();
    const incoming = parseExport(input.json);
    const fresh = new Map<string, JournalEntry>();
    let alreadyPresent = 0;
    for (const entry of incoming) {
      if (this.#entries.has(entry.id) || fresh.has(entry.id)) alreadyPresent += 1;
      else fresh.set(entry.id, entry);
    }
    if (fresh.size > 0) {
      // One write and one flush for the whole import: all of it is saved, or none of it.
      log.append(this.#packLines(fresh.values()));
      for (const entry of fresh.values()) {
        this.#trash.delete(entry.id);
        this.#put(entry);
      }
    }
    return { added: fresh.size, alreadyPresent };
  }

  /** What delete-all would delete, so the confirmation can name it. */
  summary(): JournalSummary {
    const byKind: Record<EntryKind, number> = { 'check-in': 0, 'tool-result': 0, note: 0 };
    for (const { entry } of this.#entries.values()) byKind[entry.kind] += 1;
    const sorted = this.#sorted();
    return {
      total: this.#entries.size,
      byKind,
      oldest: sorted.at(-1)?.entry.createdAt ?? null,
      newest: sorted[0]?.entry.createdAt ?? null,
      recoveryCopies: this.#recoveryCopies(),
    };
  }

  deleteAll(input: JournalDeleteAllRequest): JournalDeleteAllResult {
    this.#ready();
    const request = parseOr(JournalDeleteAllRequestSchema, input);
    const deletedEntries = this.#entries.size;
    // The file first: if the disk refuses the rewrite, nothing is shown as gone that is not gone.
    this.#log!.rewrite(this.#packLines([]));
    this.#entries.clear();
    this.#trash.clear();
    this.#index.clear();
    this.#newestFirst = null;
    const deletedRecoveryCopies: string[] = [];
    if (request.includeRecoveryCopies) {
      for (const copy of this.#recoveryCopies()) {
        fs.rmSync(copy, { force: true });
        deletedRecoveryCopies.push(copy);
      }
      this.#notices = this.#notices.filter(
        (notice) => !deletedRecoveryCopies.includes(notice.copyPath),
      );
      this.#saveNotices();
    }
    return { deletedEntries, deletedRecoveryCopies };
  }

  /** Deletes entries created more than `months` months ago; `null` keeps everything. */
  applyRetention(input: { months: number | null }): { deleted: number } {
    this.#ready();
    const { months } = parseOr(JournalRetentionRequestSchema, input);
    if (months === null) return { deleted: 0 };
    const { timeZone } = this.#now();
    const cutoff = DateTime.fromJSDate(this.#options.clock.now(), { zone: timeZone })
      .minus({ months })
      .toMillis();
    const old = [...this.#entries.values()].filter((item) => item.ms < cutoff);
    if (old.length === 0) return { deleted: 0 };
    // The file first, as in deleteAll: a refused rewrite leaves the journal as it was.
    const kept = [...this.#entries.values()].filter((item) => item.ms >= cutoff);
    this.#log!.rewrite(this.#packLines(kept.map((item) => item.entry)));
    for (const item of old) this.#remove(item.entry.id);
    this.#trash.clear();
    return { deleted: old.length };
  }

  // ---- Reading ------------------------------------------------------------------------------

  list(input: JournalListRequest = {}): JournalPage {
    this.#ready();
    const request = parseOr(JournalListRequestSchema, input);
    return this.#page(this.#filtered(request), request.offset, request.limit);
  }

  search(input: JournalSearchRequest): JournalPage {
    this.#ready();
    const request = parseOr(JournalSearchRequestSchema, input);
    const matches = this.#index.matcher(request.query);
    const found = this.#filtered(request).filter((item) => matches(item.entry.id));
    return this.#page(found, request.offset, request.limit);
  }

  get(id: string): JournalEntry {
    this.#ready();
    const item = this.#entries.get(id);
    if (!item) throw new PustError('not-found', 'No such entry');
    return item.entry;
  }

  export(input: JournalExportRequest, labels?: ExportLabels): JournalExport {
    this.#ready();
    const request = parseOr(JournalExportRequestSchema, input);
    const entries = this.#filtered({ range: request.range })
      .map((item) => item.entry)
      .reverse();
    return exportEntries(entries, request.format, this.#now().at, labels);
  }

  trends(input: TrendsRequest = {}): TrendWeek[] {
    this.#ready();
    const request = parseOr(TrendsRequestSchema, input);
    return weeklyTrends(
      this.#filtered({ kind: 'check-in', range: request.range }).map((item) => item.entry),
    );
  }

  // ---- Internals ----------------------------------------------------------------------------

  #keys(): { os: SecretKeyProvider; fileKey: SecretKeyProvider; store: KeyValueStore } {
    return {
      os: this.#options.osKeys,
      fileKey: this.#options.fileKeys,
      store: this.#options.store,
    };
  }

  #ready(): AppendLog {
    if (!this.#log || !this.#codec) {
      throw new PustError(
        'encryption-choice-needed',
        'The OS secret store is unavailable: choose how the journal is protected first',
      );
    }
    return this.#log;
  }

  #now(): { at: string; timeZone: string } {
    const zone = this.#options.clock.timeZone();
    let time = DateTime.fromJSDate(this.#options.clock.now(), { zone });
    const timeZone = time.isValid ? zone : 'UTC';
    if (!time.isValid) time = DateTime.fromJSDate(this.#options.clock.now(), { zone: 'UTC' });
    return { at: time.toISO({ includeOffset: true }) ?? time.toUTC().toISO()!, timeZone };
  }

  #resolveAndLoad(): void {
    const resolved = resolveEncryption(this.#keys());
    this.#encryption = resolved.state;
    if (resolved.state === 'needs-decision') return;
    this.#codec = new RecordCodec(resolved.key);
    this.#load();
  }

  /** Reads the log, replays it, and sets aside (never deletes) anything it cannot read. */
  #load(): void {
    const codec = this.#codec!;
    const folder = this.#options.folder;
    try {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      removeStaleTempFiles(this.#filePath);
    } catch (error) {
      throw new PustError('storage-failed', `The journal folder is not usable: ${String(error)}`);
    }
    const read = readLog(this.#filePath);
    if (read.kind === 'unreadable') {
      let copyPath: string;
      try {
        copyPath = moveAside(this.#filePath, this.#options.clock.now());
      } catch (error) {
        throw new PustError(
          'storage-failed',
          `The journal cannot be read: ${read.error}; ${String(error)}`,
        );
      }
      this.#notify('unreadable', copyPath, 0, 1, read.error);
      this.#log = AppendLog.open(this.#filePath);
      return;
    }
    this.#log = AppendLog.open(this.#filePath);
    if (read.kind === 'missing') return;

    const problems: Record<RecoveryReason, number> = {
      truncated: read.tornTail === null ? 0 : 1,
      damaged: read.emptyLines,
      'wrong-key': 0,
      unreadable: 0,
    };
    let records = 0;
    let singles = 0;
    let reEncode = false;
    for (const line of read.lines) {
      const decoded = codec.decode(line);
      if (!decoded.ok) {
        problems[decoded.reason] += 1;
        continue;
      }
      if (!codec.writesSameAs(line)) reEncode = true;
      const record = decoded.record;
      records += record.op === 'pack' ? record.entries.length : 1;
      if (record.op !== 'pack') singles += 1;
      problems.damaged += this.#replay(record);
    }
    const live = this.#entries.size;
    const unreadable = problems.truncated + problems.damaged + problems['wrong-key'];
    if (unreadable > 0) {
      const reason: RecoveryReason =
        problems['wrong-key'] > 0 ? 'wrong-key' : problems.damaged > 0 ? 'damaged' : 'truncated';
      const copyPath = copyAside(this.#filePath, this.#options.clock.now());
      this.#notify(
        reason,
        copyPath,
        live,
        unreadable,
        `torn last line: ${problems.truncated}, damaged records: ${problems.damaged}, ` +
          `records under another key: ${problems['wrong-key']}`,
      );
      this.#trash.clear();
      this.#compact();
      return;
    }
    // Deleted entries and superseded versions are garbage once a session has closed; compacting
    // them away also removes deleted text from the file. Many single-entry lines are packed so
    // the next open decrypts a few hundred lines instead of thousands.
    const garbage = records - live;
    if (reEncode || this.#trash.size > 0 || garbage > Math.max(200, live) || singles > PACK_AFTER) {
      this.#trash.clear();
      this.#compact();
    }
  }

  /** Applies one record; returns how many entries it held that cannot be used (newer Pust…). */
  #replay(record: LogRecord): number {
    switch (record.op) {
      case 'put':
        return this.#replayEntry(record.entry) ? 0 : 1;
      case 'pack':
        return record.entries.filter((entry) => !this.#replayEntry(entry)).length;
      case 'delete': {
        const item = this.#entries.get(record.id);
        if (item) {
          this.#remove(record.id);
          this.#trash.set(record.id, item.entry);
        }
        return 0;
      }
      case 'restore': {
        const entry = this.#trash.get(record.id);
        if (entry) {
          this.#trash.delete(record.id);
          this.#put(entry);
        }
        return 0;
      }
    }
  }

  #replayEntry(raw: unknown): boolean {
    const migrated = migrateEntry(raw);
    if (!migrated.ok) {
      this.#options.logger.warn(`Journal entry skipped: ${migrated.problem}`);
      return false;
    }
    this.#trash.delete(migrated.entry.id);
    this.#put(migrated.entry);
    return true;
  }

  /** Entries as pack lines: one IV, tag and decryption per PACK_SIZE entries makes opening fast. */
  #packLines(entries: Iterable<JournalEntry>): string {
    const codec = this.#codec!;
    const all = [...entries];
    const lines: string[] = [];
    for (let start = 0; start < all.length; start += PACK_SIZE) {
      lines.push(codec.encode({ op: 'pack', entries: all.slice(start, start + PACK_SIZE) }));
    }
    return lines.join('');
  }

  /** Rewrites the log with exactly the live entries, atomically. Drops undo history. */
  #compact(): void {
    this.#log!.rewrite(this.#packLines([...this.#entries.values()].map((item) => item.entry)));
    this.#trash.clear();
  }

  #put(entry: JournalEntry): void {
    this.#entries.set(entry.id, {
      entry,
      ms: Date.parse(entry.createdAt),
      day: entry.createdAt.slice(0, 10),
      tags: entry.tags.map(fold),
    });
    this.#index.set(entry);
    this.#newestFirst = null;
  }

  #remove(id: string): void {
    this.#entries.delete(id);
    this.#index.delete(id);
    this.#newestFirst = null;
  }

  #sorted(): Indexed[] {
    this.#newestFirst ??= [...this.#entries.values()].sort(
      (a, b) => b.ms - a.ms || (a.entry.id < b.entry.id ? -1 : 1),
    );
    return this.#newestFirst;
  }

  #filtered(filter: { kind?: EntryKind; tag?: string; range?: DayRange }): Indexed[] {
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

  #page(items: Indexed[], offset: number, limit: number): JournalPage {
    return {
      entries: items.slice(offset, offset + limit).map((item) => item.entry),
      total: items.length,
    };
  }

  #recoveryCopies(): string[] {
    try {
      return fs
        .readdirSync(this.#options.folder)
        .filter((name) => ASIDE_PATTERN.test(name))
        .sort()
        .map((name) => path.join(this.#options.folder, name));
    } catch {
      return [];
    }
  }

  #notify(
    reason: RecoveryReason,
    copyPath: string,
    recoveredEntries: number,
    unreadableRecords: number,
    detail: string,
  ): void {
    const notice: JournalNotice = {
      id: this.#newId(),
      kind: 'recovered',
      reason,
      at: this.#now().at,
      copyPath,
      recoveredEntries,
      unreadableRecords,
      detail,
    };
    this.#options.logger.warn(
      `Journal recovered (${reason}): ${recoveredEntries} entries kept, ${unreadableRecords} ` +
        `records unreadable; the damaged file was copied to ${copyPath}. ${detail}`,
    );
    this.#notices.push(notice);
    this.#saveNotices();
  }

  #storedNotices(): JournalNotice[] {
    const raw = this.#options.store.get(NOTICES_KEY);
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item) => {
      const parsed = JournalNoticeSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  #saveNotices(): void {
    try {
      this.#options.store.set(NOTICES_KEY, this.#notices);
    } catch (error) {
      this.#options.logger.error(`Could not keep journal notices: ${String(error)}`);
    }
  }
}

/** Tags as the person typed them, trimmed, without case-insensitive duplicates. */
function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const tag of tags) {
    const trimmed = tag.trim();
    const key = fold(trimmed);
    if (trimmed && !seen.has(key)) {
      seen.add(key);
      out.push(trimmed);
    }
  }
  return out;
}
