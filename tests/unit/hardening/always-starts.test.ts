import { mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { JournalStatus, SettingsView, TeamMember } from '../../../electron/contract';
import type { SecretKeyProvider } from '../../../electron/core/journal';
import { electronMock } from '../main/electron-mock';
import { startCore, tempDir } from '../../support/core-harness';
import { ok } from '../../support/result';

vi.mock('electron', () => electronMock);
const { SafeStorageKeys } = await import('../../../electron/main/os-keys');

/** Issue 13, faults 2, 8 and 9: Pust always starts, and a reset file is never silent. */

/** A real core over `dir`, with the host's OS key store given. */
function coreWith(dir: string, osKeys: SecretKeyProvider) {
  return startCore(dir, { now: '2026-11-26T10:00:00+01:00', osKeys, runtime: 'electron' }).core;
}

const note = (text: string) => ({ entry: { kind: 'note', text, tags: [] } });

describe('fault 2: a journal that cannot be opened never stops Pust starting', () => {
  it('a damaged key file: the journal is read-only and says which file and why; the rest works', async () => {
    const dir = tempDir('pust-start-');
    const first = startCore(dir);
    ok(await first.core.dispatch('journal.add', note('før skaden')));
    first.core.dispose();
    writeFileSync(join(dir, 'journal', 'os-store.key'), 'pust-journal-key-v1\nkort\n');

    const { core } = startCore(dir);
    const status = ok(await core.dispatch('journal.status', undefined)) as JournalStatus;
    expect(status).toMatchObject({
      unopenedRecords: 1,
      keyProblems: [{ key: 'os', reason: 'damaged', path: join(dir, 'journal', 'os-store.key') }],
      problem: { state: 'read-only', reason: 'key-unusable' },
    });
    expect(await core.dispatch('journal.add', note('etter'))).toMatchObject({
      ok: false,
      error: { code: 'storage-failed' },
    });
    expect(ok(await core.dispatch('workday.get', undefined))).toMatchObject({ date: '2026-11-26' });
    // The key file is never replaced, and the record sealed with it is still in the file.
    expect(readFileSync(join(dir, 'journal', 'os-store.key'), 'utf8')).toContain('kort');
    expect(readFileSync(join(dir, 'journal', 'journal.log'), 'utf8')).toMatch(/^e1 /);
    // The person can go on writing with a key file of its own; the sealed record stays.
    ok(await core.dispatch('journal.chooseEncryption', { choice: 'file-key' }));
    ok(await core.dispatch('journal.add', note('videre')));
    expect(ok(await core.dispatch('journal.status', undefined))).toMatchObject({
      entries: 1,
      unopenedRecords: 1,
      problem: null,
    });
  });

  it('a file where the journal folder should be: the journal is closed and says where', async () => {
    const dir = tempDir('pust-start-');
    writeFileSync(join(dir, 'journal'), 'ikke en mappe');
    const { core } = startCore(dir);
    expect(ok(await core.dispatch('journal.status', undefined))).toMatchObject({
      problem: { state: 'closed', reason: 'folder-unusable', path: join(dir, 'journal') },
    });
    expect(await core.dispatch('journal.list', {})).toMatchObject({
      ok: false,
      error: { code: 'storage-failed' },
    });
    expect(ok(await core.dispatch('team.add', { name: 'Kari' }))).toHaveLength(1);
    expect(readFileSync(join(dir, 'journal'), 'utf8')).toBe('ikke en mappe');
  });

  it('Electron: the OS key store refusing to unwrap the key does not end start-up', async () => {
    const dir = tempDir('pust-start-');
    const wrapped = join(dir, 'journal', 'journal.key.os');
    const first = coreWith(dir, new SafeStorageKeys(wrapped));
    ok(await first.dispatch('journal.add', note('kryptert med OS-nøkkelen')));
    first.dispose();

    const decrypt = electronMock.safeStorage.decryptString;
    electronMock.safeStorage.decryptString = () => {
      throw new Error(
        'Error while decrypting the ciphertext provided to safeStorage.decryptString.',
      );
    };
    try {
      const core = coreWith(dir, new SafeStorageKeys(wrapped));
      expect(ok(await core.dispatch('journal.status', undefined))).toMatchObject({
        unopenedRecords: 1,
        keyProblems: [{ key: 'os', reason: 'os-store-failed', path: wrapped }],
        problem: { state: 'read-only', reason: 'key-unusable' },
      });
      expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
        values: { language: 'nb' },
      });
      core.dispose();
    } finally {
      electronMock.safeStorage.decryptString = decrypt;
    }
    // With the store answering again, the entry is there.
    const healed = coreWith(dir, new SafeStorageKeys(wrapped));
    expect(ok(await healed.dispatch('journal.list', {}))).toMatchObject({ total: 1 });
  });
});

