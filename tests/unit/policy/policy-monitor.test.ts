import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAdminPolicy } from '../../../electron/core/policy/admin-policy';
import { loadAdminPolicy } from '../../../electron/core/policy/policy-file';
import { PolicyMonitor } from '../../../electron/core/policy/policy-monitor';
import {
  folderPolicySources,
  readPolicy,
  watchedFolders,
} from '../../../electron/core/policy/sources';
import { posixTrust } from '../../../electron/core/policy/trust';
import { startCore, tempDir } from '../../support/core-harness';
import { RecordingLogger } from '../../support/fakes';

function policyFolder() {
  const root = tempDir('pust-policy-');
  mkdirSync(join(root, 'policies', 'managed'), { recursive: true });
  const specs = folderPolicySources(root);
  const read = () =>
    readPolicy(
      specs,
      {
        platform: 'linux',
        posixTrust: posixTrust('linux', process.getuid?.()),
        run: async () => ({ code: 127, stdout: '', stderr: '' }),
        checkTrust: true,
        env: {},
      },
      new Date(),
    );
  const write = (name: string, value: unknown) =>
    writeFileSync(join(root, 'policies', 'managed', name), JSON.stringify(value));
  return { root, specs, read, write };
}

describe('a policy file written with a byte-order mark (Windows PowerShell 5.1, Notepad)', () => {
  const text =
    '\uFEFF{ "version": 1, "locked": ["workProfile.endOfDayFirmness"], "defaults": { "language": "nb" } }';

  it('is read in full, not refused as "not valid JSON"', () => {
    expect(parseAdminPolicy(text, 'policy.json')).toMatchObject({
      locked: ['workProfile.endOfDayFirmness'],
      defaults: { language: 'nb' },
      problems: [],
    });
    const file = join(tempDir(), 'policy.json');
    writeFileSync(file, text, 'utf8');
    const logs: string[] = [];
    expect(loadAdminPolicy(file, new RecordingLogger(logs)).locked).toEqual([
      'workProfile.endOfDayFirmness',
    ]);
    expect(logs).toEqual([]);
  });
});

describe('following the policy while Pust runs', () => {
  it('applies a changed source without a restart: locks, values and the page follow', async () => {
    const folder = policyFolder();
    folder.write('10-it.json', { theme: 'dark' });
    const logs: string[] = [];
    const monitor = await PolicyMonitor.open(folder.read, new RecordingLogger(logs));
    const { core } = startCore(undefined, { policySource: monitor });
    const heard: Array<[string, unknown]> = [];
    core.subscribe((event, payload) => heard.push([event, payload]));
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { theme: 'dark' }, locked: ['theme'] },
    });

    folder.write('10-it.json', { theme: 'high-contrast', workProfile: { strictMode: true } });
    const reply = await core.dispatch('policy.reload', undefined);
    expect(reply).toMatchObject({
      ok: true,
      value: { locked: ['theme', 'workProfile.strictMode'] },
    });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: {
        values: { theme: 'high-contrast', workProfile: { strictMode: true } },
        locked: ['theme', 'workProfile.strictMode'],
      },
    });
    expect(heard.map(([event]) => event)).toEqual(
      expect.arrayContaining(['settings.changed', 'policy.changed']),
    );
    expect(await core.dispatch('settings.update', { theme: 'light' })).toMatchObject({
      ok: false,
      error: { code: 'locked-by-policy' },
    });
    core.dispose();
  });

  it('tells nobody when a re-read finds the same policy, and logs a problem once', async () => {
    const folder = policyFolder();
    folder.write('10-it.json', { theme: 'purple' });
    const logs: string[] = [];
    const monitor = await PolicyMonitor.open(folder.read, new RecordingLogger(logs));
    const heard: unknown[] = [];
    monitor.subscribe((reading) => heard.push(reading));
    await monitor.reload();
    await monitor.reload();
    expect(heard).toEqual([]);
    expect(logs.filter((line) => line.includes('$.theme'))).toHaveLength(1);
    folder.write('10-it.json', { theme: 'dark' });
    await monitor.reload();
    expect(heard).toHaveLength(1);
  });

  it('re-reads by itself when a watched folder changes', async () => {
    const folder = policyFolder();
    const monitor = await PolicyMonitor.open(folder.read, new RecordingLogger());
    const stop = monitor.follow({
      folders: () => watchedFolders(folder.specs),
      everyMs: 3_600_000,
      settleMs: 10,
    });
    try {
      folder.write('20-new.json', { sounds: false });
      await expect
        .poll(() => monitor.current().policy.locked, { timeout: 20_000 })
        .toEqual(['sounds']);
    } finally {
      stop();
    }
  });

  it('the page lists every source it read with its entries, through the contract', async () => {
    const folder = policyFolder();
    folder.write('10-it.json', { sounds: false });
    const monitor = await PolicyMonitor.open(folder.read, new RecordingLogger());
    const { core } = startCore(undefined, { policySource: monitor });
    expect(await core.dispatch('policy.get', undefined)).toMatchObject({
      ok: true,
      value: {
        sources: [
          {
            kind: 'drop-in',
            status: 'applied',
            entries: [{ path: 'sounds', level: 'mandatory', value: false, applied: true }],
          },
          { kind: 'drop-in', status: 'absent' },
          { kind: 'file', status: 'absent' },
        ],
        locked: ['sounds'],
      },
    });
    core.dispose();
  });
});
