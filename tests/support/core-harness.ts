import Conf from 'conf';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';
import { createPustCore, type PustCore } from '../../electron/core/app-core';
import type { Logger, Notification } from '../../electron/core/ports';
import { loadAdminPolicy } from '../../electron/core/policy/policy-file';
import { openStoreSafely } from '../../electron/core/settings/open-store';
import type { TrayModel } from '../../electron/core/tray/tray-model';

export interface CoreHarness {
  core: PustCore;
  dir: string;
  settingsFile: string;
  trays: TrayModel[];
  notifications: Notification[];
  logs: string[];
  host: { showMainWindow: ReturnType<typeof vi.fn>; quit: ReturnType<typeof vi.fn> };
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

/** A real core over a real settings file in a temp folder, with recording fakes for the hosts. */
export function startCore(dir = tempDir(), options: { policyFile?: string } = {}): CoreHarness {
  const logs: string[] = [];
  const trays: TrayModel[] = [];
  const notifications: Notification[] = [];
  const logger = recordingLogger(logs);
  const settingsFile = join(dir, 'settings.json');
  const opened = openStoreSafely(
    () => new Conf({ cwd: dir, configName: 'settings', clearInvalidConfig: false }),
    settingsFile,
    new Date('2026-11-26T09:00:00Z'),
    logger,
  );
  const host = { showMainWindow: vi.fn(), quit: vi.fn() };
  const core = createPustCore({
    appInfo: { name: 'Pust', version: '0.0.0-test', runtime: 'preview', dataDir: dir },
    clock: { now: () => new Date('2026-11-26T09:00:00Z'), timeZone: () => 'Europe/Oslo' },
    settingsStore: opened.store,
    settingsMovedAsideTo: opened.movedAsideTo,
    ...(options.policyFile ? { policy: loadAdminPolicy(options.policyFile, logger) } : {}),
    host,
    tray: { render: (model) => trays.push(model) },
    notifier: { show: (n) => notifications.push(n) },
    logger,
  });
  return {
    core,
    dir,
    settingsFile,
    trays,
    notifications,
    logs,
    host,
    movedAsideTo: opened.movedAsideTo,
  };
}
