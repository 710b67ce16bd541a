import type { Page } from '@playwright/test';
import { startPreviewAt } from '../support/preview-process';
import { expect, test } from './fixtures';
import { saveCheckIn } from './ritual';
import { advanceTo } from './simulate';

const promptLog = (page: Page) => page.getByTestId('prompt-log').locator('li');
const notifications = (page: Page) =>
  page.getByTestId('dev-panel').getByTestId('notifications').locator('li');

/** A wall-clock time on Thursday 26 November 2026 in Oslo (UTC+01:00), as an ISO instant. */
const thursday = (time: string) => `2026-11-26T${time}+01:00`;

/**
 * Thursday 26 November 2026 under the default profile (08:00–15:30, lunch 11:30), for a person at
 * the machine all day who lets every prompt's countdown run out: each prompt with the instant it
 * is due and the line the dev panel's prompt log shows for it. A notification has no line there.
 * It is the day `npm run plan` prints (docs/plan.md has the same day, with the reason for each):
 * breaks count from the end of the last one, none in the half hour before lunch or the heads-up.
 */
const DAYTIME: ReadonlyArray<{ at: string; line?: string; notification?: string }> = [
  { at: '08:20:00', line: '08:20 micro-break (mini)' },
  { at: '08:40:00', line: '08:40 micro-break (mini)' },
  { at: '09:00:00', line: '09:00 break (window)' },
  { at: '09:25:00', line: '09:25 micro-break (mini)' },
  { at: '09:45:00', line: '09:45 micro-break (mini)' },
  { at: '10:05:00', line: '10:05 break (window)' },
  { at: '10:30:00', line: '10:30 micro-break (mini)' },
  { at: '10:50:00', line: '10:50 micro-break (mini)' },
  { at: '11:10:00', line: '11:10 micro-break (mini)' },
  { at: '11:30:00', line: '11:30 lunch (window)' },
  { at: '12:20:00', line: '12:20 micro-break (mini)' },
  { at: '12:40:00', line: '12:40 micro-break (mini)' },
  { at: '13:00:00', line: '13:00 break (window)' },
  { at: '13:25:00', line: '13:25 micro-break (mini)' },
  { at: '13:45:00', line: '13:45 micro-break (mini)' },
  { at: '14:05:00', line: '14:05 break (window)' },
  { at: '14:30:00', line: '14:30 micro-break (mini)' },
  { at: '14:50:00', line: '14:50 micro-break (mini)' },
  { at: '15:20:00', notification: 'Snart fyrabend' },
  { at: '15:30:00', line: '15:30 end-of-day (window)' },
];

