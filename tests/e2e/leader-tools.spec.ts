import type { Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import type { Messages, MessageLocale } from '../../content/messages';
import type { ToolContent, ToolId } from '../../content/tools/schema';
import { startPreviewAt } from '../support/preview-process';
import { expect, test } from './fixtures';
import { advanceTo, simulate } from './simulate';

/**
 * Issue 18, items 3, 5, 13, 14 and 15 in the preview, as a person meets them in bokmål and nynorsk: a leader's
 * listening conversation that marks the person as talked to in the team list (and the rhythm's
 * reminder that comes back, naming nobody); a tool result copied as text and printed to PDF; and a
 * result in the journal and its Markdown export, in the person's words and the tool's labels.
 */

// Playwright's loader cannot import JSON modules, so the spec reads the content files itself.
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const MESSAGES = Object.fromEntries(
  (['nb', 'nn'] as const).map((locale) => [
    locale,
    {
      ...(readJson(`content/locales/${locale}/core.json`) as object),
      ...(readJson(`content/locales/${locale}/tools.json`) as object),
      ...(readJson(`content/locales/${locale}/journal.json`) as object),
    } as Messages,
  ]),
) as Record<'nb' | 'nn', Messages>;
const toolContent = (locale: MessageLocale, toolId: ToolId): ToolContent =>
  readJson(`content/tools/${locale}/${toolId}.json`) as ToolContent;

/** A message with its {placeholders} filled in, as the app shows it. */
const fill = (text: string, params: Record<string, string | number> = {}): string =>
  Object.entries(params).reduce(
    (out, [key, value]) => out.replaceAll(`{${key}}`, String(value)),
    text,
  );

/** The part of a message before its first placeholder ("Lagret i dagboka {time}." → "Lagret i dagboka"). */
const lead = (text: string): string => text.split(' {')[0]!;

/** One item of a tool's content, by id (typed by its kind). */
function itemOf<K extends ToolContent['sections'][number]['items'][number]['kind']>(
  tool: ToolContent,
  id: string,
  kind: K,
): Extract<ToolContent['sections'][number]['items'][number], { kind: K }> {
  const item = tool.sections.flatMap((section) => section.items).find((i) => i.id === id);
  if (!item || item.kind !== kind) throw new Error(`${tool.id} has no ${kind} item ${id}`);
  return item as Extract<ToolContent['sections'][number]['items'][number], { kind: K }>;
}

async function openTool(page: Page, locale: 'nb' | 'nn', toolId: ToolId): Promise<void> {
  const words = MESSAGES[locale];
  await page.getByRole('navigation').getByRole('button', { name: words.nav.tools }).click();
  const title = toolContent(locale, toolId).title;
  await page.getByRole('button', { name: fill(words.tools.open, { title }) }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: a leader's listening conversation marks the person as talked to, and the rhythm brings a reminder that names nobody`, async ({
    page,
  }) => {
    const words = MESSAGES[locale];
    const team = words.tools.team;
    const tool = toolContent(locale, 'lyttesamtale');
    const preview = await startPreviewAt('2026-11-26T09:00', { locale });
    try {
      await page.goto(preview.url);
      await expect(page.getByRole('heading', { level: 1, name: words.nav.today })).toBeVisible();

      // Leader mode, as the person chooses it in Settings.
      await page.getByRole('navigation').getByRole('button', { name: words.nav.settings }).click();
      await page.getByRole('checkbox', { name: words.settings.profile.leader }).check();
      await expect(
        page.getByRole('checkbox', { name: words.settings.profile.leader }),
      ).toBeChecked();

      await openTool(page, locale, 'lyttesamtale');
      const teamRegion = tool.sections.find((section) => section.id === 'teamet-ditt')!.title;
      const teamSection = page.getByRole('region', { name: teamRegion });
      await expect(teamSection).toBeVisible();
      // A conversation every other week.
      await teamSection
        .getByRole('combobox', { name: team.rhythm })
        .selectOption({ label: fill(team.rhythmWeeks, { weeks: 2 }) });
      await expect(teamSection.getByRole('status')).toHaveText(
        fill(team.rhythmSaved, { weeks: 2 }),
      );

      await teamSection.getByRole('textbox', { name: team.name }).fill('Kari Nordmann');
      await teamSection.getByRole('button', { name: team.add, exact: true }).click();
      const kari = teamSection.getByRole('listitem').filter({
        has: page.getByRole('heading', { level: 3, name: 'Kari Nordmann' }),
      });
      await expect(kari).toContainText(team.never);
      await expect(kari).toContainText(fill(team.neverReminder, { name: 'Kari Nordmann' }));

      // The conversation: who it was with, a tick, and the leader's own note.
      const withWhom = itemOf(tool, 'samtale-med', 'team-member');
      await page.getByRole('combobox', { name: withWhom.prompt }).selectOption('Kari Nordmann');
      await page
        .getByRole('checkbox', { name: itemOf(tool, 'sett-av-tid', 'checklist').text })
        .check();
      await page
        .getByRole('textbox', { name: itemOf(tool, 'notater', 'text').prompt })
        .fill('Kari er sliten. Avtalt: møtefri fredag.');
      await page.getByRole('button', { name: words.tools.save }).click();
      await expect(
        page.getByRole('status').filter({ hasText: lead(words.tools.saved) }),
      ).toContainText(fill(team.talkedSaved, { name: 'Kari Nordmann' }));

      // The team list follows: talked to today, and no longer due.
      await expect(kari).toContainText(fill(team.last, { date: '26. november 2026' }));
      await expect(kari).not.toContainText(team.never);
      await expect(kari).not.toContainText(fill(team.neverReminder, { name: 'Kari Nordmann' }));
      await expect(kari.locator('.reminder')).toHaveCount(0);

      const notices = page.getByTestId('dev-panel').getByTestId('notifications');
      // Home for the night; 13 days later the conversation is not due yet: no reminder.
      await simulate(page, { op: 'lock' });
      await advanceTo(page, '2026-12-09T07:55:00+01:00');
      await simulate(page, { op: 'unlock' });
      await advanceTo(page, '2026-12-09T08:00:30+01:00');
      await expect(notices).not.toContainText(team.notifyTitle);
      // The 14th day: at the start of the workday, one reminder, naming nobody.
      await simulate(page, { op: 'lock' });
      await advanceTo(page, '2026-12-10T07:55:00+01:00');
      await simulate(page, { op: 'unlock' });
      await advanceTo(page, '2026-12-10T08:00:30+01:00');
      const reminder = notices.getByRole('listitem').filter({ hasText: team.notifyTitle });
      await expect(reminder).toHaveCount(1);
      await expect(reminder).toContainText(team.notifyOne);
      await expect(notices).not.toContainText('Kari');

      // The team list, opened afresh, says who is due: there, and only there, by name.
      await page.getByRole('button', { name: words.tools.back }).click();
      await openTool(page, locale, 'lyttesamtale');
      await expect(
        page
          .getByRole('region', { name: teamRegion })
          .getByText(
            fill(itemOf(tool, 'paminnelse', 'reminder').text, { weeks: 2, name: 'Kari Nordmann' }),
          ),
      ).toBeVisible();
    } finally {
      await preview.stop();
    }
  });
}

