import type { Page } from '@playwright/test';
import { MESSAGES } from '../../content/messages';
import { startPreviewAt } from '../support/preview-process';
import { expectNoViolations, LOOKS } from './axe';
import { expect, test } from './fixtures';
import { advanceTo, advanceUntil } from './simulate';

const LOCALES = ['nb', 'nn', 'en'] as const;
const LANGUAGE_NAMES = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' } as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const VIEWS = ['today', 'tools', 'journal', 'settings'] as const;

function mainMenu(page: Page, locale: (typeof LOCALES)[number]) {
  return page.getByRole('navigation', { name: MESSAGES[locale].app.mainNavigation });
}

// One test per locale and theme: each is four axe scans, which a busy machine takes its time over.
for (const locale of LOCALES) {
  for (const theme of THEMES) {
    test(`every view has zero WCAG 2.1 AA violations in ${locale}, ${theme} theme`, async ({
      page,
      preview,
    }) => {
      test.setTimeout(120_000);
      await page.goto(preview.url);
      await mainMenu(page, 'nb').getByRole('button', { name: MESSAGES.nb.nav.settings }).click();
      await page.getByRole('radio', { name: LANGUAGE_NAMES[locale] }).check();
      await mainMenu(page, locale)
        .getByRole('button', { name: MESSAGES[locale].nav.settings })
        .click();
      await page.locator(`#theme-${theme}`).check();
      await expect(page.locator('html')).toHaveAttribute(
        'data-color-scheme',
        theme === 'light' ? 'light' : 'dark',
      );
      for (const view of VIEWS) {
        await mainMenu(page, locale)
          .getByRole('button', { name: MESSAGES[locale].nav[view] })
          .click();
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForTimeout(300); // lazily loaded views and charts settle
        await expectNoViolations(page, `${locale}/${theme}/${view}`);
      }
    });
  }
}

for (const [locale, theme] of LOOKS) {
  test(`every prompt window has zero WCAG 2.1 AA violations in ${locale} (${theme})`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const preview = await startPreviewAt('2026-11-26T07:59:30', { locale });
    try {
      await page.goto(preview.url);
      const promptWindow = page.getByTestId('prompt-window');
      // Micro-breaks every 5 minutes lasting 10 minutes, so the corner card stays long enough to scan.
      await page.evaluate(
        async ([themeName]) => {
          await window.pust!.settings.update({
            theme: themeName as 'light',
            workProfile: {
              microBreak: { everyMinutes: 5, seconds: 600 },
              endOfDayFirmness: 'strict',
            },
          });
        },
        [theme],
      );
      const dialogs = page.locator('[role="dialog"], dialog[open]');
      // The clock stands still while axe scans: the card stays as it is.
      await advanceUntil(
        page,
        async () => (await promptWindow.textContent()) === 'Prompt window: micro-break (mini)',
        { withinMinutes: 30 },
      );
      await expect(dialogs.first()).toBeVisible();
      await expectNoViolations(page, `${locale} micro-break`);
      await dialogs.first().getByRole('button').last().click(); // skip

      // A break window, asked for from Today.
      await page
        .getByRole('main')
        .getByRole('button', { name: MESSAGES[locale].today.actions.takeBreak })
        .click();
      const breakWindow = page.getByRole('dialog', { name: MESSAGES[locale].prompts.break.title });
      await expect(breakWindow).toBeVisible();
      await expectNoViolations(page, `${locale} break`);
      await breakWindow.getByRole('button', { name: MESSAGES[locale].prompts.skip }).click();

      // The end-of-day ritual at 15:30, then the strict rest screen after hours. Back to
      // ordinary micro-breaks (none in the way of the ritual), then the rest of the day passes:
      // each break's countdown ends it before the next.
      await page.evaluate(async () => {
        await window.pust!.settings.update({ workProfile: { microBreak: { enabled: false } } });
      });
      await advanceTo(page, '2026-11-26T15:30:00+01:00');
      const ritual = page.getByRole('dialog', { name: MESSAGES[locale].prompts.ritual.title });
      await expect(ritual).toBeVisible();
      await expectNoViolations(page, `${locale} ritual step 1`);
      await ritual.getByRole('button', { name: MESSAGES[locale].prompts.ritual.next }).click();
      await expectNoViolations(page, `${locale} ritual step 2`);
      for (const scale of ['energy', 'mood', 'stress'] as const) {
        await ritual
          .getByRole('group', { name: MESSAGES[locale].prompts.ritual.step2[scale] })
          .getByLabel('3')
          .check();
      }
      await ritual
        .getByRole('button', { name: MESSAGES[locale].prompts.ritual.step2.save })
        .click();
      await ritual.getByRole('button', { name: MESSAGES[locale].prompts.ritual.next }).click();
      await expectNoViolations(page, `${locale} ritual step 3`);
      await ritual
        .getByRole('button', { name: MESSAGES[locale].prompts.ritual.step3.finish })
        .click();

      const rest = page.getByRole('dialog', { name: MESSAGES[locale].prompts.rest.title });
      await advanceUntil(
        page,
        async () => (await promptWindow.textContent())?.endsWith('(fullscreen)') ?? false,
        { withinMinutes: 60 },
      );
      await expect(rest).toBeVisible();
      await expectNoViolations(page, `${locale} strict rest screen`);
      // The keyboard way out: Tab reaches the "working late" choice and its reason field.
      await rest.getByLabel(MESSAGES[locale].prompts.evening.reason).fill('Frist i morgen');
      await rest
        .getByRole('button', { name: MESSAGES[locale].prompts.evening.workLate })
        .press('Enter');
      await expect(rest).toBeHidden();
    } finally {
      await preview.stop();
    }
  });
}

test('the layout reflows at 200 % zoom without horizontal scrolling', async ({ page, preview }) => {
  await page.setViewportSize({ width: 640, height: 400 });
  await page.goto(preview.url);
  for (const view of VIEWS) {
    await mainMenu(page, 'nb').getByRole('button', { name: MESSAGES.nb.nav[view] }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, view).toBeLessThanOrEqual(0);
  }
});
