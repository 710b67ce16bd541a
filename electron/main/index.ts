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
import { scheduleTimer, stopScheduledJobs } from './schedule-timer';
import { openStoreSafely } from '../core/settings/open-store';
import { ElectronActivity } from './activity';
import { runPolicyCheckArgument } from './check-policy-arg';
import { applyChromiumLanguage, startupLanguage } from './chromium-language';
import { consoleLogger, electronNotifier, systemClock } from './adapters';
import { applyAutostart } from './autostart';
import { registerIpcHandlers } from './ipc';
import { SafeStorageKeys } from './os-keys';
import { PromptWindows } from './prompt-windows';
import { hardenSession } from './security';
import { ElectronTrayView } from './tray';
import { createSenderCheck } from './trusted-sender';
import { createPustWindow } from './window-factory';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
}

/**
 * The settings store and the IT policy, read before the app is ready: Chromium's language comes
 * from them (see chromium-language.ts), and Chromium reads it only at start-up.
 */
function openSettings() {
  const userData = app.getPath('userData');
  const openStore = (name: string) =>
    openStoreSafely(
      () => new ElectronStore({ name, clearInvalidConfig: false }),
      join(userData, `${name}.json`),
      systemClock.now(),
      consoleLogger,
    );
  return {
    userData,
    openStore,
    settingsStore: openStore('settings'),
    policy: loadAdminPolicy(policyFilePath(process.platform, process.env), consoleLogger),
  };
}

function start({
  userData,
  openStore,
  settingsStore,
  policy,
}: ReturnType<typeof openSettings>): void {
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
      frame: { width: 1000, height: 760, minWidth: 360, minHeight: 400, title: 'Pust' },
      devServerUrl,
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };

  const stateStore = openStore('state');
  const prompts = new PromptWindows(devServerUrl);

  let core: PustCore | null = null;
  const tray = new ElectronTrayView(resourcesDir(), (action) => core?.runTrayAction(action));
  core = createPustCore({
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      runtime: 'electron',
      dataDir: userData,
    },
    clock: systemClock,
    timer: scheduleTimer,
    activity: new ElectronActivity(),
    settingsStore: settingsStore.store,
    stateStore: stateStore.store,
    settingsMovedAsideTo: settingsStore.movedAsideTo,
    storeNotices: [settingsStore.notice, stateStore.notice].filter((notice) => notice !== null),
    policy,
    journalFolder: join(userData, 'journal'),
    osKeys: new SafeStorageKeys(join(userData, 'journal', 'journal.key.os')),
    host: {
      showMainWindow,
      showPrompt: (presentation) => prompts.show(presentation),
      closePrompt: () => prompts.close(),
      quit: () => app.quit(),
    },
    tray,
    notifier: electronNotifier,
    logger: consoleLogger,
  });

  const ownContents = () => BrowserWindow.getAllWindows().map((window) => window.webContents);
  registerIpcHandlers(ipcMain, core.dispatch, createSenderCheck(ownContents, devServerUrl));
  core.subscribe((event, payload) => {
    for (const contents of ownContents()) contents.send(IPC_EVENT_CHANNEL, event, payload);
  });
  applyAutostart(core.settingsValues().autostart);
  core.onSettingsChanged((values) => applyAutostart(values.autostart));

  // A tray app lives on when its window closes; Quit in the tray menu ends it.
  app.on('window-all-closed', () => undefined);
  app.on('second-instance', showMainWindow);
  app.on('before-quit', () => {
    core?.dispose();
    prompts.close();
    tray.destroy();
    void stopScheduledJobs();
  });
  // Started at login with --hidden: stay in the tray until the person opens the window.
  if (!process.argv.includes('--hidden')) showMainWindow();
}

const policyCheck = runPolicyCheckArgument(process.argv, {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
});
if (policyCheck !== null) {
  app.exit(policyCheck);
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  const opened = openSettings();
  applyChromiumLanguage(
    app.commandLine,
    startupLanguage(opened.settingsStore.store, opened.policy),
  );
  void app.whenReady().then(() => start(opened));
}
