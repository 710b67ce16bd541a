import { appendFileSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL_SCHEMA_VERSION } from '../../../electron/contract/journal';
import {
  FileKeyProvider,
  MIGRATION_STEPS,
  RecordCodec,
  csvField,
  migrateEntry,
} from '../../../electron/core/journal';
import { checkIn, makeProfile, note, removeProfiles } from './helpers';

afterEach(removeProfiles);

const v1CheckIn = {
  schemaVersion: 1,
  id: 'v1-check-in',
  kind: 'check-in',
  createdAt: '2025-03-03T17:00:00.000+01:00',
  editedAt: '2025-03-03T17:00:00.000+01:00',
  timeZone: 'Europe/Oslo',
  tags: ' ledelse, , Fokus;team ',
  energy: 3,
  mood: 4,
  stress: 2,
  doneToday: 'Planla uka',
  tomorrow: 'Ringe Ola\n\n  Sende rapport \r\nLese avtale\nFjerde ting',
  note: '',
};

describe('schema migrations', () => {
  it('has a step for every version before the latest', () => {
    for (let version = 1; version < JOURNAL_SCHEMA_VERSION; version += 1) {
      expect(MIGRATION_STEPS[version]).toBeTypeOf('function');
    }
  });

  it('v1 → v2 turns the tag string and tomorrow’s lines into lists (at most three)', () => {
    const result = migrateEntry(v1CheckIn);
    expect(result).toEqual({
      ok: true,
      entry: expect.objectContaining({
        schemaVersion: 2,
        tags: ['ledelse', 'Fokus', 'team'],
        tomorrowTopThree: ['Ringe Ola', 'Sende rapport', 'Lese avtale'],
      }),
    });
    expect(result.ok && 'tomorrow' in result.entry).toBe(false);
    expect(migrateEntry({ ...v1CheckIn, schemaVersion: 3 })).toMatchObject({ ok: false });
    expect(migrateEntry({ ...v1CheckIn, schemaVersion: undefined })).toMatchObject({ ok: false });
  });

  it('a v1 record in the log is read as v2 and written back as v2 on compaction', () => {
    const profile = makeProfile();
    profile.open().close();
    const codec = new RecordCodec(
      new FileKeyProvider(path.join(profile.folder, 'os-protected.key')).getOrCreateKey(),
    );
    appendFileSync(profile.journalPath, codec.encode({ op: 'put', entry: v1CheckIn }));
    appendFileSync(
      profile.journalPath,
      codec.encode({
        op: 'put',
        entry: {
          schemaVersion: 1,
          id: 'n1',
          kind: 'note',
          createdAt: v1CheckIn.createdAt,
          editedAt: v1CheckIn.createdAt,
          timeZone: 'Europe/Oslo',
          tags: 'a',
          text: 'gammelt notat',
        },
      }),
    );
    const journal = profile.open();
    expect(journal.status().notices).toEqual([]);
    expect(journal.get('v1-check-in')).toMatchObject({
      schemaVersion: 2,
      tomorrowTopThree: ['Ringe Ola', 'Sende rapport', 'Lese avtale'],
    });
    expect(journal.get('n1')).toMatchObject({ schemaVersion: 2, tags: ['a'] });
    expect(journal.search({ query: 'ringe ola' }).total).toBe(1);
    journal.delete({ id: 'n1' });
    journal.close();
    profile.open().close(); // compacts: the deleted entry goes, the v1 entry is rewritten as v2
    const lines = readFileSync(profile.journalPath, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    const decoded = codec.decode(lines[0]!);
    expect(decoded).toMatchObject({
      ok: true,
      record: { op: 'pack', entries: [{ id: 'v1-check-in', schemaVersion: 2 }] },
    });
  });
});

describe('export and import', () => {
  it('JSON export imports into a fresh profile, and importing again adds no duplicates', async () => {
    const source = makeProfile();
    const journal = source.open();
    const entries = [
      journal.add(
        checkIn(
          { energy: 2, mood: 3, stress: 4 },
          { doneToday: 'Søknad, "viktig"', note: 'linje 1\nlinje 2' },
        ),
      ),
      journal.add(note('Tanker om fjernledelse', ['leder'])),
      journal.add({
        entry: {
          kind: 'tool-result',
          toolId: 'self-care-check',
          answers: { sleep: 3, social: 'lite' },
          summary: 'Mer søvn',
        },
      }),
    ];
    const exported = journal.export({ format: 'json' });
    expect(exported).toMatchObject({ format: 'json', count: 3, mimeType: 'application/json' });
    expect(exported.fileName).toBe('pust-dagbok-2026-11-26.json');

    const target = makeProfile();
    const fresh = target.open();
    fresh.add(note('allerede her'));
    expect(await fresh.importJson({ json: exported.content })).toEqual({
      outcome: 'imported',
      added: 3,
      alreadyPresent: 0,
    });
    expect(await fresh.importJson({ json: exported.content })).toEqual({
      outcome: 'imported',
      added: 0,
      alreadyPresent: 3,
    });
    fresh.close();
    const reopened = target.open();
    expect(reopened.list().total).toBe(4);
    for (const entry of entries) expect(reopened.get(entry.id)).toEqual(entry);
    expect(reopened.search({ query: 'fjernledelse' }).total).toBe(1);
  });

  it('rejects files that are not a valid Pust export and changes nothing', async () => {
    const profile = makeProfile();
    const journal = profile.open();
    const valid = JSON.parse(journal.export({ format: 'json' }).content) as Record<string, unknown>;
    const bad: Array<[string, { kind: string; entry?: number }]> = [
      ['not json', { kind: 'not-json' }],
      [JSON.stringify({ entries: [] }), { kind: 'not-export' }],
      [JSON.stringify({ ...valid, exportVersion: 99 }), { kind: 'unknown-version' }],
      [
        JSON.stringify({ ...valid, entries: [{ kind: 'note', text: 'x', schemaVersion: 2 }] }),
        { kind: 'invalid-entry', entry: 1 },
      ],
      [
        JSON.stringify({
          ...valid,
          entries: [
            { ...v1CheckIn, id: 'ok' },
            { ...v1CheckIn, id: 'bad', energy: 9 },
          ],
        }),
        { kind: 'invalid-entry', entry: 2 },
      ],
    ];
    for (const [json, problem] of bad) {
      expect(await journal.importJson({ json })).toMatchObject({ outcome: 'refused', problem });
    }
    expect(journal.list().total).toBe(0);
  });

  it('imports an export written by an older format, migrating it', async () => {
    const journal = makeProfile().open();
    const json = JSON.stringify({
      app: 'pust',
      type: 'journal-export',
      exportVersion: 1,
      entries: [v1CheckIn],
    });
    expect(await journal.importJson({ json })).toEqual({
      outcome: 'imported',
      added: 1,
      alreadyPresent: 0,
    });
    expect(journal.get('v1-check-in')).toMatchObject({ tags: ['ledelse', 'Fokus', 'team'] });
  });

  it('CSV quotes every text, doubles quotes and defuses formulas', () => {
    expect(csvField('enkel')).toBe('"enkel"');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('sa "hei"')).toBe('"sa ""hei"""');
    expect(csvField('to\nlinjer')).toBe('"to\nlinjer"');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(3)).toBe('3');
    const journal = makeProfile().open();
    journal.add(
      checkIn(
        { energy: 2, mood: 3, stress: 4 },
        { doneToday: 'Søknad, "viktig"', note: 'linje 1\nlinje 2' },
      ),
    );
    const csv = journal.export({ format: 'csv' }).content;
    expect(csv.startsWith('\uFEFFid,kind,createdAt,')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows).toHaveLength(3); // header, one row, final empty
    expect(rows[1]).toContain(
      ',2,3,4,"Søknad, ""viktig""","Møte med leder | Budsjett","linje 1\nlinje 2",',
    );
  });

  it('Markdown and range: only the chosen days, readable as a diary', () => {
    const profile = makeProfile({ at: '2026-11-20T16:00:00Z' });
    const journal = profile.open();
    journal.add(note('utenfor perioden'));
    profile.clock.jump('2026-11-25T16:00:00Z');
    journal.add(
      checkIn({ energy: 4, mood: 5, stress: 1 }, { doneToday: 'Ferdig med planen', note: '' }),
    );
    const md = journal.export({ format: 'md', range: { from: '2026-11-24', to: '2026-11-26' } });
    expect(md.count).toBe(1);
    expect(md.content).toContain('## 2026-11-25 17:00 – Dagsavslutning');
    expect(md.content).toContain('- Energi: 4/5');
    expect(md.content).toContain('1. Møte med leder');
    expect(md.content).toContain('Ferdig med planen');
    expect(md.content).not.toContain('utenfor perioden');
  });
});
