import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAdminPolicy } from '../../../electron/core/policy/admin-policy';
import { loadAdminPolicy } from '../../../electron/core/policy/policy-file';
import { systemPolicySources } from '../../../electron/core/policy/sources';
import { startCore, tempDir } from '../../support/core-harness';
import { RecordingLogger } from '../../support/fakes';

function policyFile(content: unknown): string {
  const path = join(tempDir('pust-policy-'), 'policy.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const GOOD_POLICY = {
  version: 1,
  defaults: { theme: 'dark', workProfile: { lunch: { at: '11:00' }, endOfDayFirmness: 'strict' } },
  locked: ['workProfile.endOfDayFirmness', 'language'],
  message: {
    nb: 'Satt av IT-avdelingen',
    nn: 'Sett av IT-avdelinga',
    en: 'Set by your IT department',
  },
};

describe('the admin policy', () => {
  it('applies defaults where the person has chosen nothing, and locks what it locks', async () => {
    const { core } = startCore(undefined, { policyFile: policyFile(GOOD_POLICY) });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: {
        values: {
          language: 'nb',
          theme: 'dark',
          workProfile: { lunch: { at: '11:00', minutes: 30 }, endOfDayFirmness: 'strict' },
        },
        locked: ['workProfile.endOfDayFirmness', 'language'],
        policy: { message: 'Satt av IT-avdelingen', incomplete: false },
      },
    });
  });

  it('lets the person override a default that is not locked', async () => {
    const { core } = startCore(undefined, { policyFile: policyFile(GOOD_POLICY) });
    await core.dispatch('settings.update', { theme: 'light' });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { theme: 'light' } },
    });
  });

  it('refuses to change a locked setting and leaves the file as it was', async () => {
    const dir = tempDir();
    const { core, settingsFile } = startCore(dir, { policyFile: policyFile(GOOD_POLICY) });
    await core.dispatch('settings.update', { theme: 'light' });
    const before = readFileSync(settingsFile, 'utf8');
    for (const patch of [
      { language: 'en' },
      { workProfile: { endOfDayFirmness: 'gentle' } },
      { theme: 'dark', language: 'nn' },
    ]) {
      expect(await core.dispatch('settings.update', patch)).toMatchObject({
        ok: false,
        error: { code: 'locked-by-policy' },
      });
    }
    expect(readFileSync(settingsFile, 'utf8')).toBe(before);
  });

  it('wins over a choice the person made before the policy came', async () => {
    const dir = tempDir();
    await startCore(dir).core.dispatch('settings.update', { language: 'en' });
    const { core } = startCore(dir, { policyFile: policyFile(GOOD_POLICY) });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { language: 'nb' } },
    });
  });

  it('shows the message in the person’s language', async () => {
    const { core } = startCore(undefined, {
      policyFile: policyFile({ ...GOOD_POLICY, locked: ['theme'] }),
    });
    await core.dispatch('settings.update', { language: 'nn' });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { policy: { message: 'Sett av IT-avdelinga' } },
    });
  });

  describe('a bad policy never stops the app and applies every valid part', () => {
    it.each([
      ['invalid JSON', '{"defaults": {"theme": "dark"', ['$: not valid JSON']],
      ['not an object', '[1, 2]', ['$: must be a JSON object']],
      [
        'unknown keys at every level',
        {
          defaults: {
            theme: 'dark',
            colour: 'red',
            workProfile: { lunch: { at: '12:00', dessert: true } },
          },
          lockd: [],
        },
        [
          '$.lockd: unknown key',
          '$.defaults.colour: unknown key',
          '$.defaults.workProfile.lunch.dessert: unknown key',
        ],
      ],
      [
        'wrong types',
        {
          defaults: {
            theme: 7,
            language: 'nn',
            workProfile: { microBreak: { everyMinutes: 'often' } },
          },
          locked: 'theme',
        },
        [
          '$.defaults.theme:',
          '$.defaults.workProfile.microBreak.everyMinutes:',
          '$.locked: must be a list',
        ],
      ],
      [
        'unknown locked setting',
        { locked: ['theme', 'telemetry', 42] },
        ['$.locked[1]: unknown setting "telemetry"', '$.locked[2]'],
      ],
      [
        'a bad message',
        { message: { nb: '', se: 'x' } },
        ['$.message.nb:', '$.message.se: unknown language'],
      ],
      ['a newer version', { version: 2 }, ['$.version: this Pust reads policy version 1']],
    ])('%s', async (_name, content, expected) => {
      const logs: string[] = [];
      const policy = loadAdminPolicy(policyFile(content), new RecordingLogger(logs));
      for (const fragment of expected) {
        expect(
          policy.problems
            .map((p) => `${p.path}: ${p.message}`)
            .some((line) => line.startsWith(fragment)),
          fragment,
        ).toBe(true);
        expect(
          logs.some((line) => line.includes(fragment)),
          `logged ${fragment}`,
        ).toBe(true);
      }
      expect(logs).toHaveLength(policy.problems.length);
    });

    it('keeps the valid parts next to the broken ones', async () => {
      const { core } = startCore(undefined, {
        policyFile: policyFile({
          defaults: {
            theme: 7,
            language: 'nn',
            workProfile: { lunch: { at: '25:00', minutes: 20 } },
          },
          locked: ['language', 'nonsense'],
        }),
      });
      expect(await core.dispatch('settings.get', undefined)).toMatchObject({
        value: {
          values: {
            language: 'nn',
            theme: 'system',
            workProfile: { lunch: { at: '11:30', minutes: 20 } },
          },
          locked: ['language'],
          policy: { incomplete: true },
        },
      });
    });

    it('runs on its own defaults when the policy cannot be read at all', async () => {
      const unreadable = tempDir('pust-policy-');
      mkdirSync(join(unreadable, 'policy.json'));
      const logs: string[] = [];
      const policy = loadAdminPolicy(join(unreadable, 'policy.json'), new RecordingLogger(logs));
      expect(policy.problems[0]?.message).toMatch(/cannot be read \(EISDIR\)/);
      const { core } = startCore(undefined, { policyFile: join(unreadable, 'policy.json') });
      expect(await core.dispatch('settings.get', undefined)).toMatchObject({
        value: { values: { language: 'nb' }, policy: { incomplete: true } },
      });
    });
  });

  it('has no problems and changes nothing when there is no policy file', () => {
    const logs: string[] = [];
    const policy = loadAdminPolicy('/nonexistent/pust/policy.json', new RecordingLogger(logs));
    expect(policy).toMatchObject({ source: null, locked: [], problems: [] });
    expect(logs).toEqual([]);
  });

  it('cannot reach anything but settings', () => {
    const policy = parseAdminPolicy(
      JSON.stringify({
        defaults: { sandbox: false, contextIsolation: false },
        locked: ['sandbox'],
      }),
      'x',
    );
    expect(policy.defaults).toEqual({});
    expect(policy.locked).toEqual([]);
    expect(policy.problems).toHaveLength(3);
  });

  it('lives where IT expects it on each platform; PUST_POLICY_FILE only adds one more, last', () => {
    const files = (platform: NodeJS.Platform, env: Record<string, string> = {}) =>
      systemPolicySources(platform, env, 'kari').flatMap((spec) =>
        spec.kind === 'file' ? [spec.path] : [],
      );
    expect(files('linux')).toEqual(['/etc/pust/policy.json']);
    expect(files('darwin')).toEqual(['/Library/Application Support/Pust/policy.json']);
    expect(files('win32', { ProgramData: 'C:\\ProgramData' })).toEqual([
      'C:\\ProgramData\\Pust\\policy.json',
    ]);
    expect(files('linux', { PUST_POLICY_FILE: '/tmp/p.json' })).toEqual([
      '/etc/pust/policy.json',
      '/tmp/p.json',
    ]);
  });
});
