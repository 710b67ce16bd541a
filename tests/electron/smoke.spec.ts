import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { electronBinary } from '../support/electron-binary';

const binary = electronBinary();
const SKIP_REASON =
  'The Electron binary is not on this machine (it cannot be downloaded here); the web preview suite covers the renderer and core.';

test.describe('Electron smoke', () => {
  test.skip(binary === null, SKIP_REASON);

  test('the built app opens its window sandboxed, shows Today and quits cleanly', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'pust-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--user-data-dir=${userData}`],
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('I dag');
    // Sandboxed and isolated: the page sees window.pust and nothing of Node or Electron.
    const reach = await window.evaluate(() => {
      const page = globalThis as unknown as Record<string, unknown>;
      return [typeof page.require, typeof page.process, typeof page.ipcRenderer, typeof page.pust];
    });
    expect(reach).toEqual(['undefined', 'undefined', 'undefined', 'object']);
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await app.close();
  });
});