/** One second before an `HH:MM:SS` time of the day. */
function secondBefore(time: string): string {
  const [h, m, s] = time.split(':').map(Number) as [number, number, number];
  const total = h * 3600 + m * 60 + s - 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(total / 3600))}:${pad(Math.floor(total / 60) % 60)}:${pad(total % 60)}`;
}

test('a whole simulated workday: every prompt at its instant, the end-of-day ritual, one nudge, then quiet', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const preview = await startPreviewAt('2026-11-26T07:55');
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    await expect(panel.getByTestId('clock-mode')).toContainText('Clock: manual');

    // The workday starts at 08:00.
    await expect(panel.getByTestId('tray-state')).not.toHaveText('Icon: working');
    await advanceTo(page, thursday('08:00:00'));
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: working');
    await expect(page.getByTestId('today-status')).toHaveText('Du er på jobb');

    // Each prompt comes at its own instant: not a second before, and then exactly it.
    const lines: string[] = [];
    for (const due of DAYTIME) {
      await advanceTo(page, thursday(secondBefore(due.at)));
      await expect(promptLog(page), `nothing new before ${due.at}`).toHaveText(lines);
      const noticesBefore = await notifications(page).count();
      await advanceTo(page, thursday(due.at));
      if (due.line) lines.push(due.line);
      await expect(promptLog(page), `the prompt log at ${due.at}`).toHaveText(lines);
      if (due.notification) {
        await expect(notifications(page)).toHaveCount(noticesBefore + 1);
        await expect(notifications(page).last()).toContainText(due.notification);
      }
    }
    await expect(panel.getByTestId('prompt-window')).toHaveText(
      'Prompt window: end-of-day (window)',
    );

    // The end-of-day ritual, at a person's pace: the clock stands still meanwhile.
    const ritual = page.getByRole('dialog', { name: 'Fyrabend' });
    await expect(ritual).toBeVisible();
    await saveCheckIn(ritual, {
      doneToday: 'Ferdig med budsjettnotatet.',
      tasks: ['Ring Kari om rapporten'],
      energy: 4,
      mood: 4,
      stress: 2,
      note: 'Rolig dag.',
    });
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
    const nudge = page.getByRole('dialog', { name: 'Arbeidsdagen er over' });
    await advanceTo(page, thursday('15:44:59'));
    await expect(promptLog(page)).toHaveText(lines);
    await advanceTo(page, thursday('15:45:00'));
    lines.push('15:45 after-hours (window)');
    await expect(promptLog(page)).toHaveText(lines);
    await expect(nudge).toBeVisible();
    await expect(nudge.getByTestId('prompt-rest-boundary')).toHaveText(
      'Stopp innen 21:00 for å få 11 timers hvile før 08:00.',
    );
    await nudge.getByRole('button', { name: 'Jeg jobber sent med vilje' }).click();
    await expect(nudge).toBeHidden();
    await expect(page.getByTestId('rest-boundary')).toBeVisible();

    // Quiet after "working late on purpose": no nudge, no latest-stop or night notice, no
    // notification until 23:00. Only the §10-9 break after two hours of overtime still comes:
    // it is a break the law gives, not a nudge.
    const notified = await notifications(page).count();
    await advanceTo(page, thursday('23:00:00'));
    lines.push('17:30 overtime-break (window)');
    await expect(promptLog(page)).toHaveText(lines);
    await expect(notifications(page)).toHaveCount(notified);
    await expect(panel.getByTestId('sim-clock')).toContainText(/kl\. 23:00:00/);
  } finally {
    await preview.stop();
  }
});

test('a public holiday brings no prompt at all', async ({ page }) => {
  const preview = await startPreviewAt('2026-12-25T07:55');
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: day-off');
    await expect(page.getByTestId('today-status')).toContainText('Første juledag');
    // Four simulated hours of a person at the machine, past every time a workday has a prompt.
    await advanceTo(page, '2026-12-25T12:00:00+01:00');
    await expect(panel.getByTestId('sim-clock')).toContainText(/kl\. 12:00:00/);
    expect(await promptLog(page).count()).toBe(0);
    const notices = await notifications(page).allTextContents();
    expect(notices.length).toBeLessThanOrEqual(1);
    for (const notice of notices) expect(notice).toContain('fridag');
  } finally {
    await preview.stop();
  }
});

test('started in nynorsk on a day off, the very first notification is in nynorsk', async ({
  page,
}) => {
  const preview = await startPreviewAt('2026-11-28T10:00', { locale: 'nn' });
  try {
    await page.goto(preview.url);
    const notices = notifications(page);
    await expect(notices.first()).toContainText('Dette er ein fridag');
    await expect(notices.first()).toContainText('Ingen påminningar i dag.');
  } finally {
    await preview.stop();
  }
});

test('reminders held from Today and from the tray: nothing comes until the hold ends', async ({
  page,
}) => {
  const preview = await startPreviewAt('2026-11-26T08:05');
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    await advanceTo(page, thursday('08:10:00'));
    await expect(page.getByTestId('today-status')).toHaveText('Du er på jobb');

    // Today: 30 minutes, over the 08:20 micro-break.
    const actions = page.getByRole('region', { name: 'Handlinger' });
    await actions.getByRole('combobox', { name: 'Sett påminnelser på pause' }).selectOption('30m');
    await actions.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByTestId('today-status')).toHaveText('Påminnelsene er satt på pause');
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: held');
    await expect(panel.getByTestId('tray-tooltip')).toContainText('Pause til kl. 08:40');
    await advanceTo(page, thursday('08:39:59'));
    await expect(promptLog(page)).toHaveCount(0);
    await advanceTo(page, thursday('08:40:00'));
    await expect(page.getByTestId('today-status')).toHaveText('Du er på jobb');
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: working');

    // The tray: an hour, then resumed from the tray before it ends.
    await panel.getByRole('button', { name: '1 time' }).click();
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: held');
    await expect(panel.getByTestId('tray-tooltip')).toContainText('Pause til kl. 09:40');
    await expect(page.getByTestId('today-status')).toHaveText('Påminnelsene er satt på pause');
    await panel.getByRole('button', { name: 'Fortsett påminnelsene' }).click();
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: working');
    await expect(page.getByTestId('today-status')).toHaveText('Du er på jobb');
  } finally {
    await preview.stop();
  }
});