/**
 * The self-care check filled in as a person might: two scales (an average of 2,5, written with a
 * comma), two early signs, a suggested action and one of their own, and a private line about whom
 * to talk to. Saves it and returns the place where the saved result is shown under the form.
 */
async function saveSelfCare(page: Page, locale: 'nb' | 'nn') {
  const words = MESSAGES[locale];
  const tool = toolContent(locale, 'egenomsorg');
  await openTool(page, locale, 'egenomsorg');
  await page
    .getByRole('group', { name: itemOf(tool, 'sovn', 'scale').prompt })
    .getByRole('radio', { name: '2' })
    .check();
  await page
    .getByRole('group', { name: itemOf(tool, 'mat', 'scale').prompt })
    .getByRole('radio', { name: '3' })
    .check();
  const signs = itemOf(tool, 'tegn', 'choice');
  for (const id of ['e-post-om-kvelden', 'kroppen-sier-fra']) {
    await page
      .getByRole('group', { name: signs.prompt })
      .getByRole('checkbox', { name: signs.options.find((o) => o.id === id)!.label, exact: true })
      .check();
  }
  const actions = itemOf(tool, 'tiltak', 'actions');
  const actionGroup = page.getByRole('group', { name: actions.prompt });
  await actionGroup
    .getByRole('checkbox', {
      name: actions.options.find((o) => o.id === 'tur-i-dagslys')!.label,
      exact: true,
    })
    .check();
  await actionGroup
    .getByRole('textbox', { name: actions.customPrompt! })
    .fill('Frokost ute med ungene på lørdag');
  await page
    .getByRole('textbox', { name: itemOf(tool, 'hvem-og-nar', 'text').prompt })
    .fill('Ola, etter lunsj på fredag');
  await page.getByRole('button', { name: words.tools.save }).click();
  await expect(page.getByRole('status').filter({ hasText: lead(words.tools.saved) })).toBeVisible();
  const result = page.getByRole('region', { name: words.tools.result.title });
  return { tool, result, signs, actions };
}

