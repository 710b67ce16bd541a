import type { Page } from '@playwright/test';
import { startPreviewProcess } from '../support/preview-process';
import { expect, test } from './fixtures';
import { simulate } from './simulate';

const promptLog = (page: Page) => page.getByTestId('prompt-log').locator('li');

test('a whole simulated workday: breaks, lunch, heads-up, the end-of-day ritual, one nudge, then quiet', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const preview = await startPreviewProcess({
    args: ['--now', '2026-11-26T07:55', '--tz', 'Europe/Oslo', '--speed', '600'],
  });
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');

    // The workday starts at 08:00.
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: working', { timeout: 20_000 });
    await expect(page.getByTestId('today-status')).toHaveText('Du er på jobb');

    // Micro-breaks (a corner window), breaks (a window), lunch; then the heads-up notification.
    await expect(panel.getByTestId('notifications')).toContainText('Snart fyrabend', {
      timeout: 90_000,
    });
    const daytime = await promptLog(page).allTextContents();
    expect(daytime.some((line) => /^08:20 micro-break \(mini\)$/.test(line))).toBe(true);
    expect(daytime.some((line) => /break \(window\)$/.test(line) && !line.includes('micro'))).toBe(
      true,
    );
    expect(daytime.some((line) => /lunch \(window\)$/.test(line))).toBe(true);

    // The end-of-day ritual: slow the clock to a person's pace and go through the three steps.
    await expect(panel.getByTestId('prompt-window')).toHaveText(
      'Prompt window: end-of-day (window)',
      {
        timeout: 30_000,
      },
    );
    await simulate(page, { op: 'speed', speed: 1 });
    const ritual = page.getByRole('dialog', { name: 'Fyrabend' });
    await expect(ritual).toBeVisible();
    await ritual.getByLabel('Hva fikk du gjort i dag?').fill('Ferdig med budsjettnotatet.');
    await ritual.getByLabel('Oppgave 1').fill('Ring Kari om rapporten');
    await ritual.getByRole('button', { name: 'Neste' }).click();
    await ritual.getByRole('group', { name: 'Energi' }).getByLabel('4').check();
    await ritual.getByRole('group', { name: 'Humør' }).getByLabel('4').check();
    await ritual.getByRole('group', { name: 'Stress' }).getByLabel('2').check();
    await ritual.getByLabel('Notat (valgfritt)').fill('Rolig dag.');
    await ritual.getByRole('button', { name: 'Lagre i dagboken' }).click();
    await expect(ritual.getByRole('status')).toHaveText('Lagret i dagboken.');
    await ritual.getByRole('button', { name: 'Neste' }).click();
    await ritual.getByRole('button', { name: 'Avslutt arbeidsdagen' }).click();
    await expect(ritual).toBeHidden();

    const saved = await page.evaluate(async () => {
      const result = await window.pust!.journal.list({ kind: 'check-in' });
      return result.ok ? result.value.entries : [];
    });
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({
      energy: 4,
      mood: 4,
      stress: 2,
      tomorrowTopThree: ['Ring Kari om rapporten'],
    });

    // Still at the machine: one nudge 15 minutes later, with tonight's rest boundary.
    await simulate(page, { op: 'speed', speed: 60 });
    const nudge = page.getByRole('dialog', { name: 'Arbeidsdagen er over' });
    await expect(nudge).toBeVisible({ timeout: 40_000 });
    await expect(nudge.getByTestId('prompt-rest-boundary')).toHaveText(
      'Stopp innen 21:00 for å få 11 timers hvile før 08:00.',
    );
    await nudge.getByRole('button', { name: 'Jeg jobber sent med vilje' }).click();
    await expect(nudge).toBeHidden();
    await expect(page.getByTestId('rest-boundary')).toBeVisible();

    // Quiet after "working late on purpose": no nudge, no latest-stop or night notice, no
    // notification until midnight. Only the §10-9 break after two hours of overtime still comes:
    // it is a break the law gives, not a nudge.
    const logged = await promptLog(page).count();
    const notified = await panel.getByTestId('notifications').locator('li').count();
    await simulate(page, { op: 'speed', speed: 1200 });
    await expect(panel.getByTestId('sim-clock')).toContainText(/kl\. 23:/, { timeout: 60_000 });
    const evening = (await promptLog(page).allTextContents()).slice(logged);
    expect(evening).toEqual(['17:30 overtime-break (window)']);
    expect(await panel.getByTestId('notifications').locator('li').count()).toBe(notified);
    expect(
      (await promptLog(page).allTextContents()).filter((line) => line.includes('after-hours')),
    ).toHaveLength(1);
  } finally {
    await preview.stop();
  }
});

test('a public holiday brings no prompt at all', async ({ page }) => {
  const preview = await startPreviewProcess({
    args: ['--now', '2026-12-25T07:55', '--tz', 'Europe/Oslo', '--speed', '600'],
  });
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: day-off');
    await expect(page.getByTestId('today-status')).toContainText('Første juledag');
    // Four simulated hours of a person at the machine.
    await expect(panel.getByTestId('sim-clock')).toContainText(/kl\. 12:/, { timeout: 60_000 });
    expect(await promptLog(page).count()).toBe(0);
    const notices = await panel.getByTestId('notifications').locator('li').allTextContents();
    expect(notices.length).toBeLessThanOrEqual(1);
    for (const notice of notices) expect(notice).toContain('fridag');
  } finally {
    await preview.stop();
  }
});

test('started in nynorsk on a day off, the very first notification is in nynorsk', async ({
  page,
}) => {
  const preview = await startPreviewProcess({
    args: ['--now', '2026-11-28T10:00', '--tz', 'Europe/Oslo', '--locale', 'nn'],
  });
  try {
    await page.goto(preview.url);
    const notices = page.getByTestId('dev-panel').getByTestId('notifications').locator('li');
    await expect(notices.first()).toContainText('Dette er ein fridag');
    await expect(notices.first()).toContainText('Ingen påminningar i dag.');
  } finally {
    await preview.stop();
  }
});
