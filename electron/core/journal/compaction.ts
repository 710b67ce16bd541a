import type { JournalEntry } from '../../contract/journal';
import type { RecordCodec } from './codec';
import type { WritingForm } from './keyring';
import type { AppendLog } from './log-file';

/**
 * Entries per pack line. Larger packs open faster; smaller ones lose less to one flipped byte (a
 * damaged pack loses its entries from the live journal; they stay in the set-aside copy).
 */
export const PACK_SIZE = 32;
/** Single-entry lines tolerated before an open packs the file. */
export const PACK_AFTER = 500;

/** Entries as pack lines: one IV, tag and decryption per PACK_SIZE entries makes opening fast. */
export function packLines(codec: RecordCodec, entries: Iterable<JournalEntry>): string {
  const all = [...entries];
  const lines: string[] = [];
  for (let start = 0; start < all.length; start += PACK_SIZE) {
    lines.push(codec.encode({ op: 'pack', entries: all.slice(start, start + PACK_SIZE) }));
  }
  return lines.join('');
}

/**
 * Rewrites the log atomically with exactly the live entries, in the writing form. Lines no key
 * Pust holds can open go first, byte for byte: a compaction never drops what it cannot read.
 */
export function compact(
  log: AppendLog,
  codec: RecordCodec,
  entries: Iterable<JournalEntry>,
  unopened: readonly string[],
): void {
  log.rewrite(unopened.map((line) => `${line}\n`).join('') + packLines(codec, entries));
}

/**
 * Whether an open should compact. Deleted entries and superseded versions are garbage once a
 * session has closed, and compacting removes deleted text from the file; records in another form
 * than the writing one are re-sealed; many single-entry lines are packed so the next open decrypts
 * a few hundred lines instead of thousands.
 */
export function openNeedsCompaction(facts: {
  forms: Iterable<WritingForm>;
  writing: WritingForm;
  trash: number;
  records: number;
  live: number;
  singles: number;
}): boolean {
  const reSeal = [...facts.forms].some((form) => form !== facts.writing);
  const garbage = facts.records - facts.live;
  return (
    reSeal || facts.trash > 0 || garbage > Math.max(200, facts.live) || facts.singles > PACK_AFTER
  );
}
