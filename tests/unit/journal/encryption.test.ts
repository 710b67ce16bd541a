import { readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileKeyProvider, JournalService } from '../../../electron/core/journal';
import { checkIn, makeProfile, note, removeProfiles } from './helpers';

afterEach(removeProfiles);

const secrets = {
  note: 'Jeg gruer meg til medarbeidersamtalen med Kari',
  done: 'Leverte budsjettforslaget',
  tomorrow: 'Ringe fastlegen',
  tag: 'hemmeligstikkord',
};

function containsAnyClearText(file: Buffer): string[] {
  const text = file.toString('utf8');
  const latin1 = file.toString('latin1');
  return Object.values(secrets).filter(
    (secret) =>
      text.includes(secret) ||
      latin1.includes(secret) ||
      text.includes(Buffer.from(secret).toString('base64').slice(0, 12)),
  );
}

describe('encryption at rest', () => {
  it('the journal file contains none of an entry’s text in clear, even after edits and deletes', () => {
    const profile = makeProfile();
    const journal = profile.open();
    expect(journal.status().encryption).toBe('os-key');
    const a = journal.add(note(secrets.note, [secrets.tag]));
    const b = journal.add({
      entry: {
        ...checkIn({ energy: 2, mood: 2, stress: 4 }).entry,
        doneToday: secrets.done,
        tomorrowTopThree: [secrets.tomorrow],
      },
    });
    journal.edit({ id: a.id, ...note(`${secrets.note} (endret)`, [secrets.tag]) });
    journal.delete({ id: b.id });
    const file = readFileSync(profile.journalPath);
    expect(file.length).toBeGreaterThan(0);
    expect(containsAnyClearText(file)).toEqual([]);
    expect(file.toString('utf8')).not.toMatch(/"kind"|"text"|"note"/);
    journal.close();
    // …and the same key reads it all back.
    expect(profile.open().list().entries[0]).toMatchObject({ text: `${secrets.note} (endret)` });
  });

  it('a fresh key file is readable by its owner only (0600) and never replaced', () => {
    const profile = makeProfile();
    const keys = new FileKeyProvider(path.join(profile.folder, 'k', 'journal.key'));
    const key = keys.getOrCreateKey();
    expect(key).toHaveLength(32);
    expect(statSync(keys.path).mode & 0o777).toBe(0o600);
    expect(new FileKeyProvider(keys.path).getOrCreateKey()).toEqual(key);
    writeFileSync(keys.path, 'garbage');
    expect(() => keys.getOrCreateKey()).toThrow(
      expect.objectContaining({ code: 'storage-failed' }),
    );
    expect(readFileSync(keys.path, 'utf8')).toBe('garbage');
  });

  it('without an OS secret store nothing is chosen silently: the person decides', () => {
    const profile = makeProfile({ osAvailable: false });
    const journal = profile.open();
    expect(journal.status()).toMatchObject({
      encryption: 'needs-decision',
      osSecretStoreAvailable: false,
    });
    expect(() => journal.add(note('x'))).toThrow(
      expect.objectContaining({ code: 'encryption-choice-needed' }),
    );
    // Reading needs no decision: there is simply nothing to read yet.
    expect(journal.list().total).toBe(0);

    expect(journal.chooseEncryption({ choice: 'file-key' }).encryption).toBe('file-key');
    expect(statSync(profile.fileKeys.path).mode & 0o777).toBe(0o600);
    journal.add(note(secrets.note));
    expect(containsAnyClearText(readFileSync(profile.journalPath))).toEqual([]);
    journal.close();

    // The choice is remembered (Settings shows it) and the journal opens without asking again.
    const reopened = profile.open();
    expect(reopened.status().encryption).toBe('file-key');
    expect(reopened.list().total).toBe(1);
  });

  it('choosing no encryption is honoured and can later be changed to a key file', () => {
    const profile = makeProfile({ osAvailable: false });
    const journal = profile.open();
    journal.chooseEncryption({ choice: 'none' });
    journal.add(note(secrets.note));
    expect(readFileSync(profile.journalPath, 'utf8')).toContain(secrets.note);

    journal.chooseEncryption({ choice: 'file-key' });
    expect(containsAnyClearText(readFileSync(profile.journalPath))).toEqual([]);
    journal.close();
    expect(profile.open().list().entries[0]).toMatchObject({ text: secrets.note });
  });

  it('with the OS store available the choice is not offered', () => {
    const journal = makeProfile().open();
    expect(() => journal.chooseEncryption({ choice: 'none' })).toThrow(
      expect.objectContaining({ code: 'invalid-payload' }),
    );
  });

  it('a host that passes a key file as its "OS" provider (the web preview) is shown as file-key', () => {
    const profile = makeProfile();
    const journal = JournalService.open({
      folder: profile.folder,
      osKeys: profile.fileKeys,
      fileKeys: profile.fileKeys,
      store: profile.store,
      clock: profile.clock,
      logger: profile.logger,
    });
    expect(journal.status()).toMatchObject({
      encryption: 'file-key',
      osSecretStoreAvailable: true,
    });
    journal.add(note(secrets.note));
    expect(containsAnyClearText(readFileSync(profile.journalPath))).toEqual([]);
  });
});
