import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CdpPipeBrowser } from '../../scripts/bench/cdp-pipe';
import { startFloorPage } from '../../scripts/bench/floor-page';
import { timeFirstView } from '../../scripts/bench/renderer';
import { scriptPreviewOptions, startPreview } from '../../electron/preview/start-preview';
import { findChromium } from '../support/chromium';
import { expect, test } from '@playwright/test';

/*
 * The renderer bench's own Chromium driver (`npm run bench`): what it reports must be the app's
 * first view, in a window without browser UI of its own, and a page that never gets there must
 * fail the bench with a reason rather than hang it.
 */
let browser: CdpPipeBrowser;
test.beforeAll(() => {
  browser = CdpPipeBrowser.launch(findChromium());
});
test.afterAll(async () => {
  await browser.close();
});

test('times Pust’s first view in the preview, and the floor page, in milliseconds', async () => {
  const quiet = { info() {}, warn() {}, error() {} };
  const preview = await startPreview(scriptPreviewOptions(), quiet, () => undefined);
  const floor = await startFloorPage();
  try {
    const pust = await timeFirstView(browser, preview.url);
    const least = await timeFirstView(browser, floor.url);
    expect(pust).toBeGreaterThan(0);
    expect(least).toBeGreaterThan(0);
    expect(pust).toBeLessThan(15_000);
  } finally {
    await floor.close();
    await preview.close();
  }
});

test('fails with a reason when a page never marks its first view usable', async () => {
  const server = createServer((_req, res) => res.end('<!doctype html><title>never</title>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await expect(timeFirstView(browser, `http://127.0.0.1:${port}/`, 500)).rejects.toThrow(
      'no pust:first-view-usable mark after 500 ms',
    );
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});

test('opens windows without the address bar’s pre-rendered popup, which Electron has not', async () => {
  const { browserContextId } = await browser.send<{ browserContextId: string }>(
    'Target.createBrowserContext',
  );
  try {
    await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { targetInfos } = await browser.send<{ targetInfos: { type: string; url: string }[] }>(
      'Target.getTargets',
      { filter: [{}] },
    );
    expect(targetInfos.some((target) => target.type === 'page')).toBe(true);
    expect(targetInfos.filter((target) => target.url.includes('omnibox-popup'))).toEqual([]);
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
});
