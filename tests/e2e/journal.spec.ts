import type { Page } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { DEV_PANEL, expectNoViolations } from './axe';
import { expect, previewStarter, test } from './fixtures';
import { openJournal } from './journal-view';
import { advance } from './simulate';

/**
 * A Saturday in ISO week 48: no workday prompts cover the page while the journal is driven. The
 * clock stands still (manual): entries are dated by it, and no test here lets time pass.
 */
const NOW = ['--now', '2026-11-28T10:00', '--clock', 'manual'];

const preview = previewStarter(NOW);

const section = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Deler av dagboken' }).getByRole('button', { name });

test('write, search, see the trend, export JSON and import it into a fresh profile', async ({
  page,
}) => {
  const first = await preview();
  await openJournal(page, first.url);

  // A free note, written in the journal view.
  await page.getByLabel('Notat', { exact: true }).fill('Kveldstur langs elva');
  await page.getByLabel('Stikkord (skill med komma)').fill('tur');
  await page.getByRole('button', { name: 'Lagre notatet' }).click();
  await expect(page.getByTestId('journal-message')).toHaveText('Notatet er lagret.');
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 1 av 1 innlegg.');

  // The end-of-day check-in an hour later (the clock stands still unless stepped, and the
  // timeline shows the newest first), saved as the evening ritual saves it (through
  // window.pust.journal): the ritual's own form is driven by the prompts' specs.
  await advance(page, 60);
  const saved = await page.evaluate(() =>
    window.pust!.journal.add({
      entry: {
        kind: 'check-in',
        energy: 4,
        mood: 5,
        stress: 2,
        doneToday: 'Skrev ferdig rapporten om hjemmekontor',
        tomorrowTopThree: ['Lese høringssvar'],
        note: '',
        tags: [],
      },
    }),
  );
  expect(saved.ok).toBe(true);

  // Found by full-text search.
  await page.getByRole('searchbox', { name: 'Søk i dagboken' }).fill('rapporten');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 1 av 1 innlegg.');
  const found = page.getByRole('article');
  await expect(found).toContainText('Skrev ferdig rapporten om hjemmekontor');
  await expect(found).toContainText(/Energi\s*4 av 5/);

  // In the trend: the chart's table alternative shows the week's averages.
  await section(page, 'Utvikling').click();
  await expect(
    page.getByRole('img', {
      name: /Linjediagram over 1 uker\. Siste uke: energi 4, humør 5 og stress 2 av 5\./,
    }),
  ).toBeVisible();
  await page.getByText('Vis som tabell: Energi, humør og stress').click();
  const table = page.getByRole('table', { name: 'Energi, humør og stress' });
  await expect(table.getByRole('row', { name: /Uke 48/ })).toHaveText(/Uke 48.*4.*5.*2.*1/);
  // A Saturday with no work: no break is counted (the day-off notice is not a break), so the
  // break chart says there is nothing to show rather than drawing a made-up bar.
  await expect(page.getByText('Ingen arbeidsdager registrert de siste 12 ukene.')).toBeVisible();

  // Export as JSON, downloaded through the offered link.
  await section(page, 'Eksport og sletting').click();
  await page.getByRole('radio', { name: 'JSON (kan importeres i Pust)' }).check();
  await page.getByRole('button', { name: 'Lag filen' }).click();
  await expect(page.getByText('Filen er klar med 2 innlegg.')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Last ned pust-dagbok-2026-11-28\.json$/ }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('pust-dagbok-2026-11-28.json');
  const file = test.info().outputPath('export.json');
  await download.saveAs(file);
  const json = readFileSync(file, 'utf8');
  expect(json).toContain('Kveldstur langs elva');
  expect(json).toContain('Skrev ferdig rapporten om hjemmekontor');

  // Import into a fresh profile (a second preview process), twice: no duplicates.
  const second = await preview();
  await openJournal(page, second.url);
  await expect(page.getByText(/^Ingen innlegg ennå/)).toBeVisible();
  await section(page, 'Eksport og sletting').click();
  await page.getByLabel('JSON-fil fra Pust').setInputFiles(file);
  await expect(page.getByText('Importert: 2 nye innlegg, 0 fantes fra før.')).toBeVisible();
  await page.getByLabel('JSON-fil fra Pust').setInputFiles(file);
  await expect(page.getByText('Importert: 0 nye innlegg, 2 fantes fra før.')).toBeVisible();
  await section(page, 'Tidslinje').click();
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 2 av 2 innlegg.');
  await expect(page.getByRole('article').nth(0)).toContainText('Skrev ferdig rapporten');
  await expect(page.getByRole('article').nth(1)).toContainText('Kveldstur langs elva');
});

