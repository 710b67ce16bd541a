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
  working: '',
  // A filled dot: something is waiting for the person.
  'break-due': '<circle cx="12.6" cy="3.4" r="3" fill="#d4351c" stroke="BG" stroke-width="1"/>',
  // Filled ring: the break is under way.
  'on-break': '<circle cx="8" cy="8" r="6.2" fill="INK" fill-opacity="0.35"/>',
  // Two bars: prompts held.
  held: '<rect x="10.2" y="0.6" width="2" height="5.6" fill="INK"/><rect x="13.4" y="0.6" width="2" height="5.6" fill="INK"/>',
  // A small camera: meeting mode holds prompts.
  meeting:
    '<rect x="9.6" y="1" width="4.4" height="3.8" rx="0.8" fill="INK"/><path d="M14 2.9 16 1.6v4.6L14 4.9z" fill="INK"/>',
  // A crescent moon: after hours.
  'after-hours': '<path d="M14.8 1.2a3.2 3.2 0 1 0 0 5.6 2.6 2.6 0 1 1 0-5.6z" fill="INK"/>',
  // A diagonal stroke: a day off.
  'day-off': '<path d="M3 13 13 3" stroke="INK" stroke-width="1.6" stroke-linecap="round"/>',
};

function svg(state: TrayState, ink: string, background = 'transparent'): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16" width="100%" height="100%">
    <circle cx="8" cy="8" r="6.2" fill="none" stroke="${ink}" stroke-width="1.6"/>
    <path d="M4.2 8.6c1.2-1.6 2.4-1.6 3.8 0s2.6 1.6 3.8 0" fill="none" stroke="${ink}" stroke-width="1.6" stroke-linecap="round"/>
    ${BADGES[state].replaceAll('INK', ink).replaceAll('BG', background)}
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
  `<html><body style="margin:0;background:transparent"><div style="width:512px;height:512px;border-radius:112px;background:#0062ba;display:grid;place-items:center"><div style="width:360px;height:360px">${svg('working', '#ffffff')}</div></div></body></html>`,
);
await appIcon.screenshot({ path: join('resources', 'icons', 'icon.png'), omitBackground: true });
await browser.close();
console.log(`Drew ${TRAY_STATES.length * 4} tray icons in ${outDir} and resources/icons/icon.png`);
