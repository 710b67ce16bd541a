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

  test('the built app opens its window sandboxed, shows Settings and quits cleanly', async () => {
    const userData = mkdtempSync(join(tmpdir(), 'pust-electron-'));
    const app = await electron.launch({
      executablePath: binary!,
      args: ['.', `--user-data-dir=${userData}`],
    });
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { level: 1 })).toHaveText('Innstillinger');
    expect(
      await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require),
    ).toBe('undefined');
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      return {
        isSandboxed: contents.getLastWebPreferences()?.sandbox,
        isolated: contents.getLastWebPreferences()?.contextIsolation,
      };
    });
    expect(prefs).toEqual({ isSandboxed: true, isolated: true });
    await app.evaluate(({ app: electronApp }) => electronApp.quit());
    await app.close();
  });
});