test('without an OS secret store the person chooses, and Settings shows the choice', async ({
  page,
}) => {
  const run = await preview(['--no-secret-store']);
  await openJournal(page, run.url);
  await expect(page.getByText(/Pust fant ikke noe sikkert nøkkellager/)).toBeVisible();
  await expectNoViolations(page, 'journal: needs a decision', { exclude: DEV_PANEL });
  await page.getByRole('radio', { name: 'Krypter med en nøkkelfil ved siden av dagboken' }).check();
  await page.getByRole('button', { name: 'Lagre valget' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Tidslinje' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('button', { name: 'Innstillinger' })
    .click();
  await expect(page.getByTestId('journal-encryption-state')).toHaveText(
    'Dagboken er kryptert med en nøkkelfil som ligger ved siden av den.',
  );
  await expectNoViolations(page, 'settings with the journal section', { exclude: DEV_PANEL });
});

test('delete everything names what goes, and the journal is usable by keyboard', async ({
  page,
}) => {
  const run = await preview();
  await openJournal(page, run.url);
  const note = page.getByLabel('Notat', { exact: true });
  await note.focus();
  await page.keyboard.type('Skrevet med tastaturet');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Lagre notatet' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('journal-message')).toHaveText('Notatet er lagret.');
  // Delete by keyboard, undo by keyboard (focus lands on Undo).
  await page.getByRole('button', { name: /^Slett innlegget fra/ }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Angre slettingen' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('journal-message')).toHaveText('Innlegget er tilbake.');
  await expect(page.getByRole('article')).toContainText('Skrevet med tastaturet');

  await section(page, 'Eksport og sletting').click();
  await page.getByRole('button', { name: 'Slett alt …' }).click();
  await expect(page.getByRole('heading', { name: 'Dette blir slettet' })).toBeFocused();
  await expect(page.getByTestId('journal-delete-summary')).toContainText('1 innlegg i alt');
  await expect(page.getByTestId('journal-delete-summary')).toContainText('Notat: 1');
  await page.getByRole('button', { name: 'Ja, slett alt' }).click();
  await expect(page.getByText('Slettet 1 innlegg.')).toBeVisible();
});

/** Each language's sections, and how it writes the day NOW falls on (Chromium has no nynorsk dates). */
const LOCALES = [
  [
    'nb',
    'Dagbok',
    { timeline: 'Tidslinje', trends: 'Utvikling', data: 'Eksport og sletting' },
    'lørdag 28. november 2026',
  ],
  [
    'nn',
    'Dagbok',
    { timeline: 'Tidsline', trends: 'Utvikling', data: 'Eksport og sletting' },
    'laurdag 28. november 2026',
  ],
] as const;

for (const [locale, navName, names, writtenOn] of LOCALES) {
  test(`the journal view has zero WCAG 2.1 AA violations in ${locale}, light and dark`, async ({
    page,
  }) => {
    const run = await preview();
    await page.goto(run.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.evaluate(async () => {
      const pust = window.pust!;
      await pust.journal.add({
        entry: {
          kind: 'check-in',
          energy: 3,
          mood: 4,
          stress: 3,
          doneToday: 'Planla uka',
          tomorrowTopThree: ['Møte', 'Rapport', 'Tur'],
          note: 'Grei dag',
          tags: ['plan'],
        },
      });
      await pust.journal.add({ entry: { kind: 'note', text: 'Et notat', tags: ['tur'] } });
    });
    for (const theme of ['light', 'dark'] as const) {
      await page.evaluate(
        ([language, colours]) => window.pust!.settings.update({ language, theme: colours }),
        [locale, theme] as const,
      );
      await expect(page.locator('html')).toHaveAttribute('data-color-scheme', theme);
      await page.getByRole('navigation').first().getByRole('button', { name: navName }).click();
      for (const [key, name] of Object.entries(names)) {
        await page.getByRole('navigation').nth(1).getByRole('button', { name }).click();
        if (key === 'trends') {
          await expect(page.getByRole('img').first()).toBeVisible();
          for (const summary of await page.locator('summary').all()) await summary.click();
        }
        if (key === 'timeline') {
          await expect(page.getByRole('article').first()).toContainText(writtenOn);
          await page.getByRole('article').first().getByRole('button').first().click();
        }
        await expectNoViolations(page, `${locale}/${theme}/${key}`, { exclude: DEV_PANEL });
      }
    }
  });
}

test('every journal section reflows at 200 % zoom (640 px) without horizontal scrolling', async ({
  page,
}) => {
  const run = await preview();
  await page.setViewportSize({ width: 640, height: 600 });
  await openJournal(page, run.url);
  await page.getByLabel('Notat', { exact: true }).fill('Smal skjerm');
  await page.getByRole('button', { name: 'Lagre notatet' }).click();
  for (const name of ['Tidslinje', 'Utvikling', 'Eksport og sletting']) {
    await section(page, name).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, name).toBeLessThanOrEqual(0);
  }
});

test('a 10,000-entry journal opens fifty at a time and searches quickly', async ({ page }) => {
  // An export as Pust writes it, with 10,000 notes over about a year and a half.
  const start = Date.parse('2025-06-01T08:00:00Z');
  const entries = Array.from({ length: 10_000 }, (_, n) => {
    const at = new Date(start + n * 80 * 60_000).toISOString().replace('Z', '+00:00');
    return {
      id: `bulk-${n}`,
      createdAt: at,
      editedAt: at,
      timeZone: 'Europe/Oslo',
      tags: [n % 2 ? 'odde' : 'jamn'],
      schemaVersion: 2,
      kind: 'note',
      text: n === 4321 ? 'Den eine med ordet fjellvandring' : `Notat nummer ${n} om arbeidsdagen`,
    };
  });
  const file = test.info().outputPath('big.json');
  writeFileSync(
    file,
    JSON.stringify({
      app: 'pust',
      type: 'journal-export',
      exportVersion: 1,
      exportedAt: '2026-11-28T10:00:00.000+01:00',
      entries,
    }),
  );
  const run = await preview();
  await openJournal(page, run.url);
  await section(page, 'Eksport og sletting').click();
  await page.getByLabel('JSON-fil fra Pust').setInputFiles(file);
  await expect(page.getByText('Importert: 10000 nye innlegg, 0 fantes fra før.')).toBeVisible({
    timeout: 30_000,
  });

  const opened = Date.now();
  await section(page, 'Tidslinje').click();
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 50 av 10000 innlegg.');
  const openMs = Date.now() - opened;
  await expect(page.getByRole('article')).toHaveCount(50);
  await page.getByRole('button', { name: 'Vis flere' }).click();
  await expect(page.getByRole('article')).toHaveCount(100);

  const searched = Date.now();
  await page.getByRole('searchbox', { name: 'Søk i dagboken' }).fill('fjellvandring');
  await page.getByRole('button', { name: 'Søk', exact: true }).click();
  await expect(page.getByTestId('journal-count')).toHaveText('Viser 1 av 1 innlegg.');
  const searchMs = Date.now() - searched;
  await expect(page.getByRole('article')).toContainText('Den eine med ordet fjellvandring');
  // Figures for the report, not timed assertions (benchmarks live in npm run bench).
  test
    .info()
    .annotations.push({ type: 'timing', description: `open ${openMs} ms, search ${searchMs} ms` });
  console.log(`10k journal in the preview: timeline ${openMs} ms, search ${searchMs} ms`);
});
