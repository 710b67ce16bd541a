import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_PANEL, expectNoViolations } from './axe';
import { expect, previewStarter, test } from './fixtures';
import { openJournal } from './journal-view';

/**
 * Issue 13 in the web preview, with real files: a journal begun where no secret store was
 * available (key file chosen) survives its state.json being damaged, even when the next start
 * has a secret store. Nothing here waits for simulated time to pass.
 */

/** A Saturday: no workday prompts cover the page. */
const NOW = ['--now', '2026-11-28T10:00'];

const preview = previewStarter(NOW);

test('three entries survive a damaged state.json and a start with a secret store', async ({
  page,
}) => {
  const first = await preview(['--no-secret-store']);
  await openJournal(page, first.url);
  await page.getByRole('radio', { name: 'Krypter med en nøkkelfil ved siden av dagboken' }).check();
  await page.getByRole('button', { name: 'Lagre valget' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tidslinje' })).toBeVisible();
  for (const text of ['Mandag: lang dag', 'Tirsdag: god økt', 'Onsdag: tidlig fyrabend']) {
    await page.getByLabel('Notat', { exact: true }).fill(text);
    await page.getByRole('button', { name: 'Lagre notatet' }).click();
    await expect(page.getByTestId('journal-message')).toHaveText('Notatet er lagret.');
    await expect(page.getByRole('article').filter({ hasText: text })).toBeVisible();
  }
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 3 av 3 innlegg.');
  await first.stop();

  const state = join(first.profile, 'state.json');
  expect(readFileSync(state, 'utf8')).toContain('file-key');
  writeFileSync(state, '{"journal.encryptionChoice": "file-k');

  const second = await preview([], first.profile);
  await openJournal(page, second.url);
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 3 av 3 innlegg.');
  for (const text of ['Mandag: lang dag', 'Tirsdag: god økt', 'Onsdag: tidlig fyrabend']) {
    await expect(page.getByRole('article').filter({ hasText: text })).toBeVisible();
  }
  await expect(page.getByTestId('journal-unopened')).toHaveCount(0);
  await expect(page.getByTestId('journal-problem')).toHaveCount(0);

  // The person is told state.json was reset, and where the untouched copy lies.
  const [copy] = readdirSync(first.profile).filter((name) => name.startsWith('state.damaged-'));
  expect(copy).toBeDefined();
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('button', { name: 'Innstillinger' })
    .click();
  await expect(page.getByTestId('store-notice')).toContainText(copy!);
  await expect(page.getByTestId('journal-encryption-state')).toHaveText(
    'Dagboken er kryptert med en nøkkelfil som ligger ved siden av den.',
  );
});

test('a damaged key file: the preview starts, the journal says what is locked and why, without axe violations', async ({
  page,
}) => {
  const first = await preview([]);
  await openJournal(page, first.url);
  await page.getByLabel('Notat', { exact: true }).fill('Skrevet før skaden');
  await page.getByRole('button', { name: 'Lagre notatet' }).click();
  await expect(page.getByTestId('journal-message')).toHaveText('Notatet er lagret.');
  await first.stop();
  const key = join(first.profile, 'journal', 'os-store.key');
  writeFileSync(key, 'pust-journal-key-v1\nkort\n');

  const second = await preview([], first.profile);
  await openJournal(page, second.url);
  await expect(page.getByTestId('journal-problem')).toContainText('Dagboken kan bare leses nå');
  await expect(page.getByTestId('journal-problem')).toContainText(key);
  await expect(page.getByTestId('journal-unopened')).toContainText('1 deler av dagboken er låst');
  await expect(page.getByTestId('journal-count')).toHaveText(/^Ingen innlegg kan vises nå/);
  await expectNoViolations(page, 'journal with a damaged key file', { exclude: DEV_PANEL });
  expect(readFileSync(key, 'utf8')).toBe('pust-journal-key-v1\nkort\n');
});
