/**
 * Electron main: the composition root. It wires core to Electron's adapters and owns nothing that
 * decides anything; every rule lives in electron/core and is tested there.
 */
import { app, BrowserWindow, ipcMain, session } from 'electron';
import ElectronStore from 'electron-store';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../contract';
import { createPustCore, type PustCore } from '../core/app-core';
import { loadAdminPolicy, policyFilePath } from '../core/policy/policy-file';
import { openStoreSafely } from '../core/settings/open-store';
import { consoleLogger, electronNotifier, systemClock } from './adapters';
import { registerIpcHandlers } from './ipc';
import { hardenSession } from './security';
import { ElectronTrayView } from './tray';
import { createSenderCheck } from './trusted-sender';
import { createPustWindow } from './window-factory';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
}

function start(): void {
  let mainWindow: BrowserWindow | null = null;
  hardenSession(session.defaultSession, devServerUrl);
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });

  const showMainWindow = () => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.show();
      mainWindow.focus();
      return;
    }
    mainWindow = createPustWindow({
      frame: { width: 960, height: 720, minWidth: 360, minHeight: 400, title: 'Pust' },
      devServerUrl,
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };

  const settingsFile = join(app.getPath('userData'), 'settings.json');
  const opened = openStoreSafely(
    () => new ElectronStore({ name: 'settings', clearInvalidConfig: false }),
    settingsFile,
    systemClock.now(),
    consoleLogger,
  );

  let core: PustCore | null = null;
  const tray = new ElectronTrayView(resourcesDir(), (action) => core?.runTrayAction(action));
  core = createPustCore({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      runtime: 'electron',
      dataDir: app.getPath('userData'),
    },
    clock: systemClock,
    settingsStore: opened.store,
    settingsMovedAsideTo: opened.movedAsideTo,
    policy: loadAdminPolicy(policyFilePath(process.platform, process.env), consoleLogger),
    host: { showMainWindow, quit: () => app.quit() },
    tray,
    notifier: electronNotifier,
    logger: consoleLogger,
  });

  const ownContents = () => BrowserWindow.getAllWindows().map((window) => window.webContents);
  registerIpcHandlers(ipcMain, core.dispatch, createSenderCheck(ownContents, devServerUrl));
  core.subscribe((event, payload) => {
    for (const contents of ownContents()) contents.send(IPC_EVENT_CHANNEL, event, payload);
  });

  // A tray app lives on when its window closes; Quit in the tray menu ends it.
  app.on('window-all-closed', () => undefined);
  app.on('second-instance', showMainWindow);
  app.on('before-quit', () => {
    core?.dispose();
    tray.destroy();
  });
  showMainWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  void app.whenReady().then(start);
}
