import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/core-harness';

function policyCheck(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/policy-check.ts', ...args],
    {
      encoding: 'utf8',
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

// Each case starts the script under tsx: seconds on a busy machine.
describe('npm run policy:check', { timeout: 60_000 }, () => {
  it('accepts the documented example policy', () => {
    const { status, out } = policyCheck('docs/examples/policy.json');
    expect(status).toBe(0);
    expect(out).toContain('valid policy: 7 default(s), 2 locked setting(s)');
  });

  it('prints each problem with its JSON path and exits non-zero', () => {
    const file = join(tempDir(), 'policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        defaults: { theme: 'pink', workProfile: { lunch: { at: '12:75' } } },
        locked: ['nope'],
        extra: 1,
      }),
    );
    const { status, out } = policyCheck(file);
    expect(status).toBe(1);
    expect(out).toContain(`${file}: $.extra: unknown key`);
    expect(out).toContain(`${file}: $.defaults.theme: Invalid option`);
    expect(out).toContain(
      `${file}: $.defaults.workProfile.lunch.at: expected a time of day as HH:MM`,
    );
    expect(out).toContain(`${file}: $.locked[0]: unknown setting "nope"`);
    expect(out).toContain('4 problem(s)');
  });

  it('names a file that is not JSON, and a file that is not there', () => {
    const file = join(tempDir(), 'policy.json');
    writeFileSync(file, '{ "locked": [');
    expect(policyCheck(file)).toMatchObject({
      status: 1,
      out: expect.stringContaining('$: not valid JSON'),
    });
    expect(policyCheck('/nonexistent/policy.json')).toMatchObject({
      status: 2,
      out: expect.stringContaining('no such file'),
    });
  });
});

describe(
  'npm run policy:check on drop-ins and against the published schema',
  { timeout: 60_000 },
  () => {
    it('checks a file in a managed folder as a drop-in', () => {
      const { status, out } = policyCheck('docs/examples/linux/managed/50-organisation.json');
      expect(out).toContain('valid drop-in: 3 locked setting(s)');
      expect(status).toBe(0);
    });

    it('accepts a policy written with a byte-order mark', () => {
      const file = join(tempDir(), 'policy.json');
      writeFileSync(file, '\uFEFF{ "locked": ["sounds"] }');
      expect(policyCheck(file)).toMatchObject({ status: 0 });
    });
  },
);
