import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { Messages, MessageLocale } from '../../content/messages';
import type { ToolContent, ToolId } from '../../content/tools/schema';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';

// Playwright's loader cannot import JSON modules, so the specs read the content files themselves.
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const MESSAGES = Object.fromEntries(
  (['nb', 'nn', 'en'] as const).map((locale) => [
    locale,
    {
      ...(readJson(`content/locales/${locale}/core.json`) as object),
      ...(readJson(`content/locales/${locale}/tools.json`) as object),
    } as Messages,
  ]),
) as Record<MessageLocale, Messages>;
const loadToolContent = (locale: MessageLocale, toolId: ToolId): ToolContent =>
  readJson(`content/tools/${locale}/${toolId}.json`) as ToolContent;

/** The five tools that take answers (Learn more only links). */
const TOOLS: readonly ToolId[] = [
  'egenomsorg',
  'selvledelse',
  'lyttesamtale',
  'digitale-moter',
  'arbeidsmiljo',
];

async function setUp(page: Page, url: string, locale: MessageLocale, leaderMode = false) {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(
    ([language, leader]) =>
      window.pust!.settings.update({
        language: language as MessageLocale,
        workProfile: { leaderMode: leader as boolean },
      }),
    [locale, leaderMode] as const,
  );
  await page
    .getByRole('navigation')
    .getByRole('button', { name: MESSAGES[locale].nav.tools })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: MESSAGES[locale].tools.title }),
  ).toBeVisible();
}

/**
 * Fills in one tool the way a person would, by role and label taken from the content in that
 * locale: a 4 on the first scale, the first line of a checklist, the first choice or action, a
 * text. Saves, and checks the status and the history table.
 */
