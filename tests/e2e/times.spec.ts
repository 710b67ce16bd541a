import { chromium, type Page } from '@playwright/test';
import { MESSAGES, translate, type MessageLocale } from '../../content/messages';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumArgsFor, findChromium } from '../support/chromium';
import { startPreviewProcess } from '../support/preview-process';
import { expect, test } from './fixtures';
import { simulate } from './simulate';

/*
 * Times in a Norwegian interface read 24-hour HH:MM wherever Pust shows or asks for one. The
 * browser is launched here rather than by the fixture, so each test picks Chromium's language:
 * as Electron starts it for Pust's language (--lang), or as a machine set to American English
 * would, which is where "09:00 AM … 04:30 PM" came from.
 */

const HH_MM = /^\d{2}:\d{2}$/;

/** A message with its {time} as a pattern: "Lagret i dagboka 08:01." */
function withTime(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace('TIME', '\\d{2}:\\d{2}')}$`);
}

async function launch(args: string[]) {
  const browser = await chromium.launch({ executablePath: findChromium(), args });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  return { browser, page };
}

/** No 12-hour clock anywhere on the page, and every h:mm written with two-digit hours. */
async function expectOnlyTwentyFourHourTimes(page: Page, where: string): Promise<void> {
  const texts = await page.evaluate(() => [
    document.body.innerText,
    ...[...document.querySelectorAll('input')].map((input) => input.value),
  ]);
  const all = texts.join('\n');
  expect(all, where).not.toMatch(/\b(?:AM|PM|a\.m\.|p\.m\.)\b/i);
  for (const time of all.match(/(?<![\d:])\d{1,2}:\d{2}(?![\d:])/g) ?? []) {
    expect(time, `${where}: ${time}`).toMatch(HH_MM);
  }
}

function mainMenu(page: Page, locale: MessageLocale) {
  return page.getByRole('navigation', { name: MESSAGES[locale].app.mainNavigation });
}

async function openView(page: Page, locale: MessageLocale, view: keyof typeof MESSAGES.nb.nav) {
  await mainMenu(page, locale).getByRole('button', { name: MESSAGES[locale].nav[view] }).click();
}

/**
 * Every time field of Settings, by its label, with flexitime and summer hours switched on and
 * Wednesday on hours of its own.
 */
function timeFieldLabels(locale: MessageLocale): string[] {
  const profile = MESSAGES[locale].settings.profile;
  return [
    profile.usualStart,
    profile.usualEnd,
    translate(locale, 'settings.profile.start', { day: profile.days.wed }),
    translate(locale, 'settings.profile.end', { day: profile.days.wed }),
    profile.lunchAt,
    profile.summerEnd,
    profile.flexStart,
    profile.flexEnd,
  ];
}

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: every time shown or typed reads 24-hour HH:MM (Chromium started with --lang as Electron starts it)`, async () => {
    test.setTimeout(240_000);
    const preview = await startPreviewProcess({
      // Thursday, just before work: nothing is due while the views are checked.
      args: ['--now', '2026-11-26T07:58', '--tz', 'Europe/Oslo', '--locale', locale],
    });
    const { browser, page } = await launch(chromiumArgsFor(locale));
    const m = MESSAGES[locale];
    try {
      await page.goto(preview.url);

      // Today: the clock by the date, working hours, the plan, tonight's rest boundary.
      await expect(page.getByRole('heading', { level: 1, name: m.today.title })).toBeVisible();
      await expect(
        page.getByText(translate(locale, 'today.plan.hours', { start: '08:00', end: '15:30' })),
      ).toBeVisible();
      await expect(page.getByTestId('plan')).toContainText('11:30');
      await expect(page.getByTestId('rest-boundary')).toHaveText(
        translate(locale, 'today.rest.boundary', { latestStop: '21:00', nextStart: '08:00' }),
      );
      await expect(page.locator('.today__date')).toContainText(/· \d{2}:\d{2}$/);
      await expectOnlyTwentyFourHourTimes(page, `${locale} today`);

      // Settings: every time field shows HH:MM, and typed times are read and saved as HH:MM.
      await page.evaluate(() =>
        window.pust!.settings.update({
          workProfile: { summerHours: { enabled: true }, flexitime: { enabled: true } },
        }),
      );
      await openView(page, locale, 'settings');
      await page
        .getByRole('checkbox', {
          name: `${m.settings.profile.ownHours} ${translate(locale, 'settings.profile.ownHoursOn', { day: m.settings.profile.days.wed })}`,
        })
        .check();
      expect(await page.locator('input[type="time"]').count()).toBe(0);
      for (const label of timeFieldLabels(locale)) {
        await expect(page.getByRole('textbox', { name: label, exact: true })).toHaveValue(HH_MM);
      }
      // Issue 18 item 2: "0745" typed key by key into "Start onsdag" is read once, when the field
      // is left; while typing, nothing is saved and the field keeps the focus and every digit.
      const wednesday = page.getByRole('textbox', {
        name: timeFieldLabels(locale)[2],
        exact: true,
      });
      await wednesday.click();
      await page.keyboard.press('Control+A');
      for (const key of '0745') {
        await page.keyboard.press(key);
        await expect(wednesday).toBeFocused();
      }
      await expect(wednesday).toHaveValue('0745');
      await page.keyboard.press('Tab');
      await expect(wednesday).toHaveValue('07:45');
      await expect(
        page.getByRole('textbox', { name: timeFieldLabels(locale)[3], exact: true }),
      ).toBeFocused();
      // Every workday's end at once (the start stays: Friday's 08:00 decides tonight's rest below).
      const everyEnd = page.getByRole('textbox', { name: timeFieldLabels(locale)[1], exact: true });
      await everyEnd.fill('1600');
      await everyEnd.press('Tab');
      await expect(everyEnd).toHaveValue('16:00');
      const lunch = page.getByRole('textbox', { name: m.settings.profile.lunchAt, exact: true });
      await lunch.fill('12.15');
      await lunch.press('Enter');
      await expect(lunch).toHaveValue('12:15');
      await expect
        .poll(() =>
          page.evaluate(async () => {
            const result = await window.pust!.settings.get();
            return result.ok ? result.value.values.workProfile : null;
          }),
        )
        .toMatchObject({
          weekdays: {
            mon: { start: '08:00', end: '16:00' },
            wed: { start: '07:45', end: '15:30' },
            fri: { start: '08:00', end: '16:00' },
          },
          lunch: { at: '12:15' },
        });
      await expectOnlyTwentyFourHourTimes(page, `${locale} settings`);

      // Tools: the time a result was saved, and the history of results.
      await openView(page, locale, 'tools');
      // Read as data: Playwright's loader cannot import the tool schema's JSON modules.
      const meetings = JSON.parse(
        readFileSync(`content/tools/${locale}/digitale-moter.json`, 'utf8'),
      ) as { title: string; sections: { items: { text: string }[] }[] };
      await page
        .getByRole('button', { name: translate(locale, 'tools.open', { title: meetings.title }) })
        .click();
      await page.getByRole('checkbox', { name: meetings.sections[0]!.items[0]!.text }).check();
      await page.getByRole('button', { name: m.tools.save, exact: true }).click();
      await expect(
        page.getByText(withTime(translate(locale, 'tools.saved', { time: 'TIME' }))),
      ).toBeVisible();
      await expect(
        page.getByRole('columnheader', { name: /26\. nov\. 2026 \d{2}:\d{2}/ }),
      ).toBeVisible();
      await expectOnlyTwentyFourHourTimes(page, `${locale} tools`);

      // Journal: the entry's time.
      await openView(page, locale, 'journal');
      await expect(
        page.getByText(/torsdag 26\. november 2026 kl\. \d{2}:\d{2}/).first(),
      ).toBeVisible();
      await expectOnlyTwentyFourHourTimes(page, `${locale} journal`);

      // The evening prompt window after the end of the day: stop by … to rest before ….
      await page.evaluate(() =>
        window.pust!.settings.update({
          workProfile: {
            microBreak: { enabled: false },
            break: { enabled: false },
            lunch: { enabled: false },
            weekdays: { thu: { start: '08:00', end: '15:30' } },
            endOfDayFirmness: 'firm',
          },
        }),
      );
      const now = await page.evaluate(async () => {
        const result = await window.pust!.workday.get();
        return result.ok ? result.value.now : 0;
      });
      await simulate(page, {
        op: 'jump',
        minutes: (Date.parse('2026-11-26T15:29:45+01:00') - now) / 60_000,
      });
      const ritual = page.getByRole('dialog', { name: m.prompts.ritual.title });
      await expect(ritual).toBeVisible({ timeout: 90_000 });
      await ritual.getByRole('button', { name: m.prompts.ritual.next }).click();
      for (const scale of ['energy', 'mood', 'stress'] as const) {
        await ritual
          .getByRole('group', { name: m.prompts.ritual.step2[scale] })
          .getByLabel('3')
          .check();
      }
      await ritual.getByRole('button', { name: m.prompts.ritual.step2.save }).click();
      await ritual.getByRole('button', { name: m.prompts.ritual.next }).click();
      await ritual.getByRole('button', { name: m.prompts.ritual.step3.finish }).click();
      await simulate(page, { op: 'speed', speed: 60 });
      const evening = page.getByRole('dialog', { name: m.prompts.evening.title });
      await expect(evening).toBeVisible({ timeout: 90_000 });
      await simulate(page, { op: 'speed', speed: 1 });
      await expect(evening.getByTestId('prompt-rest-boundary')).toHaveText(
        // Friday starts at 08:00, so tonight's boundary is 21:00.
        translate(locale, 'prompts.evening.boundary', { latestStop: '21:00', nextStart: '08:00' }),
      );
      await expectOnlyTwentyFourHourTimes(page, `${locale} evening prompt`);
      // The tray's next line, written by core (the dev panel stands in for the tray).
      await expect(page.getByTestId('tray-tooltip')).toContainText(
        translate(locale, 'tray.next.after-hours', { time: '21:00' }),
      );
    } finally {
      await browser.close();
      await preview.stop();
    }
  });
}

test('times stay 24-hour in bokmål even when Chromium speaks American English', async () => {
  const preview = await startPreviewProcess({
    args: ['--now', '2026-11-26T10:40', '--tz', 'Europe/Oslo', '--locale', 'nb'],
  });
  const { browser, page } = await launch([...CHROMIUM_ARGS, '--lang=en-US']);
  try {
    await page.goto(preview.url);
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    await expect(page.getByText('Arbeidstid 08:00–15:30')).toBeVisible();
    await openView(page, 'nb', 'settings');
    await expect(
      page.getByRole('textbox', { name: 'Start hver arbeidsdag', exact: true }),
    ).toHaveValue('08:00');
    await expect(
      page.getByRole('textbox', { name: 'Slutt hver arbeidsdag', exact: true }),
    ).toHaveValue('15:30');
    await expectOnlyTwentyFourHourTimes(page, 'nb settings in an en-US Chromium');
  } finally {
    await browser.close();
    await preview.stop();
  }
});
