import type * as NodeFs from 'node:fs';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { JournalPage, JournalStatus, SettingsView } from '../../../electron/contract';
import { FileKeyProvider, RecordCodec } from '../../../electron/core/journal';
import { startCore, tempDir, type CoreHarness } from '../../support/core-harness';
import { asPerson } from '../../support/person-fs';
import { storedNote } from '../journal/helpers';
import { ok } from '../../support/result';

/**
 * Issue 13: damage each of settings.json, state.json, the two key files, the journal file and the
 * journal folder in turn — not JSON, truncated, mode 000, a folder in its place, a symlink loop,
 * another profile's file — then start core. It must start every time, the journal must show every
 * entry that a key still present can open, and the person must be told what happened.
 *
 * The tests run as root, which ignores permission bits; node:fs is wrapped so that they count as
 * for an ordinary user (tests/support/person-fs.ts).
 */
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeFs>();
  const { personFs } = await import('../../support/person-fs');
  const wrapped = personFs(actual);
  return { ...wrapped, default: wrapped };
});

afterEach(() => {
  asPerson.on = false;
});

/** Three notes sealed with the key file, then three with the (preview's) OS-store key. */
const UNDER_FILE_KEY = ['fil-1', 'fil-2', 'fil-3'];
const UNDER_OS_KEY = ['os-1', 'os-2', 'os-3'];

/**
 * A profile as Pust leaves it: settings in nynorsk, a team list in state.json, and a journal begun
 * with a key file and continued under the OS-store key (both keys beside it, one record a line).
 */
function makeProfile(tag: string): string {
  const dir = tempDir(`pust-matrix-${tag}-`);
  const first = startCore(dir);
  void first.core.dispatch('settings.update', { language: 'nn' });
  void first.core.dispatch('team.add', { name: 'Kari' });
  first.core.dispose();
  const folder = join(dir, 'journal');
  const fileKey = new FileKeyProvider(join(folder, 'journal.key')).getOrCreateKey();
  const osKey = new FileKeyProvider(join(folder, 'os-store.key')).getOrCreateKey();
  const lines = [
    ...UNDER_FILE_KEY.map((id) =>
      new RecordCodec(fileKey).encode({ op: 'put', entry: storedNote(id) }),
    ),
    ...UNDER_OS_KEY.map((id) =>
      new RecordCodec(osKey).encode({ op: 'put', entry: storedNote(id) }),
    ),
  ];
  writeFileSync(join(folder, 'journal.log'), lines.join(''));
  return dir;
}

const TARGETS = {
  'settings.json': 'settings.json',
  'state.json': 'state.json',
  'the key file': 'journal/journal.key',
  'the OS-store key': 'journal/os-store.key',
  'the journal file': 'journal/journal.log',
  'the journal folder': 'journal',
} as const;
type Target = keyof typeof TARGETS;
const DAMAGES = [
  'not JSON',
  'truncated',
  'mode 000',
  'a directory',
  'a symlink loop',
  "another journal's file",
] as const;
type Damage = (typeof DAMAGES)[number];

/** Applies the damage; returns false where it means nothing (a folder "truncated"). */
function damage(dir: string, target: Target, kind: Damage): boolean {
  const path = join(dir, TARGETS[target]);
  const isFolder = target === 'the journal folder';
  switch (kind) {
    case 'not JSON':
      rmSync(path, { recursive: true, force: true });
      writeFileSync(path, 'dette er ikke JSON {');
      return true;
    case 'truncated': {
      if (isFolder) return false;
      const bytes = readFileSync(path);
      writeFileSync(path, bytes.subarray(0, Math.floor(bytes.length / 2)));
      return true;
    }
    case 'mode 000':
      chmodSync(path, 0o000);
      asPerson.on = true;
      return true;
    case 'a directory':
      if (isFolder) {
        // Another user's folder: the person can neither list nor change it.
        chownSync(path, 65534, 65534);
        chmodSync(path, 0o700);
        asPerson.on = true;
        return true;
      }
      rmSync(path, { recursive: true, force: true });
      mkdirSync(path);
      writeFileSync(join(path, 'inne.txt'), 'behold meg');
      return true;
    case 'a symlink loop':
      rmSync(path, { recursive: true, force: true });
      symlinkSync(path, path);
      return true;
    case "another journal's file": {
      const other = makeProfile('other');
      rmSync(path, { recursive: true, force: true });
      if (isFolder) copyFolder(join(other, 'journal'), path);
      else copyFileSync(join(other, TARGETS[target]), path);
      return true;
    }
  }
}

