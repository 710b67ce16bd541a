import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DateTime } from 'luxon';
import { PustError } from '../../contract/errors';
import {
  EntryDraftSchema,
  JOURNAL_SCHEMA_VERSION,
  JournalDeleteAllRequestSchema,
  JournalEntrySchema,
  JournalEncryptionChoiceRequestSchema,
  JournalExportRequestSchema,
  JournalImportRequestSchema,
  JournalListRequestSchema,
  JournalRetentionRequestSchema,
  JournalSearchRequestSchema,
  TrendsRequestSchema,
  type EncryptionChoice,
  type EntryDraftInput,
  type JournalDeleteAllRequest,
  type JournalDeleteAllResult,
  type JournalEntry,
  type JournalExport,
  type JournalExportRequest,
  type JournalImportRequest,
  type JournalImportResult,
  type JournalListRequest,
  type JournalPage,
  type JournalSearchRequest,
  type JournalStatus,
  type JournalSummary,
  type TrendWeek,
  type TrendsRequest,
} from '../../contract/journal';
import type { Clock, KeyValueStore, Logger } from '../ports';
import type { RecordCodec } from './codec';
import { compact, packLines } from './compaction';
import { cleanTags, EntryIndex } from './entry-index';
import { exportEntries, type ExportLabels } from './export';
import { ImportStaging, readImport } from './import-file';
import { ENCRYPTION_CHOICE_KEY } from './keyring';
import { recoveryCopies, type AppendLog } from './log-file';
import { RecoveryNotices } from './notices';
import { describe, openJournal, parseOr, wallNow, type OpenedJournal } from './opening';
import type { SecretKeyProvider } from './secret-key';
import { weeklyTrends } from './trends';

export { PACK_AFTER, PACK_SIZE } from './compaction';
export { NOTICES_KEY } from './notices';

export const JOURNAL_FILE_NAME = 'journal.log';

export interface JournalServiceOptions {
  /** The folder the journal lives in, inside the app's user-data folder. Created if missing. */
  folder: string;
  /** The OS-protected key (Electron safeStorage); `available()` false when there is no store. */
  osKeys: SecretKeyProvider;
  /** The key file used when the person chooses it (a FileKeyProvider in the folder). */
  fileKeys: SecretKeyProvider;
  /** Keeps a copy of the encryption choice and the unread notices. */
  store: KeyValueStore;
  clock: Clock;
  logger: Logger;
  newId?: () => string;
}

/**
 * The person's private journal: a facade over the keys (keyring.ts), reading and recovering the
 * log (recovery.ts), compaction, the entries in memory (entry-index.ts), notices and imports.
 * Every method that changes the journal returns only after the change is on disk. Opening never
 * throws: a folder, file or key that cannot be used puts the journal in a `problem` state that
 * says what happened and where, and the rest of Pust works.
 */
export class JournalService {
  readonly #options: JournalServiceOptions;
  readonly #filePath: string;
  readonly #newId: () => string;
  readonly #index = new EntryIndex();
  readonly #notices: RecoveryNotices;
  readonly #staging = new ImportStaging();
  /** Keys, writer, log file and any problem, as opening left them (opening.ts). */
  readonly #open: OpenedJournal;

  /**
   * Opens the journal, recovering what can be read from a damaged file. When no key is chosen
   * and the OS secret store is unavailable, nothing can be saved (`needs-decision`) until
   * `chooseEncryption` is called.
   */
  static open(options: JournalServiceOptions): JournalService {
    return new JournalService(options);
  }

