import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as plist from 'plist';
import { describe, expect, it } from 'vitest';
import { readPolicy } from '../../../electron/core/policy/sources';
import { posixTrust } from '../../../electron/core/policy/trust';
import { tempDir } from '../../support/core-harness';

const MESSAGES = ['nb', 'nn', 'en'].map(
  (locale) => JSON.parse(readFileSync(`content/policy/${locale}.json`, 'utf8')) as unknown,
);

function keys(node: unknown, prefix = ''): string[] {
  if (node === null || typeof node !== 'object') return [prefix];
  return Object.entries(node).flatMap(([key, child]) => keys(child, `${prefix}${key}/`));
}

describe('the examples IT copies from docs/examples', () => {
  it('the macOS profile’s payload, as plutil prints it, is read with every part applied', async () => {
    const profile = plist.parse(
      readFileSync('docs/examples/macos/no.pust.desktop.mobileconfig', 'utf8'),
    ) as { PayloadContent: Array<Record<string, unknown>> };
    const payload = profile.PayloadContent.find((p) => p.PayloadType === 'no.pust.desktop')!;
    const installed = join(tempDir(), 'no.pust.desktop.plist');
    writeFileSync(installed, 'as macOS writes it');
    const { policy, report } = await readPolicy(
      [{ kind: 'managed-preferences', path: installed }],
      {
        platform: 'darwin',
        posixTrust: posixTrust('darwin', process.getuid?.()),
        // `plutil -convert json -o -` prints compact JSON of the same dictionary.
        run: async () => ({ code: 0, stdout: JSON.stringify(payload), stderr: '' }),
        checkTrust: true,
        env: {},
      },
      new Date(),
    );
    expect(report.sources[0]).toMatchObject({ status: 'applied', problems: [] });
    expect(policy.locked).toEqual([
      'workProfile.summerHours.enabled',
      'workProfile.endOfDayFirmness',
      'journal.retentionMonths',
    ]);
    expect(policy.defaults).toMatchObject({
      language: 'nb',
      workProfile: { lunch: { at: '11:30' } },
    });
  });

  it('npm run policy:check finds the templates current and every example valid', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/policy-check.ts'], {
      encoding: 'utf8',
    });
    expect(result.stdout).toContain('Policy templates, schemas and examples are in order.');
    expect(result.status).toBe(0);
  }, 60_000);

  it('the Group Policy texts are complete in bokmål, nynorsk and English, and nynorsk is nynorsk', () => {
    const [nb, nn, en] = MESSAGES.map((messages) => keys(messages).sort());
    expect(nn).toEqual(nb);
    expect(en).toEqual(nb);
    const nynorsk = JSON.stringify(MESSAGES[1]);
    expect(nynorsk).not.toMatch(/\b(ikke|jeg|hva|hvordan|noe|bare|være|dere|hjemme|leder)\b/i);
  });
});
