/**
 * Electron main: the composition root. It wires core to Electron's adapters and owns nothing that
 * decides anything; every rule lives in electron/core and is tested there.
 */
import { app, BrowserWindow, ipcMain, session } from 'electron';
import ElectronStore from 'electron-store';
import schedule from 'node-schedule';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { IPC_EVENT_CHANNEL } from '../contract';
import { createPustCore, type PustCore } from '../core/app-core';
import { createFileLogger } from '../core/logging/file-logger';
import { followPolicy, openPolicy } from '../core/policy/open-policy';
import { systemPolicySources } from '../core/policy/sources';
import type { Timer } from '../core/ports';
import { openStoreSafely } from '../core/settings/open-store';
import { ElectronActivity } from './activity';
import { runPolicyCheckArgument } from './check-policy-arg';
import { consoleLogger, createElectronNotifier, systemClock } from './adapters';
import { applyAutostart } from './autostart';
import { registerIpcHandlers } from './ipc';
import { SafeStorageKeys } from './os-keys';
import { PromptWindows } from './prompt-windows';
import { applyAppIdentity, startedAtLogin } from './platform';
import { hardenSession } from './security';
import { ElectronTrayView } from './tray';
import { createSenderCheck } from './trusted-sender';
import { createPustWindow } from './window-factory';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;

function resourcesDir(): string {
  return app.isPackaged ? process.resourcesPath : join(app.getAppPath(), 'resources');
}

/** node-schedule jobs at wall-clock instants; the engine re-arms them after a resume. */
const scheduleTimer: Timer = {
  armAt(at, fire) {
    const job = schedule.scheduleJob(at, fire);
    return () => job?.cancel();
  },
};

async function start(): Promise<void> {
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

  const userData = app.getPath('userData');
  const logger = createFileLogger({ folder: join(userData, 'logs'), echo: consoleLogger });
  const openStore = (name: string) =>
    openStoreSafely(
      () => new ElectronStore({ name, clearInvalidConfig: false }),
      join(userData, `${name}.json`),
      systemClock.now(),
      logger,
    );
  const settingsStore = openStore('settings');
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
    stateStore: openStore('state').store,
    settingsMovedAsideTo: settingsStore.movedAsideTo,
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
    void schedule.gracefulShutdown();
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
  void app.whenReady().then(start);
}
