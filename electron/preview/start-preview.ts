import Conf from 'conf';
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SettingsPatch } from '../contract';
import { createPustCore } from '../core/app-core';
import { EventBus } from '../core/events';
import { FileKeyProvider, type SecretKeyProvider } from '../core/journal';
import type { Logger } from '../core/ports';
import { followPolicy, openPolicy, policySpecsFor } from '../core/policy/open-policy';
import { POLICY_FILE_ENV } from '../core/policy/policy-file';
import { openStoreSafely } from '../core/settings/open-store';
import { SettingsService } from '../core/settings/settings-service';
import type { PreviewOptions } from './options';
import { PreviewPanel } from './panel-state';
import { startPreviewServer, type PreviewServer } from './server';
import type { PreviewClock } from './preview-clock';
import { SimulatedActivity } from './simulated-activity';
import { SimulatedClock } from './simulated-clock';
import { SimulatedTimer } from './simulated-timer';
import { Simulator, type PreviewTime } from './simulator';
import { SteppedClock } from './stepped-clock';
import { SteppedTimer } from './stepped-timer';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');

/** An in-process preview for scripts (bench, screenshots): loopback, a fresh profile, no policy. */
export function scriptPreviewOptions(
  overrides: Partial<Omit<PreviewOptions, 'build'>> = {},
): Omit<PreviewOptions, 'build'> {
  return {
    port: 0,
    profile: null,
    now: null,
    clock: 'real',
    speed: 1,
    locale: null,
    timeZone: 'Europe/Oslo',
    policy: null,
    noSecretStore: false,
    // The scripts (screenshots, the bench) look at the views a person uses every day.
    firstRunDone: true,
    ...overrides,
  };
}

export interface RunningPreview extends PreviewServer {
  profile: string;
  clock: PreviewClock;
}

/** The clock and timer core runs on: real time sped up, or a clock moved only by Simulate steps. */
function previewTime(options: Omit<PreviewOptions, 'build'>): PreviewTime {
  const start = options.now ?? new Date();
  if (options.clock === 'manual') {
    const clock = new SteppedClock(start, options.timeZone);
    return { mode: 'manual', clock, timer: new SteppedTimer(clock) };
  }
  return { mode: 'real', clock: new SimulatedClock(start, options.speed, options.timeZone) };
}

async function bundleBridge(): Promise<string> {
  const result = await build({
    entryPoints: [join(PROJECT_ROOT, 'electron/preview/panel/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

/**
 * Starts the real core with preview adapters (simulated clock, dev panel, files in the profile
 * folder) behind the HTTP transport. The renderer must already be built into out/renderer.
 */
export async function startPreview(
  options: Omit<PreviewOptions, 'build'>,
  logger: Logger,
  onQuit: () => void,
): Promise<RunningPreview> {
  const profile = options.profile
    ? resolve(options.profile)
    : mkdtempSync(join(tmpdir(), 'pust-preview-'));
  mkdirSync(profile, { recursive: true });
  const policyFile = options.policy ?? process.env[POLICY_FILE_ENV] ?? null;
  const time = previewTime(options);
  const { clock } = time;
  const panel = new PreviewPanel(() => clock.now());
  const activity = new SimulatedActivity(clock);
  const openConf = (name: string) =>
    openStoreSafely(
      () => new Conf({ cwd: profile, configName: name, clearInvalidConfig: false }),
      join(profile, `${name}.json`),
      clock.now(),
      logger,
    );
  // The preview has no OS secret store: the journal key lies in a file in the profile (reported
  // as "file-key"), or, with --no-secret-store, there is none and the person must choose.
  const osKeys: SecretKeyProvider = options.noSecretStore
    ? {
        source: 'os',
        available: () => false,
        existingKey: () => null,
        getOrCreateKey: () => {
          throw new Error('no secret store in this preview');
        },
      }
    : new FileKeyProvider(join(profile, 'journal', 'os-store.key'));

  const opened = openConf('settings');
  // --policy FILE or a folder laid out like /etc/pust, followed while the preview runs. Files the
  // developer owns count as an administrator's here; on Windows, where only Administrators may
  // own a policy file, the preview cannot stand in for them and skips the check.
  const policySpecs = policyFile ? policySpecsFor(policyFile) : [];
  const policySource = await openPolicy({
    specs: policySpecs,
    platform: process.platform,
    checkTrust: process.platform !== 'win32',
    env: {},
    logger,
    ...(process.getuid ? { alsoTrustUid: process.getuid() } : {}),
  });
  const stopFollowingPolicy = followPolicy(policySource, policySpecs, 60_000);
  const policy = policyFile ? policySource.current().policy : undefined;
  // --locale stands for a language the person chose before, and --first-run-done for a setup
  // they went through: saved before core starts, so that core's first notification (say, "a day
  // off") is in that language too. Each on its own, so a policy that locks one keeps the other.
  const chosenBefore: SettingsPatch[] = [
    ...(options.locale ? [{ language: options.locale }] : []),
    ...(options.firstRunDone ? [{ firstRunDone: true }] : []),
  ];
  for (const patch of chosenBefore) {
    try {
      new SettingsService({
        store: opened.store,
        bus: new EventBus(),
        logger,
        ...(policy ? { policy } : {}),
      }).update(patch);
    } catch (error) {
      logger.warn(`${JSON.stringify(patch)} not applied: ${String(error)}`);
    }
  }
  let server: PreviewServer | null = null;
  const state = openConf('state');
  const core = createPustCore({
    appInfo: {
      name: 'Pust',
      version: (
        JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }
      ).version,
      runtime: 'preview',
      dataDir: profile,
    },
    clock,
    timer: time.mode === 'manual' ? time.timer : new SimulatedTimer(time.clock),
    activity,
    settingsStore: opened.store,
    stateStore: state.store,
    journalFolder: join(profile, 'journal'),
    osKeys,
    settingsMovedAsideTo: opened.movedAsideTo,
    storeNotices: [opened.notice, state.notice].filter((notice) => notice !== null),
    // The preview reads a policy only when asked (--policy or PUST_POLICY_FILE), never the
    // developer machine's system policy.
    policySource,
    host: {
      showMainWindow: () => panel.windowShown(),
      showPrompt: (presentation, promptId, kind) =>
        panel.promptWindow({ presentation, promptId, kind, at: clock.now().toISOString() }),
      closePrompt: () => panel.promptWindow(null),
      quit: () => {
        panel.quit();
        // Let the panel hear "quit" before the connection goes.
        setTimeout(() => void server?.close().then(onQuit), 50);
      },
    },
    tray: panel,
    notifier: panel,
    logger,
  });

  server = await startPreviewServer({
    core,
    panel,
    simulator: new Simulator(time, activity),
    activity,
    rendererDir: RENDERER_DIR,
    bridgeScript: await bundleBridge(),
    panelCss: readFileSync(join(PROJECT_ROOT, 'electron/preview/panel/panel.css'), 'utf8'),
    port: options.port,
    token: randomBytes(24).toString('hex'),
  });
  const running = server;
  return {
    ...running,
    profile,
    clock,
    async close() {
      stopFollowingPolicy();
      core.dispose();
      await running.close();
    },
  };
}
