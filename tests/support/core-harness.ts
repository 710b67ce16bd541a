import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { channels, type WorkdayView } from '../../electron/contract';
import { createPustCore, type PustCore } from '../../electron/core/app-core';
import { FileKeyProvider, type SecretKeyProvider } from '../../electron/core/journal';
import type {
  ActivitySource,
  Clock,
  KeyValueStore,
  Notification,
  PromptPresentation,
  Timer,
} from '../../electron/core/ports';
import type { PolicySource } from '../../electron/core/policy/policy-monitor';
import { loadAdminPolicy } from '../../electron/core/policy/policy-file';
import { openStoreSafely } from '../../electron/core/settings/open-store';
import type { TrayModel } from '../../electron/core/tray/tray-model';
import { RecordingLogger, VirtualActivity, VirtualTime } from './fakes';

export interface CoreHarness {
  core: PustCore;
  dir: string;
  settingsFile: string;
  time: VirtualTime;
  activity: VirtualActivity;
  trays: TrayModel[];
  notifications: Notification[];
  prompts: Array<{ presentation: PromptPresentation; promptId: string; kind: string } | 'closed'>;
  logs: string[];
  host: {
    showMainWindow: ReturnType<typeof vi.fn>;
    quit: ReturnType<typeof vi.fn>;
    showPrompt: (presentation: PromptPresentation, promptId: string, kind: string) => void;
    closePrompt: () => void;
  };
  movedAsideTo: string | null;
}

/** Today's view as the renderer gets it, read through the contract's schema (throws if it fails). */
export async function workdayView(h: Pick<CoreHarness, 'core'>): Promise<WorkdayView> {
  const result = await h.core.dispatch('workday.get', undefined);
  if (!result.ok) throw new Error(result.error.message);
  return channels['workday.get'].response.parse(result.value);
}

export function tempDir(prefix = 'pust-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A real core over real files in a temp folder, with a hand-moved clock and recording fakes for
 * the hosts. Starts on a Thursday before work (2026-11-26 07:00 in Oslo) unless told otherwise.
 */
export function startCore<
  T extends Clock & Timer = VirtualTime,
  A extends ActivitySource = VirtualActivity,
>(
  dir = tempDir(),
  options: {
    policyFile?: string;
    policySource?: PolicySource;
    now?: string;
    time?: T;
    activity?: A;
    /** The OS secret store; by default a key file standing in for it, as in the preview. */
    osKeys?: SecretKeyProvider;
    /** Wraps each key-value store (settings, state), e.g. to inject write faults. */
    wrapStore?: (store: KeyValueStore, name: 'settings' | 'state') => KeyValueStore;
    runtime?: 'preview' | 'electron';
  } = {},
): Omit<CoreHarness, 'time' | 'activity'> & { time: T; activity: A } {
  const trays: TrayModel[] = [];
  const notifications: Notification[] = [];
  const prompts: CoreHarness['prompts'] = [];
  const logger = new RecordingLogger();
  const logs = logger.lines;
  const time = (options.time ?? new VirtualTime(options.now ?? '2026-11-26T07:00:00+01:00')) as T;
  const activity = (options.activity ?? new VirtualActivity(time)) as A;
  const openConf = (name: 'settings' | 'state') => {
    const opened = openStoreSafely(
      () => new Conf({ cwd: dir, configName: name, clearInvalidConfig: false }),
      join(dir, `${name}.json`),
      time.now(),
      logger,
    );
    return options.wrapStore ? { ...opened, store: options.wrapStore(opened.store, name) } : opened;
  };
  const settingsFile = join(dir, 'settings.json');
  const opened = openConf('settings');
  const state = openConf('state');
  const host = {
    showMainWindow: vi.fn(),
    quit: vi.fn(),
    showPrompt: (presentation: PromptPresentation, promptId: string, kind: string) =>
      prompts.push({ presentation, promptId, kind }),
    closePrompt: () => prompts.push('closed'),
  };
  const core = createPustCore({
    appInfo: {
      name: 'Pust',
      version: '0.0.0-test',
      runtime: options.runtime ?? 'preview',
      dataDir: dir,
    },
    clock: time,
    timer: time,
    activity,
    settingsStore: opened.store,
    stateStore: state.store,
    settingsMovedAsideTo: opened.movedAsideTo,
    storeNotices: [opened.notice, state.notice].filter((notice) => notice !== null),
    ...(options.policyFile ? { policy: loadAdminPolicy(options.policyFile, logger) } : {}),
    ...(options.policySource ? { policySource: options.policySource } : {}),
    journalFolder: join(dir, 'journal'),
    osKeys: options.osKeys ?? new FileKeyProvider(join(dir, 'journal', 'os-store.key')),
    host,
    tray: { render: (model) => trays.push(model) },
    notifier: { show: (n) => notifications.push(n) },
    logger,
  });
  return {
    core,
    dir,
    settingsFile,
    time,
    activity,
    trays,
    notifications,
    prompts,
    logs,
    host,
    movedAsideTo: opened.movedAsideTo,
  };
}
