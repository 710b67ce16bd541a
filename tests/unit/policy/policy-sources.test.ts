import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CommandRunner } from '../../../electron/core/policy/commands';
import {
  folderPolicySources,
  readPolicy,
  systemPolicySources,
  type PolicyReadContext,
} from '../../../electron/core/policy/sources';
import { posixTrust } from '../../../electron/core/policy/trust';
import { tempDir } from '../../support/core-harness';

const recorded = (name: string) =>
  readFileSync(join(import.meta.dirname, 'recorded', name), 'utf8');
const NOW = new Date('2026-11-26T08:00:00Z');

/** A runner that answers like the machine would, from recorded output, and notes each call. */
function recordedRunner(answers: Record<string, { code: number; stdout: string }>) {
  const calls: string[] = [];
  const run: CommandRunner = async (file, args) => {
    const line = `${file} ${args.join(' ')}`;
    calls.push(line);
    const match = Object.entries(answers).find(([needle]) => line.includes(needle));
    return match
      ? { code: match[1].code, stdout: match[1].stdout, stderr: '' }
      : { code: 1, stdout: '', stderr: '' };
  };
  return { run, calls };
}

function context(platform: NodeJS.Platform, run: CommandRunner): PolicyReadContext {
  return {
    platform,
    // Tests may run as root or not; the person running them stands in for root here.
    posixTrust: posixTrust(platform, process.getuid?.()),
    run,
    checkTrust: true,
    env: { SystemRoot: 'C:\\Windows', ProgramData: 'C:\\ProgramData' },
  };
}

function writeJson(path: string, value: unknown, bom = false): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `${bom ? '\uFEFF' : ''}${JSON.stringify(value)}`);
  return path;
}

describe('Windows registry (HKLM\\SOFTWARE\\Policies\\Pust), read from reg.exe query', () => {
  it('locks the values in the key, recommends those in Recommended, typed as the schema says', async () => {
    const { run, calls } = recordedRunner({
      HKEY_LOCAL_MACHINE: { code: 0, stdout: recorded('reg-query-hklm.txt') },
    });
    const { policy, report } = await readPolicy(
      systemPolicySources('win32', {}, 'kari'),
      context('win32', run),
      NOW,
    );
    expect(calls[0]).toContain('chcp 65001');
    expect(calls[0]).toContain('reg.exe" query "HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Pust" /s');
    expect(policy.defaults).toMatchObject({
      theme: 'dark', // mandatory beats the recommended "light"
      language: 'nn',
      autostart: false, // REG_DWORD 0 for an on/off setting
      workProfile: {
        lunch: { at: '11:00', minutes: 45 },
        weekdays: { fri: { start: '08:00', end: '14:00' } }, // JSON text for a weekday
        endOfDayFirmness: 'strict', // recorded under its old name, workProfile.restBoundary
      },
      journal: { retentionMonths: null }, // "null": keep everything, locked
    });
    expect(policy.locked).toEqual([
      'theme',
      'workProfile.weekdays.fri',
      'workProfile.lunch.at',
      'workProfile.lunch.minutes',
      'autostart',
      'journal.retentionMonths',
    ]);
    expect(policy.message).toEqual({
      nb: 'Satt av IT-avdelingen. Spørsmål? Ring 22 00 00 00.',
      nn: 'Satt av IT-avdelingen. Spørsmål? Ring 22 00 00 00.',
      en: 'Satt av IT-avdelingen. Spørsmål? Ring 22 00 00 00.',
    });
    const [hklm, recommended] = report.sources;
    expect(hklm).toMatchObject({
      kind: 'registry',
      location: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Pust',
      status: 'partly-applied',
      problems: [
        { path: '$.workProfile.microBreak.enabled', message: 'expected 1 (on) or 0 (off)' },
        { path: '$.telemetry', message: 'unknown setting' },
      ],
    });
    expect(recommended!.entries).toEqual([
      { path: 'language', level: 'recommended', value: 'nn', applied: true },
      { path: 'theme', level: 'recommended', value: 'light', applied: false },
      {
        path: 'workProfile.endOfDayFirmness',
        level: 'recommended',
        value: 'strict',
        applied: true,
      },
    ]);
    // HKCU had no key: listed as looked at, not as a problem.
    expect(report.sources.filter((s) => s.status === 'absent').map((s) => s.location)).toEqual([
      'HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Pust',
      'HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Pust\\Recommended',
      expect.stringMatching(/ProgramData.Pust.policy\.json$/),
    ]);
  });

  it('reads a renamed setting under its old value name; set under both names, the new one wins and the old one is reported', async () => {
    const text = [
      'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Pust',
      '    workProfile.restBoundary    REG_SZ    gentle',
      '    workProfile.endOfDayFirmness    REG_SZ    strict',
      '    sounds    REG_DWORD    0x0',
      '',
    ].join('\r\n');
    const { run } = recordedRunner({ HKEY_LOCAL_MACHINE: { code: 0, stdout: text } });
    const { policy, report } = await readPolicy(
      systemPolicySources('win32', {}, 'kari'),
      context('win32', run),
      NOW,
    );
    expect(policy.defaults).toMatchObject({
      sounds: false,
      workProfile: { endOfDayFirmness: 'strict' },
    });
    expect(policy.locked).toEqual(['workProfile.endOfDayFirmness', 'sounds']);
    expect(report.sources[0]!.problems).toEqual([
      {
        path: '$.workProfile.restBoundary',
        message:
          'older name of workProfile.endOfDayFirmness, which is set too; this value is ignored',
      },
    ]);
  });

  it('ignores, with a reason, a value whose letters did not survive the code page', async () => {
    const text =
      '\r\nHKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Pust\r\n    message.nb    REG_SZ    Sp\uFFFDrsm\uFFFDl?\r\n    sounds    REG_DWORD    0x0\r\n';
    const { run } = recordedRunner({ HKEY_LOCAL_MACHINE: { code: 0, stdout: text } });
    const { policy, report } = await readPolicy(
      [{ kind: 'registry', hive: 'HKLM' }],
      context('win32', run),
      NOW,
    );
    expect(policy.message).toBeNull();
    expect(policy.locked).toEqual(['sounds']);
    expect(report.sources[0]!.problems).toEqual([
      { path: '$.message.nb', message: 'some characters could not be read; value ignored' },
    ]);
  });

  it('reports a registry that cannot be read, and runs on the rest', async () => {
    const run: CommandRunner = async () => ({ code: 5, stdout: '', stderr: 'Access is denied.' });
    const { report } = await readPolicy(
      [{ kind: 'registry', hive: 'HKLM' }],
      context('win32', run),
      NOW,
    );
    expect(report.sources[0]).toMatchObject({
      status: 'refused',
      problems: [{ path: '$', message: 'cannot be read: Access is denied.' }],
    });
  });
});

