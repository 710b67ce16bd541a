import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingsView, WorkdayView } from '../../../electron/contract';
import { profileFromSettingsText } from '../../../electron/core/engine/plan-cli/settings-file';
import { checkPolicyFile } from '../../../electron/core/policy/check-policy';
import { startCore, tempDir } from '../../support/core-harness';
import { ok } from '../../support/result';

/**
 * `workProfile.restBoundary` became `workProfile.endOfDayFirmness` (settings format 2). What a
 * person saved and what an IT department rolled out under the old name must still hold.
 */
describe('a setting under its old name', () => {
  it('keeps the firmness a person chose in the previous release, and the next save writes the new name', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'settings.json'),
      JSON.stringify({
        formatVersion: 1,
        settings: { language: 'nn', workProfile: { restBoundary: 'gentle' } },
      }),
    );
    const { core, logs } = startCore(dir);
    expect(
      (ok(await core.dispatch('settings.get', undefined)) as SettingsView).values,
    ).toMatchObject({
      language: 'nn',
      workProfile: { endOfDayFirmness: 'gentle' },
    });
    expect((ok(await core.dispatch('workday.get', undefined)) as WorkdayView).firmness).toBe(
      'gentle',
    );
    expect(logs.filter((line) => line.includes('invalid'))).toEqual([]);

    ok(await core.dispatch('settings.update', { theme: 'dark' }));
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'))).toEqual({
      formatVersion: 2,
      settings: { language: 'nn', theme: 'dark', workProfile: { endOfDayFirmness: 'gentle' } },
    });
  });

  it('a policy.json that sets and locks it by the old name still sets and locks it', async () => {
    const policyFile = join(tempDir('pust-policy-'), 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        version: 1,
        defaults: { workProfile: { restBoundary: 'strict' } },
        locked: ['workProfile.restBoundary'],
      }),
    );
    const { core } = startCore(undefined, { policyFile });
    expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
      values: { workProfile: { endOfDayFirmness: 'strict' } },
      locked: ['workProfile.endOfDayFirmness'],
      policy: { incomplete: false },
    });
    expect(
      await core.dispatch('settings.update', { workProfile: { endOfDayFirmness: 'gentle' } }),
    ).toMatchObject({ ok: false, error: { code: 'locked-by-policy' } });
    expect(checkPolicyFile(policyFile)).toMatchObject({
      exitCode: 0,
      out: [`${policyFile}: valid policy: 1 default(s), 1 locked setting(s).`],
    });
  });

  it('set under both names with different values, the new name wins and the check names the old one', async () => {
    const policyFile = join(tempDir('pust-policy-'), 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        defaults: { workProfile: { restBoundary: 'gentle', endOfDayFirmness: 'strict' } },
      }),
    );
    const { core } = startCore(undefined, { policyFile });
    expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
      values: { workProfile: { endOfDayFirmness: 'strict' } },
      policy: { incomplete: true },
    });
    expect(checkPolicyFile(policyFile).out[0]).toBe(
      `${policyFile}: $.defaults.workProfile.restBoundary: older name of workProfile.endOfDayFirmness, which is set too; this value is ignored`,
    );
  });

  it('set under both names with the same value, nothing is reported', () => {
    const policyFile = join(tempDir('pust-policy-'), 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        defaults: { workProfile: { restBoundary: 'strict', endOfDayFirmness: 'strict' } },
      }),
    );
    expect(checkPolicyFile(policyFile).exitCode).toBe(0);
  });

  it('a drop-in and `npm run plan -- --settings` read the old name too', () => {
    const managed = join(tempDir('pust-policy-'), 'managed');
    mkdirSync(managed);
    const dropIn = join(managed, '50-organisation.json');
    writeFileSync(dropIn, JSON.stringify({ workProfile: { restBoundary: 'gentle' } }));
    expect(checkPolicyFile(dropIn)).toMatchObject({
      exitCode: 0,
      out: [`${dropIn}: valid drop-in: 1 locked setting(s).`],
    });
    const profile = profileFromSettingsText(
      JSON.stringify({ workProfile: { restBoundary: 'gentle' } }),
      'old.json',
    );
    expect(profile.endOfDayFirmness).toBe('gentle');
  });

  it('`npm run policy:check` finds a policy.json and a drop-in under the old name valid, the published JSON Schemas included', () => {
    const folder = tempDir('pust-policy-');
    const policyFile = join(folder, 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        defaults: { workProfile: { restBoundary: 'strict' } },
        locked: ['workProfile.restBoundary'],
      }),
    );
    mkdirSync(join(folder, 'managed'));
    const dropIn = join(folder, 'managed', '50-organisation.json');
    writeFileSync(dropIn, JSON.stringify({ workProfile: { restBoundary: 'gentle' } }));
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/policy-check.ts', policyFile, dropIn],
      { encoding: 'utf8' },
    );
    expect(result.stdout).not.toContain('schema');
    expect(result.stdout).toContain(`${policyFile}: valid policy`);
    expect(result.stdout).toContain(`${dropIn}: valid drop-in`);
    expect(result.status).toBe(0);
  }, 60_000);
});