  private constructor(options: JournalServiceOptions) {
    this.#options = options;
    this.#filePath = path.join(options.folder, JOURNAL_FILE_NAME);
    this.#newId = options.newId ?? randomUUID;
    this.#notices = new RecoveryNotices(options.store, options.logger);
    this.#open = openJournal({
      folder: options.folder,
      filePath: this.#filePath,
      keys: { os: options.osKeys, file: options.fileKeys },
      store: options.store,
      clock: options.clock,
      logger: options.logger,
      index: this.#index,
      notify: (reason, copyPath, recoveredEntries, unreadableRecords, detail) =>
        this.#notices.add({
          id: this.#newId(),
          at: wallNow(options.clock).at,
          reason,
          copyPath,
          recoveredEntries,
          unreadableRecords,
          detail,
        }),
    });
  }

  // ---- State and notices ------------------------------------------------------------------

  status(): JournalStatus {
    let osAvailable = false;
    try {
      osAvailable = this.#options.osKeys.available();
    } catch {
      // An OS store that fails to answer is not available.
    }
    return {
      encryption: this.#open.writer.state,
      osSecretStoreAvailable: osAvailable,
      entries: this.#index.size,
      filePath: this.#filePath,
      notices: this.#notices.list(),
      unopenedRecords: this.#open.unopened.length,
      keyProblems: [...(this.#open.keyring?.problems ?? [])],
      problem: this.#open.problem ?? this.#open.writer.problem,
    };
  }

  dismissNotice(id: string): void {
    this.#notices.dismiss(id);
  }

  /**
   * The person's answer when the OS secret store cannot keep the key, or the key the journal is
   * written with cannot be used (or a later change in Settings). The journal is rewritten in the
   * new form at once, before the choice is kept: the file always says which form it is in.
   */
  chooseEncryption(input: { choice: EncryptionChoice }): JournalStatus {
    const { choice } = parseOr(JournalEncryptionChoiceRequestSchema, input);
    if (this.#open.writer.state === 'os-key' && this.#open.writer.codec) {
      throw new PustError('invalid-payload', 'The OS secret store already protects the journal');
    }
    const log = this.#fileLog();
    const writer = this.#open.keyring!.writer(choice === 'file-key' ? 'file' : 'plain');
    if (!writer.codec) {
      throw new PustError('storage-failed', writer.problem?.detail ?? 'No key can be used');
    }
    compact(log, writer.codec, this.#index.entries(), this.#open.unopened);
    this.#index.emptyTrash();
    this.#open.writer = writer;
    try {
      this.#options.store.set(ENCRYPTION_CHOICE_KEY, choice);
    } catch (error) {
      this.#options.logger.warn(`The encryption choice was not kept: ${describe(error)}`);
    }
    return this.status();
  }

  close(): void {
    this.#open.log?.close();
    this.#open.log = null;
  }

  // ---- Changes ------------------------------------------------------------------------------

  add(input: { entry: EntryDraftInput }): JournalEntry {
    const { log, codec } = this.#writable();
    const draft = parseOr(EntryDraftSchema, input.entry);
    const { at, timeZone } = wallNow(this.#options.clock);
    const entry = parseOr(JournalEntrySchema, {
      ...draft,
      tags: cleanTags(draft.tags),
      id: this.#newId(),
      createdAt: at,
      editedAt: at,
      timeZone,
      schemaVersion: JOURNAL_SCHEMA_VERSION,
    });
    if (this.#index.knows(entry.id)) throw new PustError('internal', 'Entry id collision');
    log.append(codec.encode({ op: 'put', entry }));
    this.#index.put(entry);
    return entry;
  }

  /** Replaces an entry's content; its kind, id and creation time stay. */
  edit(input: { id: string; entry: EntryDraftInput }): JournalEntry {
    const { log, codec } = this.#writable();
    const draft = parseOr(EntryDraftSchema, input.entry);
    const current = this.#index.get(input.id);
    if (!current) throw new PustError('not-found', 'No such entry');
    if (current.kind !== draft.kind) {
      throw new PustError('invalid-payload', 'An entry cannot change its kind');
    }
    const entry = parseOr(JournalEntrySchema, {
      ...draft,
      tags: cleanTags(draft.tags),
      id: current.id,
      createdAt: current.createdAt,
      editedAt: wallNow(this.#options.clock).at,
      timeZone: current.timeZone,
      schemaVersion: JOURNAL_SCHEMA_VERSION,
    });
    log.append(codec.encode({ op: 'put', entry }));
    this.#index.put(entry);
    return entry;
  }

  delete(input: { id: string }): void {
    const { log, codec } = this.#writable();
    if (!this.#index.has(input.id)) throw new PustError('not-found', 'No such entry');
    log.append(codec.encode({ op: 'delete', id: input.id, at: wallNow(this.#options.clock).at }));
    this.#index.delete(input.id);
  }

  /** Brings back an entry deleted in this session (until the journal is next compacted). */
  undoDelete(input: { id: string }): JournalEntry {
    const { log, codec } = this.#writable();
    if (!this.#index.knows(input.id) || this.#index.has(input.id)) {
      throw new PustError('not-found', 'Nothing to undo for this entry');
    }
    log.append(codec.encode({ op: 'restore', id: input.id }));
    return this.#index.restore(input.id)!;
  }

  /**
   * Imports a JSON export of this app, given whole or in parts (see JournalImportRequestSchema).
   * Nothing changes until the whole file is read and every entry in it is valid; then all its new
   * entries are saved in one write. Entries already present (by id) are left as they are.
   */
  async importJson(input: JournalImportRequest): Promise<JournalImportResult> {
    this.#writable();
    const staged = this.#staging.receive(parseOr(JournalImportRequestSchema, input));
    if (staged.outcome === 'waiting') return { outcome: 'waiting', received: staged.received };
    if (staged.outcome === 'refused') return { outcome: 'refused', problem: staged.problem };
    const read = await readImport(staged.text);
    if (!read.ok) return { outcome: 'refused', problem: read.problem };
    // The journal may have changed while the file was checked: decide against it as it is now.
    const { log, codec } = this.#writable();
    const fresh = new Map<string, JournalEntry>();
    let alreadyPresent = 0;
    for (const entry of read.entries) {
      if (this.#index.has(entry.id) || fresh.has(entry.id)) alreadyPresent += 1;
      else fresh.set(entry.id, entry);
    }
    if (fresh.size > 0) {
      log.append(packLines(codec, fresh.values()));
      for (const entry of fresh.values()) this.#index.put(entry);
    }
    return { outcome: 'imported', added: fresh.size, alreadyPresent };
  }

  /** What delete-all would delete, so the confirmation can name it. */
  summary(): JournalSummary {
    this.#readable();
    return {
      total: this.#index.size,
      byKind: this.#index.byKind(),
      oldest: this.#index.oldest()?.createdAt ?? null,
      newest: this.#index.newest()?.createdAt ?? null,
      recoveryCopies: recoveryCopies(this.#options.folder),
      unopenedRecords: this.#open.unopened.length,
    };
  }

  /** Deletes every entry, and the records no key opens; works even without a usable key. */
  deleteAll(input: JournalDeleteAllRequest): JournalDeleteAllResult {
    const log = this.#fileLog();
    const request = parseOr(JournalDeleteAllRequestSchema, input);
    const deletedEntries = this.#index.size;
    // The file first: if the disk refuses the rewrite, nothing is shown as gone that is not gone.
    log.rewrite('');
    this.#index.clear();
    this.#open.unopened = [];
    const deletedRecoveryCopies: string[] = [];
    if (request.includeRecoveryCopies) {
      for (const copy of recoveryCopies(this.#options.folder)) {
        fs.rmSync(copy, { force: true, recursive: true });
        deletedRecoveryCopies.push(copy);
      }
      this.#notices.forgetCopies(deletedRecoveryCopies);
    }
    return { deletedEntries, deletedRecoveryCopies };
  }

  /** Deletes entries created more than `months` months ago; `null` keeps everything. */
  applyRetention(input: { months: number | null }): { deleted: number } {
    const { log, codec } = this.#writable();
    const { months } = parseOr(JournalRetentionRequestSchema, input);
    if (months === null) return { deleted: 0 };
    // Whole local days: entries written before the day `months` before today go. The renderer
    // counts by the same rule before it asks (journal.list up to the day before), so the number
    // the person confirms is the number deleted.
    const firstKept = DateTime.fromJSDate(this.#options.clock.now(), {
      zone: wallNow(this.#options.clock).timeZone,
    })
      .startOf('day')
      .minus({ months })
      .toISODate()!;
    const old = this.#index.writtenBefore(firstKept);
    if (old.length === 0) return { deleted: 0 };
    // The file first, as in deleteAll: a refused rewrite leaves the journal as it was.
    const gone = new Set(old);
    const kept = this.#index.entries().filter((entry) => !gone.has(entry.id));
    compact(log, codec, kept, this.#open.unopened);
    this.#index.drop(old);
    this.#index.emptyTrash();
    return { deleted: old.length };
  }

  // ---- Reading ------------------------------------------------------------------------------

  list(input: JournalListRequest = {}): JournalPage {
    this.#readable();
    const request = parseOr(JournalListRequestSchema, input);
    return this.#index.page(request, request.offset, request.limit);
  }

  search(input: JournalSearchRequest): JournalPage {
    this.#readable();
    const request = parseOr(JournalSearchRequestSchema, input);
    return this.#index.page(request, request.offset, request.limit);
  }

  get(id: string): JournalEntry {
    this.#readable();
    const entry = this.#index.get(id);
    if (!entry) throw new PustError('not-found', 'No such entry');
    return entry;
  }

  export(input: JournalExportRequest, labels?: ExportLabels): JournalExport {
    this.#readable();
    const request = parseOr(JournalExportRequestSchema, input);
    const entries = this.#index.oldestFirst({ ...(request.range ? { range: request.range } : {}) });
    return exportEntries(entries, request.format, wallNow(this.#options.clock).at, labels);
  }

  trends(input: TrendsRequest = {}): TrendWeek[] {
    this.#readable();
    const request = parseOr(TrendsRequestSchema, input);
    return weeklyTrends(
      this.#index.oldestFirst({
        kind: 'check-in',
        ...(request.range ? { range: request.range } : {}),
      }),
    );
  }

  // ---- Internals ----------------------------------------------------------------------------

  #readable(): void {
    if (!this.#open.loaded) {
      throw new PustError(
        'storage-failed',
        `The journal cannot be opened: ${this.#open.problem?.detail}`,
      );
    }
  }

  /** The open log file, for rewrites that need no key (delete-all, a change of form). */
  #fileLog(): AppendLog {
    this.#readable();
    if (!this.#open.log) {
      throw new PustError(
        'storage-failed',
        `The journal cannot be saved: ${this.#open.problem?.detail}`,
      );
    }
    return this.#open.log;
  }

  #writable(): { log: AppendLog; codec: RecordCodec } {
    const log = this.#fileLog();
    const codec = this.#open.writer.codec;
    if (codec) return { log, codec };
    if (this.#open.writer.problem) {
      throw new PustError(
        'storage-failed',
        `The journal is read-only: ${this.#open.writer.problem.detail}`,
      );
    }
    throw new PustError(
      'encryption-choice-needed',
      'The OS secret store is unavailable: choose how the journal is protected first',
    );
  }
}
