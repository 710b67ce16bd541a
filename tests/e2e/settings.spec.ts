import { startPreviewProcess } from '../support/preview-process';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The app opens on Today; Settings is in the main menu. */
async function openSettings(page: Page, name = 'Innstillinger'): Promise<void> {
  await page
    .getByRole('navigation', { name: /Hovedmeny|Hovudmeny|Main menu/ })
    .getByRole('button', { name, exact: true })
    .click();
}

test('nynorsk and the dark theme are kept after the preview restarts with the same profile', async ({
  page,
}) => {
  const first = await startPreviewProcess({ args: ['--clock', 'manual'] });
  await page.goto(first.url);
  await openSettings(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeVisible();
  await page.getByRole('radio', { name: 'Nynorsk' }).check();
  // Each choice shows once core has saved it: the page speaks nynorsk, then turns dark. Stopping
  // the preview before the second save has landed would lose it, as quitting the app would.
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillingar' })).toBeVisible();
  await page.getByRole('radio', { name: 'Mørkt' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await expect(page.getByRole('status').filter({ hasText: 'Lagra.' })).toBeVisible();
  await first.stop();

  const second = await startPreviewProcess({
    profile: first.profile,
    args: ['--clock', 'manual'],
  });
  await page.goto(second.url);
  await openSettings(page, 'Innstillingar');
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillingar' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Nynorsk' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Mørkt' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-color-scheme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nn-NO');
  await second.stop();
});

test('settings can be changed by keyboard alone', async ({ page, preview }) => {
  await page.goto(preview.url);
  // As a person would: once the first view is there (it is drawn with the person's data).
  await expect(page.getByRole('heading', { level: 1, name: 'I dag' })).toBeVisible();
  // Tab from the top: the skip link first, then the main menu; Enter opens Settings and puts
  // focus on its content, the next Tab reaches the first radio group.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Hopp til innholdet' })).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Innstillinger', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Bokmål' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('radio', { name: 'Bokmål' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('heading', { level: 1, name: 'Innstillingar' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Nynorsk' })).toBeFocused();
});

test('the dev panel shows the tray and its menu works', async ({ page, preview }) => {
  await page.goto(preview.url);
  const panel = page.getByTestId('dev-panel');
  await expect(panel.getByTestId('tray-status')).toContainText(
    /Arbeidsdag|Utenfor arbeidstid|Fridag/,
  );
  await openSettings(page);
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(panel.getByTestId('tray-status')).toContainText(
    /Workday|Outside working hours|Day off/,
  );
  await panel.getByRole('button', { name: 'Settings …' }).click();
  await expect(panel.getByTestId('window-state')).toHaveText('Main window brought to front.');
  await panel.getByRole('button', { name: 'Quit Pust' }).click();
  await expect(panel.getByTestId('window-state')).toHaveText(
    'Pust has quit; the preview server stopped.',
  );
});
