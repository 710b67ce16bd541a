import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import {
  RENDERER_DIR,
  scriptPreviewOptions,
  startPreview,
} from '../../electron/preview/start-preview';
import { CHROMIUM_ARGS, findChromium } from '../../tests/support/chromium';
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

/** Navigation start → the Today view rendered with the person's settings and day (performance mark). */
export async function firstViewUsableMs(runs = 10): Promise<number> {
  const quiet = { info() {}, warn() {}, error() {} };
  const preview = await startPreview(scriptPreviewOptions(), quiet, () => undefined);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  const samples: number[] = [];
  try {
    for (let run = 0; run < runs + 1; run++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(preview.url);
      await page.waitForFunction(
        () => performance.getEntriesByName('pust:first-view-usable').length > 0,
      );
      const ms = await page.evaluate(
        () => performance.getEntriesByName('pust:first-view-usable')[0]!.startTime,
      );
      if (run > 0) samples.push(ms); // the first run warms the disk cache and the preview server
      await context.close();
    }
  } finally {
    await browser.close();
    await preview.close();
  }
  return median(samples);
}

export async function bench(): Promise<BenchResult[]> {
  return [
    { name: 'renderer-first-view-js-gzip', value: firstViewJsGzipKb(), unit: 'KB' },
    { name: 'first-view-usable-median', value: await firstViewUsableMs(), unit: 'ms' },
  ];
}
