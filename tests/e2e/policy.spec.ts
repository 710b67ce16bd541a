import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPreviewProcess, type PreviewProcess } from '../support/preview-process';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

function policyFile(policy: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pust-policy-')), 'policy.json');
  writeFileSync(file, JSON.stringify(policy));
  return file;
}

/** The preview on its manual clock, standing at the real time, under a policy file of `policy`. */
function startUnderPolicy(policy: unknown): Promise<PreviewProcess> {
  return startPreviewProcess({ args: ['--clock', 'manual', '--policy', policyFile(policy)] });
}

test('settings an admin locks are shown as locked, with the IT message, and cannot be changed', async ({
  page,
}) => {
  const preview = await startUnderPolicy({
    defaults: { theme: 'dark' },
    locked: ['theme'],
    message: { nb: 'Bestemt av Digitaliseringsavdelingen.' },
  });
  try {
    await page.goto(preview.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Innstillinger' }).click();
    const appearance = page.getByRole('group', { name: 'Utseende' });
    await expect(page.getByRole('radio', { name: 'Mørkt' })).toBeChecked();
    for (const name of ['Som systemet', 'Lyst', 'Mørkt', 'Høy kontrast']) {
      await expect(page.getByRole('radio', { name })).toBeDisabled();
    }
    await expect(appearance).toContainText(
      'Låst av IT-avdelingen. Bestemt av Digitaliseringsavdelingen.',
    );
    // Language is not locked: the person can still change it.
    await page.getByRole('radio', { name: 'Nynorsk' }).check();
    await expect(page.getByRole('group', { name: 'Utsjånad' })).toContainText(
      'Låst av IT-avdelinga.',
    );
    await expectNoViolations(page, 'settings with a locked theme, in nynorsk');
  } finally {
    await preview.stop();
  }
});

test('a policy that cannot be read fully is announced, and its valid parts still apply', async ({
  page,
}) => {
  const preview = await startUnderPolicy({
    defaults: { language: 'nn', theme: 'purple' },
    locked: ['everything'],
  });
  try {
    await page.goto(preview.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Innstillingar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Innstillingar' })).toBeVisible();
    await expect(
      page.getByText('IT-innstillingane (policy) kunne ikkje lesast heilt.'),
    ).toBeVisible();
    expect(preview.output()).toContain('$.defaults.theme');
    expect(preview.output()).toContain('$.locked[0]: unknown setting "everything"');
  } finally {
    await preview.stop();
  }
});

test('the policy page shows each source, the locks and a refused file, and follows a changed source without a restart', async ({
  page,
}) => {
  const root = mkdtempSync(join(tmpdir(), 'pust-policy-root-'));
  const managed = join(root, 'policies', 'managed');
  mkdirSync(managed, { recursive: true });
  mkdirSync(join(root, 'policies', 'recommended'));
  const writeJson = (path: string, value: unknown) => writeFileSync(path, JSON.stringify(value));
  writeJson(join(managed, '10-it.json'), {
    theme: 'dark',
    workProfile: { endOfDayFirmness: 'strict' },
    message: { nb: 'Spørsmål? Ring brukerstøtte.' },
  });
  writeJson(join(root, 'policies', 'recommended', '20-defaults.json'), {
    workProfile: { lunch: { at: '11:00' } },
  });
  // Anyone on the machine could have written this one: it must not count.
  const anyone = join(managed, '50-anyone.json');
  writeJson(anyone, { journal: { retentionMonths: 1 } });
  chmodSync(anyone, 0o666);

  const preview = await startPreviewProcess({ args: ['--policy', root] });
  try {
    await page.goto(preview.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Innstillinger' }).click();
    await expect(page.getByText('2 innstillinger er låst av IT-avdelingen.')).toBeVisible();
    await page.getByRole('button', { name: 'Vis IT-policyen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'IT-policy' })).toBeFocused();
    await expect(
      page.getByText('Melding fra IT-avdelingen: Spørsmål? Ring brukerstøtte.'),
    ).toBeVisible();

    const itFile = page.getByRole('region', {
      name: `Policyfil i mappe: ${join(managed, '10-it.json')}`,
    });
    await expect(itFile.getByRole('heading')).toHaveText('Policyfil i mappe (brukes)');
    await expect(itFile.getByRole('row', { name: /workProfile\.endOfDayFirmness/ })).toContainText(
      '"strict"LåstJa',
    );
    const refused = page.getByRole('region', { name: `Policyfil i mappe: ${anyone}` });
    await expect(refused.getByRole('heading')).toHaveText('Policyfil i mappe (brukes ikke)');
    await expect(refused).toContainText(
      `ignored: ${anyone} can be changed by every user (mode 0666)`,
    );
    await expect(refused.getByRole('table')).toHaveCount(0);
    const locked = page.getByRole('list', { name: 'Låste innstillinger' });
    await expect(locked).toHaveText(/theme\s*workProfile\.endOfDayFirmness/);
    await expect(page.getByRole('list', { name: 'Også sett etter her, uten funn' })).toContainText(
      `policy.json: ${join(root, 'policy.json')}`,
    );

    await expectNoViolations(page, 'the policy page');

    // IT changes a source while Pust runs: the page follows by itself (a watched folder).
    writeJson(join(managed, '10-it.json'), { theme: 'dark', sounds: false });
    await expect(locked).toHaveText(/theme\s*sounds/, { timeout: 20_000 });
    await expect(itFile.getByRole('row', { name: /workProfile\.endOfDayFirmness/ })).toHaveCount(0);

    // "Read again" reads at once, without waiting for a sign from the folder.
    writeJson(join(root, 'policy.json'), { locked: ['language'] });
    await page.getByRole('button', { name: 'Les inn på nytt' }).click();
    await expect(locked).toHaveText(/theme\s*sounds\s*language/);

    // The Settings view follows too: sounds and language are locked now, the end of day is not.
    await page.getByRole('button', { name: 'Tilbake til innstillingene' }).click();
    await expect(page.getByRole('button', { name: 'Vis IT-policyen' })).toBeFocused();
    await expect(page.getByText('3 innstillinger er låst av IT-avdelingen.')).toBeVisible();
    await expect(
      page.getByRole('checkbox', { name: 'Myk lyd når en pause er over' }),
    ).toBeDisabled();
    await expect(page.getByRole('radio', { name: 'Nynorsk' })).toBeDisabled();
  } finally {
    await preview.stop();
  }
});
