/**
 * Screenshots of every view in every locale and theme, from the web preview in Chromium:
 * `npx tsx scripts/screenshots.ts [OUT_DIR]` (default test-results/screenshots). Build first
 * (`npm run build`). Used to look at the app as a person would, and for the README.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { MESSAGES } from '../content/messages';
import { scriptPreviewOptions, startPreview } from '../electron/preview/start-preview';
import { chromiumArgsFor, findChromium } from '../tests/support/chromium';

const outDir = process.argv[2] ?? join('test-results', 'screenshots');
const LOCALES = ['nb', 'nn', 'en'] as const;
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const VIEWS = ['today', 'tools', 'journal', 'settings'] as const;

mkdirSync(outDir, { recursive: true });
const quiet = { info() {}, warn() {}, error() {} };
const preview = await startPreview(
  // The manual clock: it stands still, so no prompt falls due while the views are taken.
  scriptPreviewOptions({ now: new Date('2026-11-26T10:40:00+01:00'), clock: 'manual' }),
  quiet,
  () => undefined,
);
for (const locale of LOCALES) {
  // Chromium started in the language Pust speaks, as Electron starts it.
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: chromiumArgsFor(locale),
  });
  const page = await (
    await browser.newContext({ viewport: { width: 1200, height: 800 } })
  ).newPage();
  await page.goto(preview.url);
  await page.evaluate((language) => window.pust!.settings.update({ language }), locale);
  for (const theme of THEMES) {
    await page.evaluate((name) => window.pust!.settings.update({ theme: name }), theme);
    for (const view of VIEWS) {
      await page
        .getByRole('navigation', { name: MESSAGES[locale].app.mainNavigation })
        .getByRole('button', { name: MESSAGES[locale].nav[view] })
        .click();
      await page.waitForTimeout(400);
      await page.screenshot({
        path: join(outDir, `${view}-${locale}-${theme}.png`),
        fullPage: true,
      });
    }
  }
  await browser.close();
}
await preview.close();
console.log(`Screenshots in ${outDir}`);
