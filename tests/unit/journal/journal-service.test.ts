import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { PustError } from '../../../electron/contract/errors';
import { checkIn, makeProfile, note, removeProfiles } from './helpers';

afterEach(removeProfiles);

describe('JournalService: writing and reading back', () => {
  it('keeps an entry with id, zone-aware times, tags and the latest schema version across a reopen', () => {
    const profile = makeProfile();
    const journal = profile.open();
    const saved = journal.add(
      note('Første dag med Pust', ['  hjemmekontor ', 'Hjemmekontor', 'fokus']),
    );
    expect(saved.createdAt).toBe('2026-11-26T16:30:00.000+01:00');
    expect(saved.editedAt).toBe(saved.createdAt);
    expect(saved.timeZone).toBe('Europe/Oslo');
    expect(saved.tags).toEqual(['hjemmekontor', 'fokus']);
    expect(saved.schemaVersion).toBe(2);
    journal.close();

    const reopened = profile.open();
    expect(reopened.list().entries).toEqual([saved]);
    expect(reopened.status().notices).toEqual([]);
  });

  it('refuses invalid entries with invalid-payload and saves nothing', () => {
    const journal = makeProfile().open();
    const bad = [
      {
        entry: {
          kind: 'check-in',
          energy: 6,
          mood: 3,
          stress: 3,
          doneToday: '',
          tomorrowTopThree: [],
          note: '',
        },
      },
      {
        entry: {
          ...checkIn({ energy: 3, mood: 3, stress: 3 }).entry,
          tomorrowTopThree: ['a', 'b', 'c', 'd'],
        },
      },
      { entry: { kind: 'note', text: '   ' } },
      { entry: { kind: 'diary', text: 'x' } },
    ];
    for (const input of bad) {
      expect(() => journal.add(input as never)).toThrow(
        expect.objectContaining({ code: 'invalid-payload' }),
      );
    }
    expect(journal.list().total).toBe(0);
  });

  it('edits content and editedAt but keeps id, kind and creation time', () => {
    const profile = makeProfile();
    const journal = profile.open();
    const first = journal.add(checkIn({ energy: 2, mood: 2, stress: 4 }));
    profile.clock.runFor(90 * 60_000);
    const edited = journal.edit({ id: first.id, ...checkIn({ energy: 3, mood: 4, stress: 2 }) });
    expect(edited).toMatchObject({ id: first.id, createdAt: first.createdAt, energy: 3 });
    expect(edited.editedAt).toBe('2026-11-26T18:00:00.000+01:00');
    expect(() => journal.edit({ id: first.id, ...note('nå et notat') })).toThrow(
      expect.objectContaining({ code: 'invalid-payload' }),
    );
    expect(() => journal.edit({ id: 'nope', ...note('x') })).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
    journal.close();
    expect(profile.open().list().entries).toEqual([edited]);
  });

  it('deletes with undo in the session; after a reopen the deletion is final and the text is gone', () => {
    const profile = makeProfile();
    const journal = profile.open();
    const keep = journal.add(note('beholdes'));
    const gone = journal.add(note('slettes'));
    journal.delete({ id: gone.id });
    expect(journal.list().entries.map((e) => e.id)).toEqual([keep.id]);
    expect(journal.search({ query: 'slettes' }).total).toBe(0);
    expect(journal.undoDelete({ id: gone.id })).toEqual(gone);
    expect(journal.search({ query: 'slettes' }).entries).toEqual([gone]);
    journal.delete({ id: gone.id });
    journal.close();

    const reopened = profile.open();
    expect(reopened.list().entries.map((e) => e.id)).toEqual([keep.id]);
    expect(() => reopened.undoDelete({ id: gone.id })).toThrow(PustError);
    // The reopen compacted the log: one line for the one entry left, nothing of the deleted one.
    expect(readFileSync(profile.journalPath, 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('lists newest first with filters by kind, tag and day range, and pages', () => {
    const profile = makeProfile({ at: '2026-11-02T08:00:00Z' });
    const journal = profile.open();
    const ids: string[] = [];
    for (let day = 0; day < 10; day += 1) {
      const kind =
        day % 2 === 0
          ? note(`dag ${day}`, day % 4 === 0 ? ['Lederrolle'] : [])
          : checkIn({ energy: 3, mood: 3, stress: 3 });
      ids.push(journal.add(kind).id);
      profile.clock.runFor(24 * 60 * 60_000);
    }
    const all = journal.list({ limit: 3, offset: 2 });
    expect(all.total).toBe(10);
    expect(all.entries.map((e) => e.id)).toEqual([ids[7], ids[6], ids[5]]);
    expect(journal.list({ kind: 'check-in' }).total).toBe(5);
    expect(journal.list({ tag: 'lederrolle' }).entries.map((e) => e.id)).toEqual([
      ids[8],
      ids[4],
      ids[0],
    ]);
    const range = journal.list({ range: { from: '2026-11-04', to: '2026-11-06' } });
    expect(range.entries.map((e) => e.id)).toEqual([ids[4], ids[3], ids[2]]);
  });
});

describe('JournalService: search', () => {
  it('finds words regardless of case, diacritics and how æ, ø, å are typed', () => {
    const journal = makeProfile().open();
    const berries = journal.add(note('Plukket BLÅBÆR i skogen etter jobb'));
    const tough = journal.add(
      checkIn({ energy: 2, mood: 2, stress: 5 }, { doneToday: 'Tøff dag på kafé', note: '' }),
    );
    const nynorsk = journal.add(note('Eg kjende meg roleg etter lunsjpausen', ['Sjølvleiing']));
    const ids = (query: string) => journal.search({ query }).entries.map((e) => e.id);
    expect(ids('blåbær')).toEqual([berries.id]);
    expect(ids('blabaer')).toEqual([berries.id]);
    expect(ids('blaabær skogen')).toEqual([berries.id]);
    expect(ids('toff kafe')).toEqual([tough.id]);
    expect(ids('TØFF')).toEqual([tough.id]);
    expect(ids('sjolvleiing')).toEqual([nynorsk.id]);
    expect(ids('roleg lunsj')).toEqual([nynorsk.id]);
    expect(ids('roleg blåbær')).toEqual([]);
    expect(journal.search({ query: 'dag', kind: 'note' }).total).toBe(0);
  });

  it('keeps the index current after edit and delete', () => {
    const journal = makeProfile().open();
    const entry = journal.add(note('gammel tekst'));
    journal.edit({ id: entry.id, ...note('ny formulering') });
    expect(journal.search({ query: 'gammel' }).total).toBe(0);
    expect(journal.search({ query: 'formulering' }).total).toBe(1);
    journal.delete({ id: entry.id });
    expect(journal.search({ query: 'formulering' }).total).toBe(0);
  });
});

describe('JournalService: retention, delete-all and trends', () => {
  it('deletes entries older than N months and removes them from the file', () => {
    const profile = makeProfile({ at: '2026-01-10T09:00:00Z' });
    const journal = profile.open();
    const old = journal.add(note('gammelt notat om januar'));
    profile.clock.jump('2026-06-01T09:00:00Z');
    const recent = journal.add(note('nyere notat'));
    profile.clock.jump('2026-11-26T09:00:00Z');
    expect(journal.applyRetention({ months: null })).toEqual({ deleted: 0 });
    expect(journal.applyRetention({ months: 6 })).toEqual({ deleted: 1 });
    expect(journal.list().entries).toEqual([recent]);
    journal.close();
    const reopened = profile.open();
    expect(reopened.list().entries.map((e) => e.id)).toEqual([recent.id]);
    expect(() => reopened.get(old.id)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('cuts at the start of the day N months back, so the count shown before asking is what goes', () => {
    const profile = makeProfile({ at: '2026-05-25T21:30:00Z' }); // 23:30 in Oslo, 25 May
    const journal = profile.open();
    const lastDayGone = journal.add(note('seint 25. mai'));
    profile.clock.jump('2026-05-25T22:10:00Z'); // 00:10 in Oslo, 26 May
    const firstDayKept = journal.add(note('like over midnatt 26. mai'));
    profile.clock.jump('2026-11-26T09:00:00Z');
    // What the renderer asks before it confirms: entries up to the day before 26 May.
    const shown = journal.list({ range: { to: '2026-05-25' } }).total;
    expect(journal.applyRetention({ months: 6 })).toEqual({ deleted: shown });
    expect(shown).toBe(1);
    expect(journal.list().entries.map((e) => e.id)).toEqual([firstDayKept.id]);
    expect(() => journal.get(lastDayGone.id)).toThrow(
      expect.objectContaining({ code: 'not-found' }),
    );
  });

  it('names what delete-all deletes, then deletes it', () => {
    const profile = makeProfile();
    const journal = profile.open();
    journal.add(note('a'));
    journal.add(checkIn({ energy: 1, mood: 1, stress: 1 }));
    expect(journal.summary()).toMatchObject({
      total: 2,
      byKind: { 'check-in': 1, 'tool-result': 0, note: 1 },
      recoveryCopies: [],
    });
    expect(() => journal.deleteAll({ confirm: false } as never)).toThrow(
      expect.objectContaining({ code: 'invalid-payload' }),
    );
    expect(journal.deleteAll({ confirm: true })).toEqual({
      deletedEntries: 2,
      deletedRecoveryCopies: [],
    });
    expect(journal.list().total).toBe(0);
    journal.close();
    expect(profile.open().list().total).toBe(0);
  });

  it('averages energy, mood and stress per ISO week of the local day', () => {
    const profile = makeProfile({ at: '2026-11-22T22:30:00Z' }); // Sunday 23:30 in Oslo: week 47
    const journal = profile.open();
    journal.add(checkIn({ energy: 2, mood: 3, stress: 5 }));
    profile.clock.jump('2026-11-23T16:00:00Z'); // Monday: week 48
    journal.add(checkIn({ energy: 4, mood: 4, stress: 2 }));
    profile.clock.jump('2026-11-26T16:00:00Z');
    journal.add(checkIn({ energy: 3, mood: 5, stress: 3 }));
    journal.add(note('notater teller ikke'));
    expect(journal.trends()).toEqual([
      { week: '2026-W47', weekStart: '2026-11-16', checkIns: 1, energy: 2, mood: 3, stress: 5 },
      {
        week: '2026-W48',
        weekStart: '2026-11-23',
        checkIns: 2,
        energy: 3.5,
        mood: 4.5,
        stress: 2.5,
      },
    ]);
    expect(journal.trends({ range: { from: '2026-11-23' } })).toHaveLength(1);
  });
});
