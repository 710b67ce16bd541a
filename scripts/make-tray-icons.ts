/**
 * Draws the tray icons (resources/tray/<state>-<light|dark>[@2x].png) from small SVGs, rendered by
 * Chromium so they are crisp at 1x (16 px) and 2x (32 px). Run after adding a tray state:
 * `npx tsx scripts/make-tray-icons.ts`. "light" icons are dark glyphs for light panels; "dark" ones
 * are light glyphs for dark panels.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { TRAY_STATES, type TrayState } from '../electron/contract/tray';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium';

/** The shape that marks each state, drawn over the common "breath" ring (viewBox 0 0 16 16). */
const BADGES: Record<TrayState, string> = {
  idle: '',
};

function svg(state: TrayState, ink: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="100%" height="100%">
    <circle cx="8" cy="8" r="6.2" fill="none" stroke="${ink}" stroke-width="1.6"/>
    <path d="M4.2 8.6c1.2-1.6 2.4-1.6 3.8 0s2.6 1.6 3.8 0" fill="none" stroke="${ink}" stroke-width="1.6" stroke-linecap="round"/>
    ${BADGES[state].replaceAll('INK', ink)}
  </svg>`;
}

const outDir = join('resources', 'tray');
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [scale, suffix] of [
  [1, ''],
  [2, '@2x'],
] as const) {
  const page = await browser.newPage({
    viewport: { width: 16, height: 16 },
    deviceScaleFactor: scale,
  });
  for (const state of TRAY_STATES) {
    for (const [variant, ink] of [
      ['light', '#1e2b3c'],
      ['dark', '#f4f6f8'],
    ] as const) {
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg(state, ink)}</body></html>`,
      );
      await page.screenshot({
        path: join(outDir, `${state}-${variant}${suffix}.png`),
        omitBackground: true,
      });
    }
  }
  await page.close();
}
// The application icon (installers, window, task bar): the same ring on Pust's blue, 512 px.
mkdirSync(join('resources', 'icons'), { recursive: true });
const appIcon = await browser.newPage({ viewport: { width: 512, height: 512 } });
await appIcon.setContent(
  `<html><body style="margin:0;background:transparent"><div style="width:512px;height:512px;border-radius:112px;background:#0062ba;display:grid;place-items:center"><div style="width:360px;height:360px">${svg('idle', '#ffffff')}</div></div></body></html>`,
);
await appIcon.screenshot({ path: join('resources', 'icons', 'icon.png'), omitBackground: true });
await browser.close();
console.log(`Drew ${TRAY_STATES.length * 4} tray icons in ${outDir} and resources/icons/icon.png`);
