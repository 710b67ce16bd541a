import { expect, test, type Locator, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES, translate, type MessageLocale } from '../../content/messages';
import { startPreviewAt } from '../support/preview-process';
import { expectNoViolations, LOOKS } from './axe';
import { advanceTo } from './simulate';

/*
 * Issue 18 item 12: the first run, from a fresh profile to a Today that shows the chosen hours, by
 * keyboard alone; and each of its steps looked at and scanned by axe in three languages and themes.
 * Wednesday 25 November 2026, 07:00 in Oslo, on the manual clock: nothing falls due unless stepped.
 */

/** Where the pictures go: test-results unless PUST_SHOTS_DIR names a folder outside the repo. */
const SCREENSHOTS = process.env.PUST_SHOTS_DIR ?? join('test-results', 'first-run');

function firstRunPreview(locale: MessageLocale) {
  return startPreviewAt('2026-11-25T07:00', { locale, firstRun: true });
}

/** Presses Tab until `target` has the focus, as a person moving through the page would. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Replaces a time field's text by typing, one key at a time (Tab has selected what was there). */
async function typeTime(page: Page, field: Locator, keys: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(keys);
}

async function savedProfile(page: Page) {
  return page.evaluate(async () => {
    const result = await window.pust!.settings.get();
    return result.ok ? result.value.values : null;
  });
}

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: a fresh profile goes through the first run by keyboard alone, and Today shows the chosen hours`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const m = MESSAGES[locale];
    const profile = m.settings.profile;
    const preview = await firstRunPreview(locale);
    try {
      await page.goto(preview.url);
      const main = page.getByRole('main');
      const step = (name: string) => main.getByRole('heading', { level: 2, name, exact: true });
      const next = main.getByRole('button', { name: m.firstRun.next, exact: true });

      await expect(main.getByRole('heading', { level: 1, name: m.firstRun.title })).toBeVisible();
      await expect(step(m.firstRun.welcome.heading)).toBeFocused();
      await tabTo(page, next);
      await page.keyboard.press('Enter');

      // The week: the same hours every workday, and Wednesday on hours of its own.
      await expect(step(m.firstRun.hours.heading)).toBeFocused();
      await typeTime(page, main.getByRole('textbox', { name: profile.usualStart }), '0830');
      await typeTime(page, main.getByRole('textbox', { name: profile.usualEnd }), '1600');
      const day = profile.days.wed;
      await tabTo(
        page,
        main.getByRole('checkbox', {
          name: `${profile.ownHours} ${translate(locale, 'settings.profile.ownHoursOn', { day })}`,
        }),
      );
      await page.keyboard.press('Space');
      const start = main.getByRole('textbox', {
        name: translate(locale, 'settings.profile.start', { day }),
      });
      await typeTime(page, start, '0745');
      // Issue 18 item 2: nothing is saved while typing, and the field keeps the focus.
      await expect(start).toBeFocused();
      await expect(start).toHaveValue('0745');
      // The usual hours' save (on leaving that field) may still be on its way; a save from a
      // keystroke here would leave something other than 08:30 for good.
      await expect
        .poll(async () => (await savedProfile(page))?.workProfile.weekdays.wed?.start)
        .toBe('08:30');
      await typeTime(
        page,
        main.getByRole('textbox', { name: translate(locale, 'settings.profile.end', { day }) }),
        '1500',
      );
      await tabTo(page, next);
      await expect(start).toHaveValue('07:45');
      await page.keyboard.press('Enter');

      // Lunch at noon, a strict evening, a leader.
      await expect(step(m.firstRun.lunch.heading)).toBeFocused();
      await typeTime(page, main.getByRole('textbox', { name: profile.lunchAt }), '1200');
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(step(m.firstRun.evening.heading)).toBeFocused();
      await tabTo(page, main.getByRole('radio', { name: profile.firm }));
      await page.keyboard.press('ArrowDown');
      await expect(main.getByRole('radio', { name: profile.strictRest })).toBeChecked();
      await tabTo(page, next);
      await page.keyboard.press('Enter');
      await expect(step(m.firstRun.role.heading)).toBeFocused();
      await tabTo(page, main.getByRole('checkbox', { name: profile.leader }));
      await page.keyboard.press('Space');
      await tabTo(page, next);
      await page.keyboard.press('Enter');

      // Today's plan as core now has it.
      await expect(step(m.firstRun.plan.heading)).toBeFocused();
      const plan = main.getByTestId('first-run-plan');
      await expect(plan).toContainText(
        translate(locale, 'today.plan.hours', { start: '07:45', end: '15:00' }),
      );
      await expect(plan).toContainText(`15:00 ${m.today.kinds['end-of-day']}`);
      await expect(plan).toContainText(m.today.kinds.lunch);
      expect(await savedProfile(page)).toMatchObject({
        firstRunDone: false,
        workProfile: {
          weekdays: {
            mon: { start: '08:30', end: '16:00' },
            wed: { start: '07:45', end: '15:00' },
            fri: { start: '08:30', end: '16:00' },
            sat: null,
          },
          lunch: { at: '12:00' },
          endOfDayFirmness: 'strict',
          leaderMode: true,
        },
      });
      await tabTo(page, main.getByRole('button', { name: m.firstRun.finish }));
      await page.keyboard.press('Enter');

      // Today, with the hours chosen; and the day begins at 07:45 as the clock moves on.
      await expect(main.getByRole('heading', { level: 1, name: m.today.title })).toBeVisible();
      await expect(
        main.getByText(translate(locale, 'today.plan.hours', { start: '07:45', end: '15:00' })),
      ).toBeVisible();
      await expect(main.getByTestId('starts-at')).toHaveText(
        translate(locale, 'today.startsAt', { time: '07:45' }),
      );
      expect((await savedProfile(page))?.firstRunDone).toBe(true);
      await advanceTo(page, '2026-11-25T07:50:00+01:00');
      await expect(main.getByTestId('today-status')).toHaveText(m.today.status.working);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, `${locale}-today-after-first-run.png`) });

      // Opened again, Pust goes straight to Today.
      await page.reload();
      await expect(main.getByRole('heading', { level: 1, name: m.today.title })).toBeVisible();
      await expect(main.getByRole('heading', { name: m.firstRun.title })).toHaveCount(0);
    } finally {
      await preview.stop();
    }
  });
}

for (const [locale, theme] of LOOKS) {
  test(`every step of the first run in ${locale} (${theme}) is photographed and has zero WCAG 2.1 AA violations`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const m = MESSAGES[locale];
    const preview = await firstRunPreview(locale);
    mkdirSync(SCREENSHOTS, { recursive: true });
    try {
      await page.goto(preview.url);
      const main = page.getByRole('main');
      // The setup is on screen (the renderer listens for changes) before the theme is changed.
      await expect(
        main.getByRole('heading', { level: 2, name: m.firstRun.welcome.heading }),
      ).toBeFocused();
      await page.evaluate((name) => window.pust!.settings.update({ theme: name }), theme);
      await expect(page.locator('html')).toHaveAttribute(
        'data-color-scheme',
        theme === 'light' ? 'light' : 'dark',
      );
      const steps = ['welcome', 'hours', 'lunch', 'evening', 'role', 'plan'] as const;
      for (const [index, name] of steps.entries()) {
        await expect(
          main.getByRole('heading', { level: 2, name: m.firstRun[name].heading }),
        ).toBeFocused();
        if (name === 'hours') {
          // A Wednesday of 15.5 hours, so the law's warning is looked at too.
          await page.evaluate(() =>
            window.pust!.settings.update({
              workProfile: { weekdays: { wed: { start: '06:00', end: '21:30' } } },
            }),
          );
          await expect(main.getByTestId('long-day')).toContainText('15');
        }
        await page.screenshot({
          path: join(SCREENSHOTS, `${locale}-${theme}-${index + 1}-${name}.png`),
          fullPage: true,
        });
        await expectNoViolations(page, `${locale}/${theme}/${name}`);
        if (name === 'hours') {
          // Back to an ordinary Wednesday, so the plan pictured is an ordinary day.
          await page.evaluate(() =>
            window.pust!.settings.update({
              workProfile: { weekdays: { wed: { start: '08:00', end: '15:30' } } },
            }),
          );
          await expect(main.getByTestId('long-day')).toBeEmpty();
        }
        if (name !== 'plan') await main.getByRole('button', { name: m.firstRun.next }).click();
      }
    } finally {
      await preview.stop();
    }
  });
}
