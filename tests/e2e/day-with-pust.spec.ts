import { startPreviewAt } from '../support/preview-process';
import { expect, test } from './fixtures';
import { advanceTo, simulate } from './simulate';

/** Issue 18 in the preview: the break window and tomorrow's top three, as a person meets them. */

const thursday = (time: string) => `2026-11-26T${time}+01:00`;
const friday = (time: string) => `2026-11-27T${time}+01:00`;

const WORDS = {
  nb: {
    task: 'Oppgave',
    skip: 'Hopp over innsjekkingen',
    focus: 'Dagens tre viktigste',
  },
  nn: {
    task: 'Oppgåve',
    skip: 'Hopp over innsjekkinga',
    focus: 'Dagens tre viktigaste',
  },
} as const;

for (const locale of ['nb', 'nn'] as const) {
  test(`${locale}: tomorrow's top three, written at fyrabend, are there the next morning to tick off`, async ({
    page,
  }) => {
    const words = WORDS[locale];
    const preview = await startPreviewAt('2026-11-26T15:25', { locale });
    try {
      await page.goto(preview.url);
      await advanceTo(page, thursday('15:30:00'));
      const ritual = page.getByRole('dialog', { name: 'Fyrabend' });
      await expect(ritual).toBeVisible();
      await ritual.getByLabel(`${words.task} 1`).fill('Sende høringsnotat til Kari');
      await ritual.getByLabel(`${words.task} 2`).fill('Ringe Ola');
      await ritual.getByRole('button', { name: 'Neste' }).click();
      await ritual.getByRole('button', { name: words.skip }).click();
      // No check-in saved: the top three still have to be kept, so the round saves them.
      await ritual.getByRole('button', { name: 'Avslutt arbeidsdagen' }).click();
      await expect(ritual).toBeHidden();
      // Going home: the screen locks; the next morning it is unlocked before eight.
      await simulate(page, { op: 'lock' });
      await advanceTo(page, friday('07:55:00'));
      await simulate(page, { op: 'unlock' });
      await advanceTo(page, friday('08:00:30'));
      const focus = page.getByTestId('day-focus');
      await expect(focus.getByRole('heading', { name: words.focus })).toBeVisible();
      await expect(
        focus.getByRole('checkbox', { name: 'Sende høringsnotat til Kari' }),
      ).not.toBeChecked();
      await focus.getByRole('checkbox', { name: 'Ringe Ola' }).check();
      await expect(focus.getByRole('checkbox', { name: 'Ringe Ola' })).toBeChecked();
      const notices = page.getByTestId('dev-panel').getByTestId('notifications');
      await expect(notices).toContainText(words.focus);
      await expect(notices).toContainText('1. Sende høringsnotat til Kari');
      // Kept: a fresh window shows the tick.
      await page.reload();
      await expect(
        page.getByTestId('day-focus').getByRole('checkbox', { name: 'Ringe Ola' }),
      ).toBeChecked();
    } finally {
      await preview.stop();
    }
  });
}

test('a break window that appears while the person types answers none of the keys', async ({
  page,
}) => {
  const preview = await startPreviewAt('2026-11-26T07:55');
  try {
    await page.goto(preview.url);
    await advanceTo(page, thursday('09:00:00'));
    const dialog = page.getByRole('dialog', { name: 'Tid for en pause' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Tid for en pause' })).toBeFocused();
    // Typing on, Enter and space included, as if nothing had appeared.
    await page.keyboard.type('møte med Kari ');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    await expect(dialog).toBeVisible();
    await expect(page.getByTestId('count-postponed')).toHaveText('0');
    await expect(page.getByTestId('count-skipped')).toHaveText('0');
    // A deliberate answer still works: Tab to "Start pausen" and press Enter.
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('button', { name: 'Start pausen' })).toBeFocused();
  } finally {
    await preview.stop();
  }
});