function copyFolder(from: string, to: string): void {
  mkdirSync(to);
  for (const name of ['journal.log', 'journal.key', 'os-store.key']) {
    copyFileSync(join(from, name), join(to, name));
  }
}

/** The notes Pust must show: every one whose record is still there under a key still there. */
function expectedNotes(target: Target, kind: Damage): string[] {
  const all = [...UNDER_FILE_KEY, ...UNDER_OS_KEY];
  switch (target) {
    case 'settings.json':
    case 'state.json':
      return all;
    case 'the key file':
      return UNDER_OS_KEY;
    case 'the OS-store key':
      return UNDER_FILE_KEY;
    case 'the journal file':
      // Half the file keeps its whole first lines; any other damage leaves no readable record
      // of this profile in the file's place (the original is kept aside where it could be moved).
      return kind === 'truncated' ? all.slice(0, 2) : [];
    case 'the journal folder':
      // Another profile's folder brings its own keys: its notes (same ids here) open with them.
      return kind === "another journal's file" ? all : [];
  }
}

async function notes(core: CoreHarness['core']): Promise<string[] | 'closed'> {
  const page = await core.dispatch('journal.list', { limit: 500 });
  if (!page.ok) return 'closed';
  return (page.value as JournalPage).entries.map((entry) => entry.id).sort();
}

/** What the person is shown about the damage, wherever Pust shows it. */
async function toldAbout(harness: CoreHarness, target: Target): Promise<string[]> {
  const view = ok(await harness.core.dispatch('settings.get', undefined)) as SettingsView;
  const status = ok(await harness.core.dispatch('journal.status', undefined)) as JournalStatus;
  const told: string[] = view.storeNotices.map((notice) => `${notice.file} ${notice.outcome}`);
  if (status.problem) told.push(`journal ${status.problem.state} ${status.problem.reason}`);
  for (const key of status.keyProblems) told.push(`key ${key.key} ${key.reason}`);
  if (status.unopenedRecords > 0) told.push(`unopened ${status.unopenedRecords}`);
  for (const notice of status.notices) told.push(`notice ${notice.reason}`);
  return target === 'settings.json' || target === 'state.json'
    ? told.filter((line) => line.startsWith(target.slice(0, -5)))
    : told.filter((line) => !/^(settings|state) /.test(line));
}

describe.each(Object.keys(TARGETS) as Target[])('%s damaged', (target) => {
  it.each(DAMAGES)('%s: core starts, shows what any key opens, and says so', async (kind) => {
    const dir = makeProfile('own');
    if (!damage(dir, target, kind)) return;

    let harness: CoreHarness | undefined;
    expect(() => (harness = startCore(dir)), 'createPustCore must not throw').not.toThrow();
    const { core } = harness!;
    // Every other part works.
    expect(await core.dispatch('workday.get', undefined)).toMatchObject({ ok: true });
    expect(await core.dispatch('team.list', undefined)).toMatchObject({ ok: true });
    expect(await core.dispatch('settings.update', { theme: 'dark' })).toMatchObject({ ok: true });

    const shown = await notes(core);
    const expected = expectedNotes(target, kind);
    if (shown === 'closed') expect(expected).toEqual([]);
    else expect(shown).toEqual([...expected].sort());

    const told = await toldAbout(harness!, target);
    const foreignButValid =
      kind === "another journal's file" &&
      (target === 'settings.json' || target === 'state.json' || target === 'the journal folder');
    if (foreignButValid) expect(told).toEqual([]);
    else expect(told.length, `told: ${told.join('; ')}`).toBeGreaterThan(0);
    core.dispose();
    asPerson.on = false;
  });
});
