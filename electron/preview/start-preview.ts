import Conf from 'conf';
import { build } from 'esbuild';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPustCore } from '../core/app-core';
import type { Logger } from '../core/ports';
import { loadAdminPolicy, POLICY_FILE_ENV } from '../core/policy/policy-file';
import { openStoreSafely } from '../core/settings/open-store';
import type { PreviewOptions } from './options';
import { PreviewPanel } from './panel-state';
import { startPreviewServer, type PreviewServer } from './server';
import { SimulatedClock } from './simulated-clock';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer');

export interface RunningPreview extends PreviewServer {
  profile: string;
  clock: SimulatedClock;
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
  const clock = new SimulatedClock(options.now ?? new Date(), options.speed, options.timeZone);
  const panel = new PreviewPanel(() => clock.now());

  const opened = openStoreSafely(
    () => new Conf({ cwd: profile, configName: 'settings', clearInvalidConfig: false }),
    join(profile, 'settings.json'),
    clock.now(),
    logger,
  );
  let server: PreviewServer | null = null;
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
    settingsStore: opened.store,
    settingsMovedAsideTo: opened.movedAsideTo,
    // The preview reads a policy only when asked (--policy or PUST_POLICY_FILE), never the
    // developer machine's system policy.
    ...(policyFile ? { policy: loadAdminPolicy(policyFile, logger) } : {}),
    host: {
      showMainWindow: () => panel.windowShown(),
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
  if (options.locale) await core.dispatch('settings.update', { language: options.locale });

  server = await startPreviewServer({
    core,
    panel,
    clock,
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
      core.dispose();
      await running.close();
    },
  };
}
