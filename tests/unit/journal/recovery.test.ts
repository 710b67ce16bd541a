import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PACK_SIZE } from '../../../electron/core/journal/journal-service';
import { makeProfile, note, removeProfiles, type Profile } from './helpers';

afterEach(removeProfiles);

function journalWithTen(): { profile: Profile; ids: string[]; bytes: Buffer } {
  const profile = makeProfile();
  const journal = profile.open();
  const ids = Array.from({ length: 10 }, (_, n) => journal.add(note(`Notat nummer ${n}`)).id);
  journal.close();
  return { profile, ids, bytes: readFileSync(profile.journalPath) };
}

function lineStarts(bytes: Buffer): number[] {
  const starts = [0];
  bytes.forEach((byte, index) => {
    if (byte === 0x0a && index + 1 < bytes.length) starts.push(index + 1);
  });
  return starts;
}

describe('recovery from a damaged journal', () => {
  it('truncated tail: keeps every whole record, copies the file aside and says so', () => {
    const { profile, ids, bytes } = journalWithTen();
    const cut = bytes.subarray(0, bytes.length - 20);
    writeFileSync(profile.journalPath, cut);

    const journal = profile.open();
    expect(
      journal
        .list({ limit: 500 })
        .entries.map((e) => e.id)
        .sort(),
    ).toEqual(ids.slice(0, 9).sort());
    const [notice] = journal.status().notices;
    expect(notice).toMatchObject({
      kind: 'recovered',
      reason: 'truncated',
      recoveredEntries: 9,
      unreadableRecords: 1,
    });
    expect(path.dirname(notice!.copyPath)).toBe(profile.folder);
    expect(readFileSync(notice!.copyPath)).toEqual(cut);
    expect(profile.logger.lines.some((line) => line.includes(notice!.copyPath))).toBe(true);

    // The live file is clean again: a new save lands on its own line and everything reopens.
    const next = journal.add(note('etter gjenoppretting'));
    journal.close();
    const reopened = profile.open();
    expect(reopened.list({ limit: 500 }).total).toBe(10);
    expect(reopened.get(next.id).kind).toBe('note');
    expect(reopened.status().notices).toHaveLength(1); // kept until the person dismisses it
    reopened.dismissNotice(notice!.id);
    expect(reopened.status().notices).toEqual([]);
  });

  it('bytes flipped in the middle: only the damaged record is lost, the rest are recovered', () => {
    const { profile, ids, bytes } = journalWithTen();
    const starts = lineStarts(bytes);
    const damaged = Buffer.from(bytes);
    const target = starts[4]! + 40; // inside the fifth record's ciphertext
    damaged[target] = damaged[target]! ^ 0x01;
    damaged[target + 1] = damaged[target + 1]! ^ 0x20;
    writeFileSync(profile.journalPath, damaged);

    const journal = profile.open();
    const kept = journal.list({ limit: 500 }).entries.map((e) => e.id);
    expect(kept.sort()).toEqual(ids.filter((_, n) => n !== 4).sort());
    const [notice] = journal.status().notices;
    expect(notice).toMatchObject({ reason: 'damaged', recoveredEntries: 9, unreadableRecords: 1 });
    expect(readFileSync(notice!.copyPath)).toEqual(damaged);
  });

  it('a flipped newline splits a record; both halves are reported, nothing else is lost', () => {
    const { profile, ids, bytes } = journalWithTen();
    const starts = lineStarts(bytes);
    const damaged = Buffer.from(bytes);
    damaged[starts[7]! - 1] = 0x41; // records 7 and 8 run together
    writeFileSync(profile.journalPath, damaged);
    const journal = profile.open();
    expect(journal.list().total).toBe(8);
    expect(journal.status().notices[0]).toMatchObject({ reason: 'damaged', recoveredEntries: 8 });
    expect(
      ids.filter((id) => journal.list({ limit: 500 }).entries.some((e) => e.id === id)),
    ).toHaveLength(8);
  });

  it('wrong key: nothing can be read, every record is kept in the file, and they open again once the key is back', () => {
    const { profile, ids, bytes } = journalWithTen();
    const keyPath = path.join(profile.folder, 'os-protected.key');
    const rightKey = readFileSync(keyPath);
    writeFileSync(keyPath, `pust-journal-key-v1\n${Buffer.alloc(32, 7).toString('base64')}\n`);

    const journal = profile.open();
    expect(journal.list().total).toBe(0);
    expect(journal.status()).toMatchObject({ unopenedRecords: 10, notices: [], problem: null });
    // A new entry is written under the key at hand; the ten sealed lines stay byte for byte.
    const next = journal.add(note('ny start'));
    expect(journal.list().total).toBe(1);
    journal.close();
    expect(readFileSync(profile.journalPath).subarray(0, bytes.length)).toEqual(bytes);

    writeFileSync(path.join(profile.folder, 'journal.key'), rightKey);
    const withBoth = profile.open();
    expect(withBoth.status().unopenedRecords).toBe(0);
    expect(
      withBoth
        .list({ limit: 500 })
        .entries.map((entry) => entry.id)
        .sort(),
    ).toEqual([...ids, next.id].sort());
  });

  it('two damages on two opens give two copies, each with its own timestamped name', () => {
    const { profile, bytes } = journalWithTen();
    writeFileSync(profile.journalPath, bytes.subarray(0, bytes.length - 5));
    const first = profile.open(); // recovers 9 and packs them into one line
    first.add(note('en til'));
    first.close();
    const after = readFileSync(profile.journalPath);
    writeFileSync(profile.journalPath, after.subarray(0, after.length - 5));
    const journal = profile.open();
    const copies = journal.summary().recoveryCopies;
    expect(copies).toHaveLength(2);
    expect(new Set(copies).size).toBe(2);
    for (const copy of copies) {
      expect(path.basename(copy)).toMatch(/^journal\.damaged-2026-11-26T15-30-00Z(-2)?\.log$/);
    }
    expect(journal.status().notices).toHaveLength(2);
    expect(journal.list().total).toBe(9);
  });

  it('a damaged pack line loses only its own entries (PACK_SIZE), the other packs are kept', async () => {
    const profile = makeProfile();
    const journal = profile.open();
    const source = makeProfile().open();
    const ids = Array.from({ length: PACK_SIZE + 8 }, (_, n) => source.add(note(`pakke ${n}`)).id);
    await journal.importJson({ json: source.export({ format: 'json' }).content }); // two packs
    journal.close();
    const bytes = readFileSync(profile.journalPath);
    const starts = lineStarts(bytes);
    expect(starts).toHaveLength(2);
    const damaged = Buffer.from(bytes);
    damaged[starts[1]! + 60] = damaged[starts[1]! + 60]! ^ 0x04;
    writeFileSync(profile.journalPath, damaged);
    const reopened = profile.open();
    expect(reopened.list().total).toBe(PACK_SIZE);
    expect(reopened.status().notices[0]).toMatchObject({ reason: 'damaged', unreadableRecords: 1 });
    expect(
      ids.filter((id) =>
        reopened.search({ query: 'pakke', limit: 500 }).entries.some((e) => e.id === id),
      ),
    ).toHaveLength(PACK_SIZE);
  });

  it('an unreadable file (a folder in its place) is moved aside, not deleted', () => {
    const profile = makeProfile();
    profile.open().close();
    rmSync(profile.journalPath);
    mkdirSync(profile.journalPath);
    writeFileSync(path.join(profile.journalPath, 'inside.txt'), 'keep me');
    const journal = profile.open();
    const [notice] = journal.status().notices;
    expect(notice).toMatchObject({ reason: 'unreadable' });
    expect(readFileSync(path.join(notice!.copyPath, 'inside.txt'), 'utf8')).toBe('keep me');
    expect(statSync(profile.journalPath).isFile()).toBe(true);
    journal.add(note('ok'));
    expect(journal.list().total).toBe(1);
  });

  it('delete-all can also remove recovery copies when the person asks for it', () => {
    const { profile, bytes } = journalWithTen();
    writeFileSync(profile.journalPath, bytes.subarray(0, bytes.length - 3));
    const journal = profile.open();
    const [copy] = journal.summary().recoveryCopies;
    expect(existsSync(copy!)).toBe(true);
    expect(journal.deleteAll({ confirm: true, includeRecoveryCopies: true })).toEqual({
      deletedEntries: 9,
      deletedRecoveryCopies: [copy],
    });
    expect(existsSync(copy!)).toBe(false);
    expect(journal.status().notices).toEqual([]);
    expect(
      readdirSync(profile.folder).filter((name) => name.startsWith('journal.damaged')),
    ).toEqual([]);
  });
});
