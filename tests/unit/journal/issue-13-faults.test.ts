import { parse } from 'csv-parse/sync';
import MarkdownIt from 'markdown-it';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FileKeyProvider, RecordCodec } from '../../../electron/core/journal';
import { checkIn, makeProfile, note, removeProfiles, storedNote } from './helpers';

afterEach(() => {
  removeProfiles();
  vi.restoreAllMocks();
});

const EXPORT = { app: 'pust', type: 'journal-export', exportVersion: 1 } as const;

describe('fault 1: where the encryption choice is kept does not decide whether the journal opens', () => {
  it('a key-file journal whose state.json is lost opens with its key where a secret store is available', () => {
    const profile = makeProfile({ osAvailable: false });
    const first = profile.open();
    first.chooseEncryption({ choice: 'file-key' });
    const ids = ['mandag', 'tysdag', 'onsdag'].map((text) => first.add(note(text)).id);
    first.close();
    const before = readFileSync(profile.journalPath);

    // state.json damaged and moved aside: the choice is gone; this time the OS store is there.
    profile.store.data.clear();
    profile.osKeys.isAvailable = true;
    const journal = profile.open();
    expect(
      journal
        .list()
        .entries.map((entry) => entry.id)
        .sort(),
    ).toEqual([...ids].sort());
    expect(journal.status()).toMatchObject({
      encryption: 'file-key',
      unopenedRecords: 0,
      notices: [],
      problem: null,
    });
    expect(readFileSync(profile.journalPath)).toEqual(before);
    // It goes on writing with the key the person chose, and the choice is kept again.
    journal.add(note('torsdag'));
    journal.close();
    expect(profile.store.get('journal.encryptionChoice')).toBe('file-key');
    expect(profile.open().list().total).toBe(4);
  });

  it('records no key can open are kept in the file through every rewrite and counted', () => {
    const profile = makeProfile();
    const journal = profile.open();
    journal.add(note('min'));
    journal.close();
    const stranger = new RecordCodec(Buffer.alloc(32, 9));
    const foreign = stranger.encode({ op: 'put', entry: storedNote('fremmed') });
    writeFileSync(profile.journalPath, foreign + readFileSync(profile.journalPath, 'utf8'));

    const reopened = profile.open();
    expect(reopened.list().total).toBe(1);
    expect(reopened.status().unopenedRecords).toBe(1);
    expect(reopened.summary().unopenedRecords).toBe(1);
    const kept = reopened.add(note('ny'));
    reopened.delete({ id: kept.id });
    reopened.applyRetention({ months: 1 });
    reopened.close();
    // An open compacts away the deleted note; the stranger's record is still there, untouched.
    profile.open().close();
    expect(readFileSync(profile.journalPath, 'utf8').split('\n')).toContain(foreign.trim());
  });
});

