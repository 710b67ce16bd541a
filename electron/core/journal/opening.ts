import * as fs from 'node:fs';
import { DateTime } from 'luxon';
import type { z } from 'zod';
import { PustError } from '../../contract/errors';
import type { JournalProblem, RecoveryReason } from '../../contract/journal';
import type { Clock, KeyValueStore, Logger } from '../ports';
import type { RecordCodec } from './codec';
import { compact, openNeedsCompaction } from './compaction';
import type { EntryIndex } from './entry-index';
import { chooseWriter, Keyring, type Writer } from './keyring';
import { AppendLog, copyAside, moveAside, readLog, removeStaleTempFiles } from './log-file';
import { damageOf, newestForm, replay, scanLog, type LogScan } from './recovery';
import type { SecretKeyProvider } from './secret-key';

/** What opening the journal left behind: enough for the facade to read and write. */
export interface OpenedJournal {
  keyring: Keyring | null;
  writer: Writer;
  log: AppendLog | null;
  /** Whether the file was read: entries can be listed. */
  loaded: boolean;
  /** A folder or file problem (a key problem lives in the writer). */
  problem: JournalProblem | null;
  /** Lines no key Pust holds opens, kept byte for byte through every rewrite. */
  unopened: string[];
}

export interface OpeningContext {
  folder: string;
  filePath: string;
  keys: { os: SecretKeyProvider; file: SecretKeyProvider };
  store: KeyValueStore;
  clock: Clock;
  logger: Logger;
  /** Filled with the entries that open. */
  index: EntryIndex;
  /** Tells the person a damaged file was set aside (notices.ts). */
  notify(
    reason: RecoveryReason,
    copyPath: string,
    recoveredEntries: number,
    unreadableRecords: number,
    detail: string,
  ): void;
}

const NO_WRITER: Writer = {
  state: 'needs-decision',
  form: null,
  codec: null,
  problem: null,
};
const EMPTY_SCAN: LogScan = { records: [], unopened: [], damaged: 0, torn: false };

/**
 * Opens the journal: reads the log with every key Pust holds, replays what opens, sets aside
 * (never deletes) what is damaged, and decides how new records are written. Never throws: a
 * folder, file or key that cannot be used leaves a `problem` that says what happened and where.
 */
export function openJournal(context: OpeningContext): OpenedJournal {
  const opened: OpenedJournal = {
    keyring: null,
    writer: NO_WRITER,
    log: null,
    loaded: false,
    problem: null,
    unopened: [],
  };
  try {
    open(context, opened);
  } catch (error) {
    // Nothing unforeseen may stop Pust from starting: the journal is closed and says why.
    opened.log?.close();
    opened.log = null;
    opened.loaded = false;
    opened.problem ??= {
      state: 'closed',
      reason: 'folder-unusable',
      path: context.folder,
      detail: describe(error),
    };
    context.logger.error(`The journal could not be opened: ${describe(error)}`);
  }
  return opened;
}

function open(context: OpeningContext, opened: OpenedJournal): void {
  const { folder, filePath, clock, logger, index } = context;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    removeStaleTempFiles(filePath);
  } catch (error) {
    opened.problem = {
      state: 'closed',
      reason: 'folder-unusable',
      path: folder,
      detail: describe(error),
    };
    return;
  }
  const ring = Keyring.gather(context.keys);
  opened.keyring = ring;
  let read = readLog(filePath);
  if (read.kind === 'unreadable') {
    const why = read.error;
    try {
      context.notify('unreadable', moveAside(filePath, clock.now()), 0, 1, why);
      read = { kind: 'missing' };
    } catch (error) {
      opened.problem = {
        state: 'closed',
        reason: 'log-unreadable',
        path: filePath,
        detail: `${why}; moving it aside failed: ${describe(error)}`,
      };
      return;
    }
  }
  const scan = read.kind === 'read' ? scanLog(read, ring) : EMPTY_SCAN;
  const replayed = replay(scan, index, logger);
  opened.unopened = [...scan.unopened];
  opened.loaded = true;
  opened.writer = chooseWriter(ring, context.store, newestForm(scan));
  try {
    opened.log = AppendLog.open(filePath);
  } catch (error) {
    opened.problem = {
      state: 'read-only',
      reason: 'log-not-writable',
      path: filePath,
      detail: describe(error),
    };
    return;
  }
  // Without a key to write with, the file stays exactly as it is until there is one.
  const { codec, form } = opened.writer;
  if (!codec || !form) return;
  const compactNow = () => compactAtOpen(opened, codec, index, logger);
  const damage = damageOf(scan, replayed);
  if (damage) {
    let copyPath: string;
    try {
      copyPath = copyAside(filePath, clock.now());
    } catch (error) {
      logger.error(`The damaged journal could not be copied aside: ${describe(error)}`);
      return;
    }
    context.notify(damage.reason, copyPath, index.size, damage.unreadable, damage.detail);
    compactNow();
    return;
  }
  const needed = openNeedsCompaction({
    forms: scan.records.map((item) => item.form),
    writing: form,
    trash: index.trashSize,
    records: replayed.records,
    live: index.size,
    singles: replayed.singles,
  });
  if (needed) compactNow();
}

/** A compaction the disk refuses at open loses nothing: the file stays as it was. */
function compactAtOpen(
  opened: OpenedJournal,
  codec: RecordCodec,
  index: EntryIndex,
  logger: Logger,
): void {
  try {
    compact(opened.log!, codec, index.entries(), opened.unopened);
    index.emptyTrash();
  } catch (error) {
    logger.warn(`Journal compaction at open skipped: ${describe(error)}`);
  }
}

// ---- Small helpers the facade shares --------------------------------------------------------

export function parseOr<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
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

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Now, with its offset, in the person's zone (UTC when the clock's zone is unknown). */
export function wallNow(clock: Clock): { at: string; timeZone: string } {
  const zone = clock.timeZone();
  let time = DateTime.fromJSDate(clock.now(), { zone });
  const timeZone = time.isValid ? zone : 'UTC';
  if (!time.isValid) time = DateTime.fromJSDate(clock.now(), { zone: 'UTC' });
  return { at: time.toISO({ includeOffset: true }) ?? time.toUTC().toISO()!, timeZone };
}
