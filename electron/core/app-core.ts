import { join } from 'node:path';
import type { AppInfo, EventName, StoreNotice, ViewName } from '../contract';
import { WorkdayRuntime } from './engine';
import { EventBus } from './events';
import { createDispatcher, type Dispatch } from './ipc/dispatcher';
import { FileKeyProvider, JournalService, type SecretKeyProvider } from './journal';
import type { AdminPolicy } from './policy/admin-policy';
import { fixedPolicySource, type PolicySource } from './policy/policy-monitor';
import type {
  ActivitySource,
  AppHost,
  Clock,
  KeyValueStore,
  Logger,
  Notifier,
  Timer,
  TrayView,
} from './ports';
import { SettingsService } from './settings/settings-service';
import { exportLabels } from './journal/export-labels';
import { ConversationReminders } from './team/conversation-reminders';
import { RitualDrafts } from './team/ritual-drafts';
import { TeamService } from './team/team-service';
import {
  buildTrayModel,
  tooltipChangesAt,
  type TrayAction,
  type TrayModel,
} from './tray/tray-model';
import { DayFocusService } from './workday/day-focus';
import { WorkdayService } from './workday/workday-service';

export interface CoreOptions {
  appInfo: AppInfo;
  clock: Clock;
  timer: Timer;
  activity: ActivitySource;
  /** settings.json: the person's choices. */
  settingsStore: KeyValueStore;
  /** state.json: the day in progress, the team list, the ritual draft, journal bookkeeping. */
  stateStore: KeyValueStore;
  /** Where a damaged settings file was moved on this start, if it was. */
  settingsMovedAsideTo?: string | null;
  /** settings.json and state.json files that could not be used as they were (openStoreSafely). */
  storeNotices?: StoreNotice[];
  /** The admin policy as loaded at start (see core/policy); none when absent. */
  policy?: AdminPolicy;
  /** The admin policy, followed while Pust runs (takes the place of `policy`). */
  policySource?: PolicySource;
  /** The folder the journal lives in, and the OS secret store that protects its key. */
  journalFolder: string;
  osKeys: SecretKeyProvider;
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
  /** The effective settings (the host applies some itself, such as autostart). */
  settingsValues(): ReturnType<SettingsService['values']>;
  onSettingsChanged(listener: (values: ReturnType<SettingsService['values']>) => void): () => void;
  dispose(): void;
}

/** The views the renderer has; the tray menu offers these. */
const TRAY_VIEWS = ['today', 'tools', 'journal'] as const;

/**
 * The composition of every core service. Electron main and the preview server both call this with
 * their own ports, so the app logic they run is the same code.
 */
