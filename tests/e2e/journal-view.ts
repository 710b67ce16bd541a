import { expect, type Page } from '@playwright/test';

/** Opens the app at `url` and goes to the journal from the main menu, as a person would. */
export async function openJournal(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Hovedmeny' })
    .getByRole('button', { name: 'Dagbok' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dagbok' })).toBeVisible();
}
