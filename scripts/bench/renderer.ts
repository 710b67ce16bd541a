import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  RENDERER_DIR,
  scriptPreviewOptions,
  startPreview,
} from '../../electron/preview/start-preview';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium';
import { startFloorPage } from './floor-page';
import { median, type BenchResult } from './stats';

/** gzip size of the JavaScript the first view loads: the entry module and what it imports. */
export function firstViewJsGzipKb(): number {
  const html = readFileSync(join(RENDERER_DIR, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g),
  ].map((match) => match[1]!);
  const bytes = scripts.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(RENDERER_DIR, file))).length,
    0,
  );
  return bytes / 1024;
}

/**
 * Resolves with the first-view mark's time. Evaluated through the DevTools protocol rather than
 * Playwright's waitForFunction, which injects its own large script into the page while it loads
 * and so adds its own parsing to the very interval being measured.
 */
const SETTLE_MS = 300;

const FIRST_VIEW_MARK = `new Promise((resolve) => {
  const observer = new PerformanceObserver(() => {
    const mark = performance.getEntriesByName('pust:first-view-usable')[0];
    if (mark) resolve(mark.startTime);
  });
  observer.observe({ type: 'mark', buffered: true });
})`;

/**
 * Navigation start → the Today view rendered with the person's settings, day and week
 * (performance mark), each run in a fresh browser context: a new renderer process, no HTTP cache
 * and no compiled-code cache, as when the app's window first opens. Each run is paired with one
 * of the floor page (floor-page.ts), in alternating order, so both see the machine alike.
 */
export async function firstViewUsableMs(runs = 10): Promise<{ pust: number; floor: number }> {
  const quiet = { info() {}, warn() {}, error() {} };
  const preview = await startPreview(scriptPreviewOptions(), quiet, () => undefined);
  const floorPage = await startFloorPage();
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const timeFirstView = async (url: string): Promise<number> => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const devtools = await context.newCDPSession(page);
      // Let the previous run's browser context finish closing first: its teardown is not part of
      // this first view, but on two cores it would otherwise compete with it.
      await setTimeout(SETTLE_MS);
      await page.goto(url, { waitUntil: 'commit' });
      const { result } = await devtools.send('Runtime.evaluate', {
        expression: FIRST_VIEW_MARK,
        awaitPromise: true,
        returnByValue: true,
      });
      return result.value as number;
    } finally {
      await context.close();
    }
  };
  const pust: number[] = [];
  const floor: number[] = [];
  try {
    // The first pair warms the disk cache and both servers.
    await timeFirstView(preview.url);
    await timeFirstView(floorPage.url);
    for (let run = 0; run < runs; run++) {
      if (run % 2 === 0) pust.push(await timeFirstView(preview.url));
      floor.push(await timeFirstView(floorPage.url));
      if (run % 2 === 1) pust.push(await timeFirstView(preview.url));
    }
  } finally {
    await browser.close();
    await floorPage.close();
    await preview.close();
  }
  return { pust: median(pust), floor: median(floor) };
}

export async function bench(): Promise<BenchResult[]> {
  const firstView = await firstViewUsableMs();
  return [
    { name: 'renderer-first-view-js-gzip', value: firstViewJsGzipKb(), unit: 'KB' },
    { name: 'first-view-usable-median', value: firstView.pust, unit: 'ms' },
    // Context for the line above: the same measure for a page that does almost nothing.
    { name: 'first-view-floor-median', value: firstView.floor, unit: 'ms' },
  ];
}
