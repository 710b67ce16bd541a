import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { startPreviewProcess } from '../support/preview-process';
import { expect, test } from './fixtures';

function policyFile(policy: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'pust-policy-')), 'policy.json');
  writeFileSync(file, JSON.stringify(policy));
  return file;
}

test('settings an admin locks are shown as locked, with the IT message, and cannot be changed', async ({
  page,
}) => {
  const preview = await startPreviewProcess({
    args: [
      '--clock',
      'manual',
      '--policy',
      policyFile({
        defaults: { theme: 'dark' },
        locked: ['theme'],
        message: { nb: 'Bestemt av Digitaliseringsavdelingen.' },
      }),
    ],
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
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  } finally {
    await preview.stop();
  }
});

test('a policy that cannot be read fully is announced, and its valid parts still apply', async ({
  page,
}) => {
  const preview = await startPreviewProcess({
    args: [
      '--clock',
      'manual',
      '--policy',
      policyFile({ defaults: { language: 'nn', theme: 'purple' }, locked: ['everything'] }),
    ],
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