describe('Windows %ProgramData%\\Pust\\policy.json, checked with its access list', () => {
  const ADMIN_ONLY = 'O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;BU)';
  // A standard user made the folder first: they own it and have full control through it.
  const USER_MADE =
    'O:S-1-5-21-1004336348-1177238915-682003330-1001G:S-1-5-21-1004336348-1177238915-682003330-513D:AI(A;OICIID;FA;;;S-1-5-21-1004336348-1177238915-682003330-1001)(A;OICIID;FA;;;SY)(A;OICIID;FA;;;BA)';

  async function read(folderSddl: string) {
    const ctx = context('win32', async (file) =>
      file.endsWith('powershell.exe')
        ? { code: 0, stdout: `${ADMIN_ONLY}\r\n${folderSddl}\r\n`, stderr: '' }
        : { code: 1, stdout: '', stderr: '' },
    );
    // The file as Windows would have it, in a POSIX temp folder (only its access list is faked).
    const file = writeJson(join(tempDir(), 'ProgramData', 'Pust', 'policy.json'), {
      defaults: { journal: { retentionMonths: 1 } },
      locked: ['journal.retentionMonths'],
    });
    const specs = [{ kind: 'file' as const, path: file }];
    return readPolicy(specs, ctx, NOW);
  }

  it('applies a file only administrators can change', async () => {
    const { policy } = await read(ADMIN_ONLY);
    expect(policy.locked).toEqual(['journal.retentionMonths']);
  });

  it('ignores, with the reason, a file in a folder a standard user made', async () => {
    const { policy, report } = await read(USER_MADE);
    expect(policy.locked).toEqual([]);
    expect(policy.defaults).toEqual({});
    expect(report.sources.at(-1)).toMatchObject({
      kind: 'file',
      status: 'refused',
      problems: [
        {
          path: '$',
          message: expect.stringMatching(
            /^ignored: .*ProgramData\/Pust is owned by S-1-5-21-[\d-]+, not by Administrators or SYSTEM$/,
          ),
        },
      ],
    });
  });
});

describe('macOS managed preferences (/Library/Managed Preferences/no.pust.desktop.plist)', () => {
  it('reads the plist as `plutil -convert json` prints it: values locked, `recommended` as defaults', async () => {
    const plist = join(tempDir(), 'no.pust.desktop.plist');
    writeFileSync(plist, 'bplist00 (binary; read through plutil)');
    const { run, calls } = recordedRunner({
      plutil: { code: 0, stdout: recorded('plutil-managed-preferences.json') },
    });
    const { policy, report } = await readPolicy(
      [{ kind: 'managed-preferences', path: plist }],
      context('darwin', run),
      NOW,
    );
    expect(calls).toEqual([`/usr/bin/plutil -convert json -o - -- ${plist}`]);
    expect(policy.locked).toEqual([
      'workProfile.lunch.at',
      'workProfile.lunch.minutes',
      'workProfile.endOfDayFirmness',
      'sounds',
    ]);
    expect(policy.defaults).toMatchObject({
      theme: 'dark',
      sounds: false,
      workProfile: { microBreak: { everyMinutes: 30 }, lunch: { at: '11:15' } },
    });
    expect(policy.message?.nn).toBe('Sett av IT-avdelinga.');
    expect(report.sources[0]!.problems).toEqual([{ path: '$.lunch', message: 'unknown key' }]);
  });

  it('shows why a plist plutil cannot convert is not used', async () => {
    const plist = join(tempDir(), 'no.pust.desktop.plist');
    writeFileSync(plist, 'x');
    const run: CommandRunner = async () => ({
      code: 1,
      stdout: '',
      stderr: `${plist}: invalid object in plist for destination format`,
    });
    const { report } = await readPolicy(
      [{ kind: 'managed-preferences', path: plist }],
      context('darwin', run),
      NOW,
    );
    expect(report.sources[0]).toMatchObject({
      status: 'refused',
      problems: [{ message: expect.stringContaining('plutil could not read it') }],
    });
  });
});