describe('fault 8: a reset state.json is told, like a reset settings.json', () => {
  it('the settings view says state.json was moved aside, where to, and what it held', async () => {
    const dir = tempDir('pust-start-');
    const first = startCore(dir);
    ok(await first.core.dispatch('team.add', { name: 'Kari' }));
    first.core.dispose();
    writeFileSync(join(dir, 'state.json'), '{"team.members": [{"id": "1", "na');

    const { core } = startCore(dir);
    const view = ok(await core.dispatch('settings.get', undefined)) as SettingsView;
    const [copy] = readdirSync(dir).filter((name) => name.startsWith('state.damaged-'));
    expect(view.storeNotices).toEqual([
      expect.objectContaining({
        file: 'state',
        path: join(dir, 'state.json'),
        reason: 'not-json',
        outcome: 'moved-aside',
        movedTo: join(dir, copy!),
      }),
    ]);
    expect(ok(await core.dispatch('team.list', undefined)) as TeamMember[]).toEqual([]);
  });
});

describe('fault 9: a symlink loop at settings.json or state.json', () => {
  it.each(['settings.json', 'state.json'])(
    '%s: starts, moves the link aside and says so',
    async (name) => {
      const dir = tempDir('pust-start-');
      symlinkSync(join(dir, name), join(dir, name));
      const { core } = startCore(dir);
      const view = ok(await core.dispatch('settings.get', undefined)) as SettingsView;
      expect(view.storeNotices).toEqual([
        expect.objectContaining({
          file: name.replace('.json', ''),
          reason: 'unreadable',
          outcome: 'moved-aside',
          detail: expect.stringMatching(/ELOOP/),
        }),
      ]);
      ok(await core.dispatch('settings.update', { theme: 'dark' }));
      ok(await core.dispatch('team.add', { name: 'Ola' }));
      expect(ok(await startCore(dir).core.dispatch('settings.get', undefined))).toMatchObject({
        values: { theme: 'dark' },
      });
    },
  );

  it('state.json that can be neither read nor moved aside: kept in memory for the session, and told', async () => {
    const dir = tempDir('pust-start-');
    mkdirSync(join(dir, 'state.json'));
    writeFileSync(join(dir, 'state.json', 'inne'), 'x');
    // Moving aside fails when the target name is taken by a folder that is not empty.
    const stamp = new Date('2026-11-26T10:00:00+01:00').toISOString().replace(/[:.]/g, '-');
    mkdirSync(join(dir, `state.damaged-${stamp}.json`, 'opptatt'), { recursive: true });
    const core = coreWith(dir, {
      source: 'os',
      available: () => false,
      existingKey: () => null,
      getOrCreateKey: () => {
        throw new Error('no store');
      },
    });
    const view = ok(await core.dispatch('settings.get', undefined)) as SettingsView;
    expect(view.storeNotices).toEqual([
      expect.objectContaining({ file: 'state', outcome: 'memory-only', movedTo: null }),
    ]);
    ok(await core.dispatch('team.add', { name: 'Kari' }));
    expect(ok(await core.dispatch('team.list', undefined))).toHaveLength(1);
    rmSync(join(dir, 'state.json'), { recursive: true });
  });
});
