import type { RecoveryReason } from '../../contract/journal';
import type { Logger } from '../ports';
import type { LogRecord } from './codec';
import type { EntryIndex } from './entry-index';
import type { Keyring, WritingForm } from './keyring';
import type { LogRead } from './log-file';
import { migrateEntry } from './migrations';

/** What one read of the log found, line by line. */
export interface LogScan {
  /** Records that opened, in file order, with the form each was written in. */
  records: Array<{ record: LogRecord; form: WritingForm }>;
  /**
   * Lines sealed with a key Pust does not hold now. They are kept in the file exactly as they
   * are through every compaction, so they open again once their key is back.
   */
  unopened: string[];
  /** Lines that are not whole records: flipped bytes, junk, stray empty lines. */
  damaged: number;
  /** A last line without its newline: a save cut short by a crash. */
  torn: boolean;
}

export function scanLog(read: Extract<LogRead, { kind: 'read' }>, ring: Keyring): LogScan {
  const scan: LogScan = { records: [], unopened: [], damaged: read.emptyLines, torn: false };
  for (const line of read.lines) {
    const opened = ring.open(line);
    if (opened.ok) scan.records.push({ record: opened.record, form: opened.form });
    else if (opened.reason === 'unopened') scan.unopened.push(line);
    else scan.damaged += 1;
  }
  // A torn tail is set aside like damage, but a torn line that still names a key Pust lacks is
  // most likely a whole record whose newline was lost: it is kept with the unopened ones.
  if (read.tornTail !== null) {
    const opened = ring.open(read.tornTail);
    if (!opened.ok && opened.reason === 'unopened') scan.unopened.push(read.tornTail);
    else scan.torn = true;
  }
  return scan;
}

/** The form of the newest record that opened: what the journal was last written in. */
export function newestForm(scan: LogScan): WritingForm | null {
  return scan.records.at(-1)?.form ?? null;
}

export interface Replayed {
  /** Entries and operations the opened records held (superseded versions included). */
  records: number;
  /** Single-entry lines (as opposed to packs). */
  singles: number;
  /** Entries that could not be used (written by a newer Pust, invalid). */
  invalid: number;
}

/** Applies the opened records, in order, to the index. */
export function replay(scan: LogScan, index: EntryIndex, logger: Logger): Replayed {
  const replayed: Replayed = { records: 0, singles: 0, invalid: 0 };
  const put = (raw: unknown) => {
    // A stored entry is repaired where it can be (an unknown time zone), never dropped for it.
    const migrated = migrateEntry(raw, { repair: true });
    if (!migrated.ok) {
      logger.warn(`Journal entry skipped: ${migrated.problem}`);
      replayed.invalid += 1;
      return;
    }
    index.put(migrated.entry);
  };
  for (const { record } of scan.records) {
    replayed.records += record.op === 'pack' ? record.entries.length : 1;
    if (record.op !== 'pack') replayed.singles += 1;
    switch (record.op) {
      case 'put':
        put(record.entry);
        break;
      case 'pack':
        record.entries.forEach(put);
        break;
      case 'delete':
        index.delete(record.id);
        break;
      case 'restore':
        index.restore(record.id);
        break;
    }
  }
  return replayed;
}

export interface Damage {
  reason: RecoveryReason;
  /** Records that could not be recovered. */
  unreadable: number;
  detail: string;
}

/** What was lost from the live journal (a copy of the file keeps it), or null if nothing was. */
export function damageOf(scan: LogScan, replayed: Replayed): Damage | null {
  const damaged = scan.damaged + replayed.invalid;
  const truncated = scan.torn ? 1 : 0;
  if (damaged + truncated === 0) return null;
  return {
    reason: damaged > 0 ? 'damaged' : 'truncated',
    unreadable: damaged + truncated,
    detail: `torn last line: ${truncated}, damaged records: ${damaged}`,
  };
}
