import type { Page } from '@playwright/test';

/** Drives the preview's simulated machine (clock, speed, sleep, lock, time zone) as the dev panel does. */
export async function simulate(page: Page, step: Record<string, unknown>): Promise<void> {
  await page.evaluate(async (body) => {
    const token = document.querySelector<HTMLMetaElement>(
      'meta[name="pust-preview-token"]',
    )!.content;
    const response = await fetch('/__preview/sim', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pust-token': token },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`simulation step refused: ${response.status}`);
  }, step);
}