export function createPustCore(options: CoreOptions): PustCore {
  const bus = new EventBus();
  const { logger, stateStore } = options;
  const policySource = options.policySource ?? fixedPolicySource(options.policy);
  const settings = new SettingsService({
    store: options.settingsStore,
    bus,
    logger,
    movedAsideTo: options.settingsMovedAsideTo ?? null,
    storeNotices: options.storeNotices ?? [],
    policy: policySource.current().policy,
  });
  const locale = () => settings.values().language;

  const journal = JournalService.open({
    folder: options.journalFolder,
    osKeys: options.osKeys,
    fileKeys: new FileKeyProvider(join(options.journalFolder, 'journal.key')),
    store: stateStore,
    clock: options.clock,
    logger,
  });
  const applyRetention = (months: number | null) => {
    if (months === null || journal.status().encryption === 'needs-decision') return;
    try {
      const { deleted } = journal.applyRetention({ months });
      if (deleted > 0)
        logger.info(`Retention: deleted ${deleted} journal entries older than ${months} months`);
    } catch (error) {
      // A journal that cannot be written (its status says why) must not stop Pust starting.
      logger.warn(`Retention not applied: ${error instanceof Error ? error.message : error}`);
    }
  };
  applyRetention(settings.values().journal.retentionMonths);

  const runtime = new WorkdayRuntime({
    clock: options.clock,
    timer: options.timer,
    activity: options.activity,
    store: stateStore,
    profile: settings.values().workProfile,
    logger,
  });
  const workday = new WorkdayService({
    runtime,
    clock: options.clock,
    bus,
    host: options.host,
    notifier: options.notifier,
    locale,
    logger,
  });
  const focus = new DayFocusService({
    journal,
    store: stateStore,
    notifier: options.notifier,
    locale,
    profile: () => settings.values().workProfile,
    today: () => {
      const view = workday.view();
      return { date: view.date, zone: view.zone };
    },
  });
  const team = new TeamService({ store: stateStore, today: () => workday.view().date });
  const reminders = new ConversationReminders({
    store: stateStore,
    members: () => team.list(),
    notifier: options.notifier,
    locale,
    logger,
  });
  const rituals = new RitualDrafts(stateStore, () => workday.view().date);

  const trayFor = (view: ReturnType<WorkdayService['view']>) =>
    buildTrayModel(view, locale(), { locked: settings.view().locked, views: TRAY_VIEWS });
  const currentTray = () => trayFor(workday.view());
  // "Pause om 12 min" must count down: redraw when the minute figure changes, and only then.
  let tooltipTimer: (() => void) | null = null;
  const redrawTray = () => {
    const view = workday.view();
    options.tray.render(trayFor(view));
    tooltipTimer?.();
    tooltipTimer = null;
    const changesAt = tooltipChangesAt(view);
    if (changesAt !== null) tooltipTimer = options.timer.armAt(new Date(changesAt), redrawTray);
  };

  const settingsListeners = new Set<(values: ReturnType<SettingsService['values']>) => void>();
  let lastProfile = JSON.stringify(settings.values().workProfile);
  let lastRetention = settings.values().journal.retentionMonths;
  const unsubscribe = bus.subscribe((event) => {
    if (event !== 'settings.changed') return;
    const values = settings.values();
    const profile = JSON.stringify(values.workProfile);
    if (profile !== lastProfile) {
      lastProfile = profile;
      workday.setProfile(values.workProfile);
    }
    if (values.journal.retentionMonths !== lastRetention) {
      lastRetention = values.journal.retentionMonths;
      applyRetention(lastRetention);
    }
    for (const listener of settingsListeners) listener(values);
    redrawTray();
  });
  const unsubscribeWorkday = workday.onChange((view) => {
    redrawTray();
    focus.announce(view.status === 'working');
    reminders.onWorkday(view);
  });
  // A changed policy source applies at once: settings (and through them the day) first, then the page.
  const unsubscribePolicy = policySource.subscribe((reading) => {
    settings.setPolicy(reading.policy);
    bus.emit('policy.changed', reading.report);
  });
  workday.start();

  const journalChanged = <T>(value: T): T => {
    bus.emit('journal.changed', journal.status());
    return value;
  };

  const dispatch = createDispatcher(
    {
      'app.info': () => options.appInfo,
      'settings.get': () => settings.view(),
      'settings.update': (patch) => settings.update(patch),
      'workday.get': () => workday.view(),
      'workday.act': (action) => workday.act(action),
      'workday.history': ({ days }) => workday.history(days),
      'journal.status': () => journal.status(),
      'journal.chooseEncryption': (request) => journalChanged(journal.chooseEncryption(request)),
      'journal.dismissNotice': ({ id }) => {
        journal.dismissNotice(id);
        return journalChanged(journal.status());
      },
      'journal.add': (request) => journalChanged(journal.add(request)),
      'journal.edit': (request) => journalChanged(journal.edit(request)),
      'journal.delete': (request) => {
        journal.delete(request);
        return journalChanged(null);
      },
      'journal.undoDelete': (request) => journalChanged(journal.undoDelete(request)),
      'journal.list': (request) => journal.list(request),
      'journal.search': (request) => journal.search(request),
      'journal.export': (request) => journal.export(request, exportLabels(locale())),
      'journal.import': async (request) => journalChanged(await journal.importJson(request)),
      'journal.summary': () => journal.summary(),
      'journal.deleteAll': (request) => journalChanged(journal.deleteAll(request)),
      'journal.applyRetention': (request) => journalChanged(journal.applyRetention(request)),
      'journal.trends': (request) => journal.trends(request),
      'team.list': () => team.list(),
      'team.add': ({ name }) => team.add(name),
      'team.remove': ({ id }) => team.remove(id),
      'team.talked': ({ id, on }) => team.talked(id, on),
      'team.rhythm': () => team.rhythm(),
      'team.setRhythm': (rhythm) => team.setRhythm(rhythm),
      'ritual.get': () => rituals.get(),
      'ritual.save': (draft) => rituals.save(draft),
      'ritual.clear': () => rituals.clear(),
      'focus.get': () => focus.view(),
      'focus.tick': (tick) => focus.tick(tick),
      'focus.plan': (plan) => focus.plan(plan),
      'policy.get': () => policySource.current().report,
      'policy.reload': async () => (await policySource.reload()).report,
      // Core cannot make a PDF: Electron main answers this channel itself with the sender's
      // WebContents (main/print-pdf.ts); any other host is a browser, which prints the page.
      'print.savePdf': () => ({ outcome: 'browser-print' }) as const,
    },
    logger,
  );

  const open = (view: ViewName) => {
    options.host.showMainWindow();
    bus.emit('app.navigate', { view });
  };
  const act = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      logger.warn(`Tray action refused: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  return {
    dispatch,
    subscribe: (listener) => bus.subscribe(listener),
    trayModel: currentTray,
    runTrayAction(action) {
      switch (action) {
        case 'take-break':
          return act(() => workday.act({ action: 'take-break' }));
        case 'hold-30m':
          return act(() => workday.act({ action: 'hold', length: '30m' }));
        case 'hold-1h':
          return act(() => workday.act({ action: 'hold', length: '1h' }));
        case 'hold-2h':
          return act(() => workday.act({ action: 'hold', length: '2h' }));
        case 'hold-tomorrow':
          return act(() => workday.act({ action: 'hold', length: 'tomorrow' }));
        case 'resume':
          return act(() => workday.act({ action: 'resume' }));
        case 'start-day':
          return act(() => workday.act({ action: 'start-day' }));
        case 'end-day':
          return act(() => workday.act({ action: 'end-day' }));
        case 'toggle-meeting':
          // From the tray, meeting mode lasts the default hour (Today offers other lengths).
          return act(() => workday.act({ action: 'meeting', on: !workday.view().meeting }));
        case 'open-today':
          return open('today');
        case 'open-tools':
          return open('tools');
        case 'open-journal':
          return open('journal');
        case 'open-settings':
          return open('settings');
        case 'quit':
          return options.host.quit();
      }
    },
    settingsValues: () => settings.values(),
    onSettingsChanged(listener) {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    dispose() {
      tooltipTimer?.();
      unsubscribe();
      unsubscribeWorkday();
      unsubscribePolicy();
      workday.stop();
      journal.close();
    },
  };
}