describe('Linux drop-ins (/etc/pust/policies/{managed,recommended}/*.json) and policy.json', () => {
  const none: CommandRunner = async () => ({ code: 127, stdout: '', stderr: 'not used' });

  it('merges drop-ins (a later name wins), recommended values, and the JSON file below them', async () => {
    const root = tempDir();
    writeJson(join(root, 'policies/managed/10-base.json'), {
      theme: 'light',
      workProfile: { endOfDayFirmness: 'firm' },
    });
    writeJson(join(root, 'policies/managed/90-site.json'), {
      workProfile: { endOfDayFirmness: 'strict' },
      message: 'Spør IT.',
    });
    // A byte-order mark, as Windows tools write it, is accepted everywhere.
    writeJson(join(root, 'policies/recommended/defaults.json'), { language: 'nn' }, true);
    writeJson(join(root, 'policy.json'), {
      defaults: { theme: 'dark', sounds: false },
      locked: ['sounds'],
    });
    const { policy, report } = await readPolicy(
      folderPolicySources(root),
      context('linux', none),
      NOW,
    );
    expect(report.sources.map((s) => [s.location.slice(root.length), s.status])).toEqual([
      ['/policies/managed/90-site.json', 'applied'],
      ['/policies/managed/10-base.json', 'applied'],
      ['/policies/recommended/defaults.json', 'applied'],
      ['/policy.json', 'applied'],
    ]);
    expect(policy.defaults).toMatchObject({
      theme: 'light',
      language: 'nn',
      sounds: false,
      workProfile: { endOfDayFirmness: 'strict' },
    });
    expect(policy.locked).toEqual(['workProfile.endOfDayFirmness', 'theme', 'sounds']);
    expect(policy.message).toMatchObject({ nb: 'Spør IT.' });
    expect(report.sources[1]!.entries).toContainEqual({
      path: 'workProfile.endOfDayFirmness',
      level: 'mandatory',
      value: 'firm',
      applied: false,
    });
    expect(report.sources[3]!.entries).toEqual([
      { path: 'sounds', level: 'mandatory', value: false, applied: true },
      { path: 'theme', level: 'recommended', value: 'dark', applied: false },
    ]);
  });

  it('refuses, with a visible reason, a drop-in that every user can write', async () => {
    const root = tempDir();
    const file = writeJson(join(root, 'policies/managed/50-anyone.json'), {
      journal: { retentionMonths: 1 },
    });
    chmodSync(file, 0o666);
    const { policy, report } = await readPolicy(
      folderPolicySources(root),
      context('linux', none),
      NOW,
    );
    expect(policy.locked).toEqual([]);
    expect(policy.problems).toEqual([
      { path: `${file} $`, message: `ignored: ${file} can be changed by every user (mode 0666)` },
    ]);
    expect(report.sources[0]).toMatchObject({ location: file, status: 'refused', entries: [] });
  });

  it('says what is wrong with a drop-in that is not JSON, and applies the others', async () => {
    const root = tempDir();
    writeFileSync(join(mkdirp(root, 'policies/managed'), 'broken.json'), '{ "theme": ');
    writeJson(join(root, 'policies/managed/ok.json'), { theme: 'dark' });
    const { policy, report } = await readPolicy(
      folderPolicySources(root),
      context('linux', none),
      NOW,
    );
    expect(policy.locked).toEqual(['theme']);
    expect(report.sources[1]).toMatchObject({
      status: 'refused',
      problems: [{ path: '$', message: expect.stringMatching(/^not valid JSON/) }],
    });
  });

  it('lists the places it looked when there is no policy at all', async () => {
    const root = tempDir();
    const { policy, report } = await readPolicy(
      folderPolicySources(root),
      context('linux', none),
      NOW,
    );
    expect(policy).toMatchObject({ locked: [], defaults: {}, problems: [] });
    expect(report.sources.map((s) => s.status)).toEqual(['absent', 'absent', 'absent']);
  });
});

function mkdirp(root: string, path: string): string {
  mkdirSync(join(root, path), { recursive: true });
  return join(root, path);
}