describe('fault 4: CSV export is plain text with , ; and tab as separator', () => {
  const hostile = [
    'a;=1+1\t@SUM(1)',
    'se her;=HYPERLINK("https://example.com","klikk")',
    'hei;=1+1',
    'x;"=2+2"',
    'linje\n+3',
    'a,-4+1',
    '\t=5',
  ];

  it.each([',', ';', '\t'])('separator %j: no cell can start a formula', (delimiter) => {
    const journal = makeProfile().open();
    for (const text of hostile) journal.add(note(text, [text.slice(0, 20)]));
    journal.add({
      entry: {
        kind: 'tool-result',
        toolId: 'x;=cmd',
        answers: { q: 'svar;@SUM(1)' },
        summary: 's\t-1',
      },
    });
    const csv = journal.export({ format: 'csv' }).content;
    const rows = parse(csv, {
      bom: true,
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const cells = rows.flat();
    expect(cells.length).toBeGreaterThan(rows.length);
    // A spreadsheet trims spaces and quotes before deciding a cell is a formula.
    const live = cells.filter((cell) => /^[\s"]*[=+\-@]/.test(cell));
    expect(live).toEqual([]);
  });

  it('with , the cells hold the person’s text, each formula start marked as text', () => {
    const journal = makeProfile().open();
    journal.add(note('a;=1+1\t@SUM(1)'));
    const [, row] = parse(journal.export({ format: 'csv' }).content, { bom: true }) as string[][];
    expect(row).toContain("a;'=1+1\t'@SUM(1)");
  });
});

describe('fault 5: an import is bounded in depth, size and count before it is parsed', () => {
  it('refuses deeply nested brackets by the depth limit, without asking JSON.parse to build them', async () => {
    const journal = makeProfile().open();
    const nested = `${'['.repeat(2_500_000)}${']'.repeat(2_500_000)}`;
    const parseSpy = vi.spyOn(JSON, 'parse');
    const reply = await journal.importJson({ json: nested });
    expect(reply).toEqual({
      outcome: 'refused',
      problem: expect.objectContaining({ kind: 'too-deep', limit: 16 }),
    });
    expect(parseSpy.mock.calls.some(([text]) => text === nested)).toBe(false);
    expect(journal.list().total).toBe(0);
  });

  it('refuses too many entries and too many characters by their limits', async () => {
    const journal = makeProfile().open();
    const many = JSON.stringify({ ...EXPORT, entries: Array.from({ length: 50_001 }, () => 0) });
    expect(await journal.importJson({ json: many })).toMatchObject({
      outcome: 'refused',
      problem: { kind: 'too-many', limit: 50_000 },
    });
    const half = ' '.repeat(10_000_001);
    const part = (index: number) => ({ json: half, part: { importId: 'stor', index, count: 2 } });
    expect(await journal.importJson(part(0))).toEqual({ outcome: 'waiting', received: 1 });
    const last = await journal.importJson(part(1));
    expect(last).toMatchObject({ outcome: 'refused', problem: { kind: 'too-large' } });
  });
});

describe('fault 6: time zones are IANA zones Intl knows', () => {
  it('an import with an unknown zone is refused, naming the entry; nothing is added', async () => {
    const journal = makeProfile().open();
    const json = JSON.stringify({
      ...EXPORT,
      entries: [storedNote('jorda'), storedNote('mars', { timeZone: 'Mars/Olympus_Mons' })],
    });
    expect(await journal.importJson({ json })).toMatchObject({
      outcome: 'refused',
      problem: { kind: 'invalid-entry', entry: 2, detail: expect.stringMatching(/timeZone/) },
    });
    expect(journal.list().total).toBe(0);
  });

  it('an entry already saved with an unknown zone is kept, on the offset it was written at', () => {
    const profile = makeProfile();
    profile.open().close();
    const key = new FileKeyProvider(path.join(profile.folder, 'os-protected.key'));
    const codec = new RecordCodec(key.getOrCreateKey());
    writeFileSync(
      profile.journalPath,
      codec.encode({ op: 'put', entry: storedNote('mars', { timeZone: 'Mars/Olympus_Mons' }) }),
    );
    const journal = profile.open();
    expect(journal.get('mars')).toMatchObject({ text: 'Notat mars', timeZone: 'Etc/GMT-1' });
    expect(journal.status().notices).toEqual([]);
  });
});

describe('fault 10: tags are told apart by their case-folded text, not the search fold', () => {
  it('keeps møte, mote, ß, SS, aa and å; drops only a different case of the same tag', () => {
    const journal = makeProfile().open();
    const entry = journal.add(note('tagger', ['møte', 'mote', 'ß', 'SS', 'aa', 'å', 'Møte', 'ss']));
    expect(entry.tags).toEqual(['møte', 'mote', 'ß', 'SS', 'aa', 'å']);
  });
});

describe('fault 11: Markdown export shows the person’s text as text', () => {
  const markdown = new MarkdownIt({ html: true, linkify: true });
  const hostile = [
    '<script>alert(1)</script> <img src="https://evil.example/x.png">',
    '[klikk](javascript:alert(1)) og <javascript:alert(2)>',
    '![spor](https://evil.example/pixel.gif)',
    '## 2026-11-20 09:00 – Notat',
    'Overskrift\n===',
    'Under\n---',
    '<!-- skjult -->&lt;b&gt; *fet* `kode` | a | b |',
    '1. liste\n- punkt\n> sitat',
  ];

  it('no HTML, link, image or heading of the person’s comes alive, and every word is there', () => {
    const profile = makeProfile();
    const journal = profile.open();
    for (const text of hostile) journal.add(note(text, ['<b>tag</b>']));
    journal.add(
      checkIn(
        { energy: 3, mood: 3, stress: 3 },
        { doneToday: '# Falsk overskrift\n<iframe src="x">', note: '[lenke](https://x.example)' },
      ),
    );
    journal.add({
      entry: {
        kind: 'tool-result',
        toolId: '## verktøy',
        answers: { '# spørsmål': '<b>svar</b>' },
        summary: '![bilde](https://evil.example/a.png)',
      },
    });
    const html = markdown.render(journal.export({ format: 'md' }).content);
    expect(html).not.toMatch(/<(script|img|iframe|b|blockquote|table|code|em|strong|hr)\b/);
    expect(html).not.toContain('<!--');
    // A viewer may still turn a bare https address into a link, as in any text; nothing else.
    expect(html).not.toMatch(/href="(?!https:)/);
    // Pust's own lists only: the scales and the tool's answers, and tomorrow's three.
    expect(html.match(/<ul>/g)).toHaveLength(2);
    expect(html.match(/<ol>/g)).toHaveLength(1);
    // Pust's own headings only: the title, one per entry, and its section headings.
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(hostile.length + 2);
    expect(html.match(/<h3>/g)).toHaveLength(5); // done today, tomorrow, note; summary, answers
    const text = html
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>');
    for (const words of ['alert(1)', 'javascript:alert(1)', 'Falsk overskrift', '*fet*']) {
      expect(text).toContain(words);
    }
    expect(statSync(profile.journalPath).size).toBeGreaterThan(0);
  });
});
