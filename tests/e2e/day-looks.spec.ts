import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES } from '../../content/messages';
import { startPreviewAt } from '../support/preview-process';
import { expectNoViolations, LOOKS } from './axe';
import { expect, test } from './fixtures';
import { advanceTo, simulate } from './simulate';

/*
 * Issue 18: the break window and the next morning's Today (with the top three written the evening
 * before), each photographed and scanned by axe in bokmål light, nynorsk dark and English high
 * contrast. Thursday 26 November 2026 in Oslo, on the manual clock.
 */

/** Where the pictures go: test-results unless PUST_SHOTS_DIR names a folder outside the repo. */
const SCREENSHOTS = process.env.PUST_SHOTS_DIR ?? join('test-results', 'day-looks');
const TASKS = ['Send the consultation note to Kari', 'Call Ola', 'Plan the team meeting'];

for (const [locale, theme] of LOOKS) {
  test(`the break window and the next morning in ${locale} (${theme}) are photographed and have zero WCAG 2.1 AA violations`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const m = MESSAGES[locale];
    mkdirSync(SCREENSHOTS, { recursive: true });
    const preview = await startPreviewAt('2026-11-26T07:55');
    try {
      await page.goto(preview.url);
      await expect(
        page.getByRole('heading', { name: MESSAGES.nb.today.title }).first(),
      ).toBeVisible();
      await page.evaluate(
        ([language, name]) =>
          window.pust!.settings.update({ language: language as 'nb', theme: name as 'light' }),
        [locale, theme],
      );
      await expect(page.locator('html')).toHaveAttribute(
        'data-color-scheme',
        theme === 'light' ? 'light' : 'dark',
      );

      await advanceTo(page, '2026-11-26T09:00:00+01:00');
      const dialog = page.getByRole('dialog', { name: m.prompts.break.title });
      await expect(dialog.getByRole('button', { name: m.prompts.startBreak })).toBeVisible();
      await page.screenshot({ path: join(SCREENSHOTS, `${locale}-${theme}-break-window.png`) });
      await expectNoViolations(page, `${locale}/${theme}/break window`);
      await dialog.getByRole('button', { name: m.prompts.startBreak }).click();

      // The evening's top three, as the ritual keeps them; then home, and back the next morning.
      await page.evaluate((tasks) => window.pust!.focus.plan({ tasks }), TASKS);
      await advanceTo(page, '2026-11-26T16:00:00+01:00');
      await simulate(page, { op: 'lock' });
      await advanceTo(page, '2026-11-27T07:55:00+01:00');
      await simulate(page, { op: 'unlock' });
      await advanceTo(page, '2026-11-27T08:00:30+01:00');
      const focus = page.getByTestId('day-focus');
      await expect(focus.getByRole('heading', { name: m.today.focus.heading })).toBeVisible();
      await expect(focus.getByRole('checkbox', { name: TASKS[0] })).toBeVisible();
      await page.screenshot({
        path: join(SCREENSHOTS, `${locale}-${theme}-next-morning.png`),
        fullPage: true,
      });
      await expectNoViolations(page, `${locale}/${theme}/next morning`);
    } finally {
      await preview.stop();
    }
  });
}
