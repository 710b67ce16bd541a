import type { AppInfo, EventName } from '../contract';
import { EventBus } from './events';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import type { AdminPolicy } from './policy/admin-policy';
import type { AppHost, Clock, KeyValueStore, Logger, Notifier, TrayView } from './ports';
import { SettingsService } from './settings/settings-service';
import { buildTrayModel, type TrayAction, type TrayModel } from './tray/tray-model';

export interface CoreOptions {
  appInfo: AppInfo;
  clock: Clock;
  settingsStore: KeyValueStore;
  /** Where a damaged settings file was moved on this start, if it was. */
  settingsMovedAsideTo?: string | null;
  /** The admin policy as loaded at start (see core/policy); none when absent. */
  policy?: AdminPolicy;
  host: AppHost;
  tray: TrayView;
  notifier: Notifier;
  logger: Logger;
}

export interface PustCore {
  dispatch: Dispatch;
  /** Every event for the renderer; the transport forwards them. */
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
  trayModel(): TrayModel;
  runTrayAction(action: TrayAction): void;
  dispose(): void;
}

/**
 * The composition of every core service. Electron main and the preview server both call this with
 * their own ports, so the app logic they run is the same code.
 */
export function createPustCore(options: CoreOptions): PustCore {
  const bus = new EventBus();
  const settings = new SettingsService({
    store: options.settingsStore,
    bus,
    logger: options.logger,
    movedAsideTo: options.settingsMovedAsideTo ?? null,
    ...(options.policy ? { policy: options.policy } : {}),
  });

  const currentTray = () => buildTrayModel('idle', settings.values().language);
  const redrawTray = () => options.tray.render(currentTray());
  const unsubscribeTray = bus.subscribe((event) => {
    if (event === 'settings.changed') redrawTray();
  });
  redrawTray();

  const dispatch = createDispatcher(
    {
      'app.info': () => options.appInfo,
      'settings.get': () => settings.view(),
      'settings.update': (patch) => settings.update(patch),
    },
    options.logger,
  );

  return {
    dispatch,
    subscribe: (listener) => bus.subscribe(listener),
    trayModel: currentTray,
    runTrayAction(action) {
      switch (action) {
        case 'open-settings':
          options.host.showMainWindow();
          bus.emit('app.navigate', { view: 'settings' });
          return;
        case 'quit':
          options.host.quit();
          return;
      }
    },
    dispose() {
      unsubscribeTray();
    },
  };
}
