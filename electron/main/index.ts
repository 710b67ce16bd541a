/**
 * Electron main: the composition root. It wires core to Electron's adapters and owns nothing that
 * decides anything; every rule lives in electron/core and is tested there.
 */
import { app, BrowserWindow, ipcMain, session } from 'electron';
import ElectronStore from 'electron-store';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../contract';
import { createPustCore, type PustCore } from '../core/app-core';
import { createFileLogger } from '../core/logging/file-logger';
import { NO_POLICY } from '../core/policy/admin-policy';
import { followPolicy, openPolicy } from '../core/policy/open-policy';
import { systemPolicySources } from '../core/policy/sources';
import { openStoreSafely } from '../core/settings/open-store';
import { ElectronActivity } from './activity';
import { consoleLogger, createElectronNotifier, systemClock } from './adapters';
import { applyAutostart } from './autostart';
import { runPolicyCheckArgument } from './check-policy-arg';
import { applyChromiumLanguage, startupLanguage } from './chromium-language';
import { registerIpcHandlers } from './ipc';
import { SafeStorageKeys } from './os-keys';
import { applyAppIdentity, startedAtLogin } from './platform';
import { PromptWindows } from './prompt-windows';
import { scheduleTimer, stopScheduledJobs } from './schedule-timer';
import { hardenSession } from './security';
import { ElectronTrayView } from './tray';
import { createSenderCheck } from './trusted-sender';
import { createPustWindow } from './window-factory';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
}

/**
 * The log and the person's stores, opened before the app is ready: Chromium's language comes from
 * the settings (see chromium-language.ts), and Chromium reads it only at start-up.
 */
function openStores() {
  const userData = app.getPath('userData');
  const logger = createFileLogger({ folder: join(userData, 'logs'), echo: consoleLogger });
  const openStore = (name: string) =>
    openStoreSafely(
      () => new ElectronStore({ name, clearInvalidConfig: false }),
      join(userData, `${name}.json`),
      systemClock.now(),
      logger,
    );
  return { userData, logger, settingsStore: openStore('settings'), stateStore: openStore('state') };
}

async function start({
  userData,
  logger,
  settingsStore,
  stateStore,
}: ReturnType<typeof openStores>): Promise<void> {
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

  const prompts = new PromptWindows(devServerUrl);

  // Registry / managed preferences / drop-ins and policy.json, followed while Pust runs.
  const policySpecs = systemPolicySources(process.platform, process.env, userInfo().username);
  const policy = await openPolicy({
    specs: policySpecs,
    platform: process.platform,
    env: process.env,
    logger,
  });
  const stopFollowingPolicy = followPolicy(policy, policySpecs);

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
    policySource: policy,
    journalFolder: join(userData, 'journal'),
    osKeys: new SafeStorageKeys(join(userData, 'journal', 'journal.key.os')),
    host: {
      showMainWindow,
      showPrompt: (presentation) => prompts.show(presentation),
      closePrompt: () => prompts.close(),
      quit: () => app.quit(),
    },
    tray,
    notifier: createElectronNotifier(() => core?.runTrayAction('open-today')),
    logger,
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
    stopFollowingPolicy();
    core?.dispose();
    prompts.close();
    tray.destroy();
    void stopScheduledJobs();
  });
  // Started at login: stay in the tray (menu bar) until the person opens the window.
  if (!startedAtLogin(process.argv)) showMainWindow();
}

if (process.argv.includes('--check-policy')) {
  void runPolicyCheckArgument(process.argv, {
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }).then((code) => app.exit(code ?? 0));
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  applyAppIdentity();
  app.enableSandbox();
  const stores = openStores();
  // The IT policy is read asynchronously (the registry, managed preferences) and Chromium takes
  // --lang only before it is ready: the person's own choice sets it here. A language IT locks
  // reaches Pust's texts at once and Chromium's own widgets from the next start.
  applyChromiumLanguage(app.commandLine, startupLanguage(stores.settingsStore.store, NO_POLICY));
  void app.whenReady().then(() => start(stores));
}