/** The self-care check saved (see saveSelfCare), then the journal opened; the words to look for. */
async function selfCareInJournal(page: Page, url: string, locale: 'nb' | 'nn') {
  const words = MESSAGES[locale];
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: words.nav.today })).toBeVisible();
  const { tool, signs, actions } = await saveSelfCare(page, locale);
  await page.getByRole('navigation').getByRole('button', { name: words.nav.journal }).click();
  await expect(page.getByRole('heading', { level: 1, name: words.nav.journal })).toBeVisible();
  return {
    tool,
    body: tool.sections.find((section) => section.id === 'kropp')!,
    sleep: `${itemOf(tool, 'sovn', 'scale').prompt} ${fill(words.tools.result.scaleValue, { value: 2 })}`,
    email: signs.options.find((o) => o.id === 'e-post-om-kvelden')!.label,
    walk: actions.options.find((o) => o.id === 'tur-i-dagslys')!.label,
  };
}

/** The ids behind the self-care answers saveSelfCare gives: a readable result shows none of them. */
const SELF_CARE_KEYS = [
  'sovn:',
  'mat:',
  'tegn:',
  'tiltak:',
  'e-post-om-kvelden',
  'kroppen-sier-fra',
  'tur-i-dagslys',
  'hvem-og-nar',
];

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: a tool result copied as text reads in the person's words and the tool's labels`, async ({
    page,
    context,
  }) => {
    const words = MESSAGES[locale];
    const share = words.tools.result;
    const preview = await startPreviewAt('2026-11-26T10:00', { locale });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(preview.url).origin,
      });
      await page.goto(preview.url);
      await expect(page.getByRole('heading', { level: 1, name: words.nav.today })).toBeVisible();
      // Something else on the clipboard first, so a copy that did nothing cannot pass.
      await page.evaluate(() => navigator.clipboard.writeText('tom'));
      const { tool, result, signs, actions } = await saveSelfCare(page, locale);
      const body = tool.sections.find((section) => section.id === 'kropp')!;

      await result.getByRole('button', { name: new RegExp(`^${lead(share.copyLabel)}`) }).click();
      await expect(result.getByRole('status')).toHaveText(share.copied);
      const text = await readClipboard(page);
      expect(text.split('\n')[0]).toBe(tool.title);
      expect(text).toContain(lead(share.savedAt));
      // The section, its average with a comma and what it suggests.
      expect(text).toContain(body.title);
      expect(text).toContain(`${fill(share.average, { value: '2,5' })}. ${body.reading!.middle}`);
      // The tool's own questions and labels, and the person's own words.
      expect(text).toContain(
        `${itemOf(tool, 'sovn', 'scale').prompt} ${fill(share.scaleValue, { value: 2 })}`,
      );
      for (const id of ['e-post-om-kvelden', 'kroppen-sier-fra']) {
        expect(text).toContain(signs.options.find((o) => o.id === id)!.label);
      }
      expect(text).toContain(actions.options.find((o) => o.id === 'tur-i-dagslys')!.label);
      expect(text).toContain('Frokost ute med ungene på lørdag');
      expect(text).toContain(share.source);
      // No internal keys.
      for (const key of SELF_CARE_KEYS) {
        expect(text, key).not.toContain(key);
      }
      // The private line stays out of a copy until the person asks for it.
      expect(text).not.toContain('Ola, etter lunsj på fredag');
      await result.getByRole('checkbox', { name: share.includePrivate }).check();
      await page.evaluate(() => navigator.clipboard.writeText('tom'));
      await result.getByRole('button', { name: new RegExp(`^${lead(share.copyLabel)}`) }).click();
      await expect.poll(() => readClipboard(page)).toContain('Ola, etter lunsj på fredag');
      expect(await readClipboard(page)).toContain(itemOf(tool, 'hvem-og-nar', 'text').prompt);
    } finally {
      await preview.stop();
    }
  });
}

/** The text of every page of a PDF file, each line's pieces joined, lines by single spaces. */
async function pdfText(path: string): Promise<string> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)) }).promise;
  let text = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) {
      if ('str' in item) text += item.str + (item.hasEOL ? ' ' : '');
    }
    text += ' ';
  }
  await pdf.destroy();
  return text.replace(/\s+/g, ' ');
}

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: a tool result printed to PDF holds the result's words and nothing else on the page`, async ({
    page,
  }, testInfo) => {
    const words = MESSAGES[locale];
    const share = words.tools.result;
    const tool = toolContent(locale, 'lyttesamtale');
    const preview = await startPreviewAt('2026-11-26T10:00', { locale });
    try {
      await page.goto(preview.url);
      await expect(page.getByRole('heading', { level: 1, name: words.nav.today })).toBeVisible();
      await openTool(page, locale, 'lyttesamtale');
      const before = tool.sections.find((section) => section.id === 'for')!;
      const tick = itemOf(tool, 'sett-av-tid', 'checklist').text;
      await page.getByRole('checkbox', { name: tick }).check();
      const note = itemOf(tool, 'notater', 'text');
      await page
        .getByRole('textbox', { name: note.prompt })
        .fill('Ola er sliten etter flyttingen. Avtalt: møtefri fredag.');
      await page.getByRole('button', { name: words.tools.save }).click();
      const result = page.getByRole('region', { name: share.title });
      await expect(result).toBeVisible();
      // The note is the leader's own: in the print only when asked for.
      await result.getByRole('checkbox', { name: share.includePrivate }).check();

      // Headless Chromium has no print dialog: record the call the print button makes instead.
      await page.evaluate(() => {
        const calls = window as unknown as { printCalls: number };
        calls.printCalls = 0;
        window.print = () => {
          calls.printCalls += 1;
        };
      });
      await result.getByRole('button', { name: new RegExp(`^${lead(share.printLabel)}`) }).click();
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls))
        .toBe(1);
      // The sheet the button put on the page for the print dialog, printed as the dialog would.
      const sheet = page.locator('body > .print-sheet');
      await expect(sheet).toHaveCount(1);
      await page.emulateMedia({ media: 'print' });
      await expect(sheet).toBeVisible();
      const path = testInfo.outputPath(`${locale}-lyttesamtalen.pdf`);
      await page.pdf({ path });
      expect(existsSync(path)).toBe(true);

      const text = await pdfText(path);
      expect(text).toContain(tool.title);
      expect(text).toContain(lead(share.savedAt));
      expect(text).toContain(before.title);
      expect(text).toContain(tick);
      expect(text).toContain('Ola er sliten etter flyttingen. Avtalt: møtefri fredag.');
      expect(text).toContain(share.source);
      // Only the result: not the menu, the form, the share buttons or the dev panel.
      for (const elsewhere of [
        words.nav.settings,
        words.tools.save,
        share.actions,
        share.copy,
        tool.intro,
        'Simulated clock',
      ]) {
        expect(text, elsewhere).not.toContain(elsewhere);
      }

      // When the print dialog closes, the sheet leaves the page.
      await page.emulateMedia({ media: 'screen' });
      await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await expect(sheet).toHaveCount(0);
    } finally {
      await preview.stop();
    }
  });
}

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: a tool result reads in the person's words in the journal`, async ({ page }) => {
    const words = MESSAGES[locale];
    const preview = await startPreviewAt('2026-11-26T10:00', { locale });
    try {
      // Item 3: the journal entry shows what was written, under the tool's own questions.
      const { tool, body, sleep, email, walk } = await selfCareInJournal(page, preview.url, locale);
      const entry = page.getByRole('article').filter({ hasText: tool.title });
      await expect(entry).toHaveCount(1);
      for (const shown of [
        sleep,
        `${fill(words.tools.result.average, { value: '2,5' })}. ${body.reading!.middle}`,
        email,
        walk,
        'Frokost ute med ungene på lørdag',
        itemOf(tool, 'hvem-og-nar', 'text').prompt,
        'Ola, etter lunsj på fredag',
      ]) {
        await expect(entry, shown).toContainText(shown);
      }
      await expect(entry).not.toContainText('sovn');
      await expect(entry).not.toContainText('e-post-om-kvelden');
    } finally {
      await preview.stop();
    }
  });
}

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: a tool result exported as Markdown reads in the tool's labels, with a decimal comma`, async ({
    page,
  }) => {
    const words = MESSAGES[locale];
    const exporting = words.journal.data.export;
    const preview = await startPreviewAt('2026-11-26T10:00', { locale });
    try {
      const { tool, body, sleep, email, walk } = await selfCareInJournal(page, preview.url, locale);
      // Item 5: the "readable" export is readable.
      await page
        .getByRole('navigation', { name: words.journal.sections.label })
        .getByRole('button', { name: words.journal.sections.data })
        .click();
      await page.getByRole('radio', { name: exporting.md }).check();
      await page.getByRole('button', { name: exporting.make }).click();
      await expect(page.getByText(fill(exporting.ready, { count: 1 }))).toBeVisible();
      const fileName = 'pust-dagbok-2026-11-26.md';
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: fill(exporting.download, { file: fileName }) }).click(),
      ]);
      const path = test.info().outputPath(`${locale}-${fileName}`);
      await download.saveAs(path);
      const markdown = readFileSync(path, 'utf8');
      expect(markdown).toContain(`## 2026-11-26 10:00 – ${tool.title}`);
      expect(markdown).toContain(`### ${body.title}`);
      expect(markdown).toContain(fill(words.tools.result.average, { value: '2,5' }));
      for (const readable of [sleep, email, walk, 'Frokost ute med ungene på lørdag']) {
        expect(markdown, readable).toContain(readable);
      }
      expect(markdown).toContain('Ola, etter lunsj på fredag');
      for (const key of [
        ...SELF_CARE_KEYS,
        '2.5',
        fill(words.journal.entry.tool, { tool: 'egenomsorg' }),
      ]) {
        expect(markdown, key).not.toContain(key);
      }
    } finally {
      await preview.stop();
    }
  });
}