async function fillSaveAndSeeHistory(page: Page, locale: MessageLocale, toolId: ToolId) {
  const ui = MESSAGES[locale].tools;
  const tool = loadToolContent(locale, toolId);
  await page.getByRole('button', { name: `${ui.open.replace('{title}', tool.title)}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: tool.title })).toBeFocused();

  const items = tool.sections
    .filter((s) => !s.leaderOnly)
    .flatMap((s) => s.items.filter((i) => !i.leaderOnly));
  const scale = items.find((i) => i.kind === 'scale');
  if (scale?.kind === 'scale') {
    await page.getByRole('group', { name: scale.prompt }).getByRole('radio', { name: '4' }).check();
  }
  const checklist = items.find((i) => i.kind === 'checklist');
  if (checklist?.kind === 'checklist') {
    await page.getByRole('checkbox', { name: checklist.text }).check();
  }
  const choice = items.find((i) => i.kind === 'choice');
  if (choice?.kind === 'choice') {
    await page
      .getByRole('group', { name: choice.prompt })
      .getByLabel(choice.options[0]!.label, { exact: true })
      .check();
  }
  const actions = items.find((i) => i.kind === 'actions');
  if (actions?.kind === 'actions') {
    const group = page.getByRole('group', { name: actions.prompt });
    await group.getByRole('checkbox', { name: actions.options[0]!.label, exact: true }).check();
  }
  const text = items.find((i) => i.kind === 'text' && !i.private);
  if (text?.kind === 'text') {
    await page.getByRole('textbox', { name: text.prompt }).fill(`E2E ${locale} ${toolId}`);
  }

  await page.getByRole('button', { name: ui.save }).click();
  await expect(
    page.getByRole('status').filter({ hasText: ui.saved.split(' {')[0]! }),
  ).toBeVisible();
  const table = page.getByRole('table', { name: ui.history.caption });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader')).toHaveCount(2);
  if (scale?.kind === 'scale') {
    await expect(table.getByRole('cell').first()).toContainText(
      // One decimal always, with the locale's decimal mark: 4,0 in nb and nn.
      ui.summary.average.replace('{value}', locale === 'en' ? '4.0' : '4,0'),
    );
  }
  if (text?.kind === 'text') await expect(table).toContainText(`E2E ${locale} ${toolId}`);

  await page.getByRole('button', { name: ui.back }).click();
  await expect(
    page.getByRole('button', { name: ui.open.replace('{title}', tool.title) }),
  ).toBeFocused();
}

for (const locale of ['nb', 'nn', 'en'] as const) {
  test(`each of the five tools can be filled in, saved and seen in history in ${locale}`, async ({
    page,
    preview,
  }) => {
    await setUp(page, preview.url, locale);
    for (const toolId of TOOLS) await fillSaveAndSeeHistory(page, locale, toolId);
    // The saved results are in the journal, as tool results.
    const list = await page.evaluate(() =>
      window.pust!.journal.list({ kind: 'tool-result', limit: 50 }),
    );
    expect(
      list.ok && list.value.entries.map((e) => e.kind === 'tool-result' && e.toolId).sort(),
    ).toEqual([...TOOLS].sort());
  });
}

test('a tool works in English too, and says what to fix before saving', async ({
  page,
  preview,
}) => {
  await setUp(page, preview.url, 'en');
  await page.getByRole('button', { name: 'Open Self-care check' }).click();
  await page.getByRole('button', { name: 'Save to journal' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Answer at least one question before you save.',
  );
  await expect(page.getByRole('alert')).toBeFocused();
  await page.getByRole('button', { name: 'Back to the tools' }).click();
  await fillSaveAndSeeHistory(page, 'en', 'arbeidsmiljo');
});

test('leader mode keeps a private team list in the listening conversation (nynorsk)', async ({
  page,
  preview,
}) => {
  await setUp(page, preview.url, 'nn', true);
  await page.getByRole('button', { name: 'Opne Lyttesamtalen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Teamet ditt' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Namn' }).fill('Kari');
  await page.getByRole('textbox', { name: 'Namn' }).press('Enter');
  await expect(page.getByRole('heading', { level: 3, name: 'Kari' })).toBeVisible();
  await page.getByLabel('Dato for samtale med Kari').fill('2026-09-01');
  await page.getByRole('button', { name: 'Lagre dato for Kari' }).click();
  await expect(page.getByText(/veker sidan du hadde ein lyttesamtale med Kari/)).toBeVisible();
  // Chromium has no nynorsk date data; the date must still be Norwegian, not "September 1, 2026".
  await expect(page.getByText(/1\. september 2026/).first()).toBeVisible();
  await page.getByRole('button', { name: 'Snakka i dag med Kari' }).click();
  await expect(page.getByText(/veker sidan du hadde ein lyttesamtale med Kari/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Fjern Kari' }).click();
  await page.getByRole('button', { name: 'Ja, fjern' }).click();
  await expect(page.getByText('Ingen på lista enno.')).toBeVisible();
});

// One test per locale and theme: each is a dozen axe scans, which a busy machine takes its time over.
for (const locale of ['nb', 'nn', 'en'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`the tools home and every tool have zero WCAG 2.1 AA violations in ${locale}, ${theme}`, async ({
      page,
      preview,
    }) => {
      // Ample for a machine with both cores busy: the scans are real work, not waiting.
      test.setTimeout(180_000);
      await setUp(page, preview.url, locale, true);
      const ui = MESSAGES[locale].tools;
      // A team member and a saved result, so the team list and the history table are scanned too.
      await page.evaluate(() => window.pust!.team.add({ name: 'Kari' }));
      await page.evaluate((next) => window.pust!.settings.update({ theme: next }), theme);
      await expect(page.locator('html')).toHaveAttribute('data-color-scheme', theme);
      await expectNoViolations(page, `${locale}/${theme}/home`);
      for (const toolId of [...TOOLS, 'les-mer'] as const) {
        const tool = loadToolContent(locale, toolId);
        await page.getByRole('button', { name: ui.open.replace('{title}', tool.title) }).click();
        await expect(page.getByRole('heading', { level: 1, name: tool.title })).toBeVisible();
        if (toolId === 'egenomsorg') {
          if (theme === 'light') {
            // The validation messages.
            await page.getByRole('button', { name: ui.save }).click();
            await expect(page.getByRole('alert')).toBeVisible();
            await expectNoViolations(page, `${locale}/${theme}/${toolId}/invalid`);
          }
          // After a save, the history table.
          await page.getByRole('radio', { name: '4' }).first().check();
          const actions = tool.sections.flatMap((s) => s.items).find((i) => i.kind === 'actions');
          if (actions?.kind === 'actions') {
            await page
              .getByRole('group', { name: actions.prompt })
              .getByRole('checkbox')
              .first()
              .check();
          }
          await page.getByRole('button', { name: ui.save }).click();
          await expect(page.getByRole('table', { name: ui.history.caption })).toBeVisible();
        }
        await expectNoViolations(page, `${locale}/${theme}/${toolId}`);
        await page.getByRole('button', { name: ui.back }).click();
      }
    });
  }
}

test('the Tools view reflows at 640 px without sideways scrolling', async ({ page, preview }) => {
  await page.setViewportSize({ width: 640, height: 600 });
  await setUp(page, preview.url, 'nb', true);
  await page.evaluate(() => window.pust!.team.add({ name: 'Kari Nordmann' }));
  for (const title of ['Egenomsorg: en rask sjekk', 'Lyttesamtalen']) {
    await page.getByRole('button', { name: `Åpne ${title}` }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, title).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Tilbake til verktøyene' }).click();
  }
});
