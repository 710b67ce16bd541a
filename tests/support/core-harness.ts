import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createPustCore, type PustCore } from '../../electron/core/app-core';
import { FileKeyProvider } from '../../electron/core/journal';
import type {
  ActivityEventKind,
  ActivitySource,
  Clock,
  Logger,
  Notification,
  PromptPresentation,
  Timer,
} from '../../electron/core/ports';
import type { PolicySource } from '../../electron/core/policy/policy-monitor';
import { loadAdminPolicy } from '../../electron/core/policy/policy-file';
import { openStoreSafely } from '../../electron/core/settings/open-store';
import type { TrayModel } from '../../electron/core/tray/tray-model';

/** A clock the test moves by hand, and a timer that fires what is due when it does. */
export class ManualTime implements Clock, Timer {
  #now: number;
  #zone: string;
  #jobs: Array<{ at: number; fire: () => void; live: boolean }> = [];

  constructor(start: string | Date, zone = 'Europe/Oslo') {
    this.#now = new Date(start).getTime();
    this.#zone = zone;
  }

  now(): Date {
    return new Date(this.#now);
  }

  timeZone(): string {
    return this.#zone;
  }

  armAt(at: Date, fire: () => void): () => void {
    const job = { at: at.getTime(), fire, live: true };
    this.#jobs.push(job);
    return () => (job.live = false);
  }

  /** Moves time forward, firing every armed job that falls due, in order. */
  advance(ms: number): void {
    const target = this.#now + ms;
    for (;;) {
      const due = this.#jobs
        .filter((job) => job.live && job.at <= target)
        .sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      due.live = false;
      this.#now = Math.max(this.#now, due.at);
      due.fire();
    }
    this.#now = target;
    this.#jobs = this.#jobs.filter((job) => job.live);
  }
}

export class ManualActivity implements ActivitySource {
  idle = 0;
  readonly #listeners = new Set<(kind: ActivityEventKind) => void>();
  idleSeconds(): number {
    return this.idle;
  }
  onEvent(listener: (kind: ActivityEventKind) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
  emit(kind: ActivityEventKind): void {
    for (const listener of this.#listeners) listener(kind);
  }
}

export interface CoreHarness {
  core: PustCore;
  dir: string;
  settingsFile: string;
  time: ManualTime;
  activity: ManualActivity;
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

export function tempDir(prefix = 'pust-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function recordingLogger(logs: string[]): Logger {
  return {
    info: (m) => logs.push(`info: ${m}`),
    warn: (m) => logs.push(`warn: ${m}`),
    error: (m) => logs.push(`error: ${m}`),
  };
}

/**
 * A real core over real files in a temp folder, with a hand-moved clock and recording fakes for
 * the hosts. Starts on a Thursday before work (2026-11-26 07:00 in Oslo) unless told otherwise.
 */
export function startCore<
  T extends Clock & Timer = ManualTime,
  A extends ActivitySource = ManualActivity,
>(
  dir = tempDir(),
  options: {
    policyFile?: string;
    policySource?: PolicySource;
    now?: string;
    time?: T;
    activity?: A;
  } = {},
): Omit<CoreHarness, 'time' | 'activity'> & { time: T; activity: A } {
  const logs: string[] = [];
  const trays: TrayModel[] = [];
  const notifications: Notification[] = [];
  const prompts: CoreHarness['prompts'] = [];
  const logger = recordingLogger(logs);
  const time = (options.time ?? new ManualTime(options.now ?? '2026-11-26T07:00:00+01:00')) as T;
  const activity = (options.activity ?? new ManualActivity()) as A;
  const openConf = (name: string) =>
    openStoreSafely(
      () => new Conf({ cwd: dir, configName: name, clearInvalidConfig: false }),
      join(dir, `${name}.json`),
      time.now(),
      logger,
    );
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
    appInfo: { name: 'Pust', version: '0.0.0-test', runtime: 'preview', dataDir: dir },
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
    osKeys: new FileKeyProvider(join(dir, 'journal', 'os-store.key')),
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
