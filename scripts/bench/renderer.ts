import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import {
  RENDERER_DIR,
  scriptPreviewOptions,
  startPreview,
} from '../../electron/preview/start-preview';
import { findChromium } from '../../tests/support/chromium';
import { CdpPipeBrowser } from './cdp-pipe';
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

/** How long the bench lets the app take before it calls a run failed. */
const GIVE_UP_MS = 15_000;

/**
 * Resolves with the first-view mark's time, read from the page's performance timeline through the
 * DevTools protocol (no script of the bench's own runs in the page while it loads).
 */
const firstViewMark = (giveUpMs: number) => `new Promise((resolve, reject) => {
  const observer = new PerformanceObserver(() => {
    const mark = performance.getEntriesByName('pust:first-view-usable')[0];
    if (mark) resolve(mark.startTime);
  });
  observer.observe({ type: 'mark', buffered: true });
  setTimeout(() => reject(new Error('no pust:first-view-usable mark after ${giveUpMs} ms')), ${giveUpMs});
})`;

/** Lets the previous run's browser context finish closing: on two cores its teardown would compete. */
const SETTLE_MS = 300;

interface Evaluated {
  result: { value?: unknown };
  exceptionDetails?: { exception?: { description?: string } };
}

/**
 * One run: a fresh browser context (a new renderer process, no HTTP cache and no compiled-code
 * cache, as when the app's window first opens), `url` loaded in it, and the time from navigation
 * start to the page's `pust:first-view-usable` mark. Rejects when the page never sets the mark.
 */
export async function timeFirstView(
  browser: CdpPipeBrowser,
  url: string,
  giveUpMs = GIVE_UP_MS,
): Promise<number> {
  const { browserContextId } = await browser.send<{ browserContextId: string }>(
    'Target.createBrowserContext',
  );
  try {
    // The window size Playwright gives its pages, as the e2e tests and screenshots see the app.
    const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', {
      url: 'about:blank',
      browserContextId,
      width: 1280,
      height: 720,
    });
    const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', {
      targetId,
      flatten: true,
    });
    await setTimeout(SETTLE_MS);
    await browser.send('Page.navigate', { url }, sessionId);
    const evaluated = await browser.send<Evaluated>(
      'Runtime.evaluate',
      { expression: firstViewMark(giveUpMs), awaitPromise: true, returnByValue: true },
      sessionId,
    );
    if (evaluated.exceptionDetails) {
      throw new Error(`${url}: ${evaluated.exceptionDetails.exception?.description ?? 'failed'}`);
    }
    return evaluated.result.value as number;
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}

/**
 * Navigation start → the Today view rendered with the person's settings, day and week
 * (performance mark), median of `runs` fresh windows. Each run is paired with one of the floor
 * page (floor-page.ts), in alternating order, so both see the machine alike. Chromium is driven
 * over a bare DevTools pipe with the switches in cdp-pipe.ts.
 */
export async function firstViewUsableMs(runs = 10): Promise<{ pust: number; floor: number }> {
  const quiet = { info() {}, warn() {}, error() {} };
  const preview = await startPreview(scriptPreviewOptions(), quiet, () => undefined);
  const floorPage = await startFloorPage();
  const browser = CdpPipeBrowser.launch(findChromium());
  const time = (url: string) => timeFirstView(browser, url);
  const pust: number[] = [];
  const floor: number[] = [];
  try {
    // The first pair warms the disk cache and both servers.
    await time(preview.url);
    await time(floorPage.url);
    for (let run = 0; run < runs; run++) {
      if (run % 2 === 0) pust.push(await time(preview.url));
      floor.push(await time(floorPage.url));
      if (run % 2 === 1) pust.push(await time(preview.url));
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
