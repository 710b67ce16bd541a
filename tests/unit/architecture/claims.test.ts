import { build } from 'esbuild';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type CoreHarness } from '../../support/core-harness';

/**
 * docs/ARCHITECTURE.md's claims that a test can hold true. (The entry chunk's contents are checked
 * on the built renderer in tests/e2e/architecture.spec.ts; file sizes in file-sizes.test.ts.)
 */

const ROOT = resolve(import.meta.dirname, '../../..');

/** Every source file esbuild pulls into a bundle of `entry` (packages bundled, electron left out). */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [resolve(ROOT, entry)],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'browser',
    format: 'esm',
    external: ['electron'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

const fromZod = (inputs: string[]) => inputs.filter((path) => /node_modules\/zod\//.test(path));

describe('the preload and the preview bridge never bundle the schema library', () => {
  it('finds zod where it is used: the contract’s channel schemas (the check can fail)', async () => {
    expect(fromZod(await bundledInputs('electron/contract/channels.ts')).length).toBeGreaterThan(0);
  });

  it.each(['electron/preload/index.ts', 'electron/preview/panel/bridge.ts'])(
    '%s reaches no zod module',
    async (entry) => {
      const inputs = await bundledInputs(entry);
      expect(inputs.some((path) => path.includes('contract/api.ts'))).toBe(true);
      expect(fromZod(inputs)).toEqual([]);
    },
  );
});

describe('dispatch() is the one door for requests into core', () => {
  let harness: CoreHarness | null = null;
  afterEach(() => {
    harness?.core.dispose();
    harness = null;
  });

  it('the core a host gets offers dispatch and events, and only the host’s own closed inputs besides', () => {
    harness = startCore();
    // Anything else a host could call would be a second door past the schemas and the budgets.
    expect(Object.keys(harness.core).sort()).toEqual([
      'dispatch',
      'dispose',
      'onSettingsChanged', // main applies autostart when the setting changes
      'runTrayAction', // a closed list of tray menu actions, each mapped to one service call
      'settingsValues', // main reads autostart at start
      'subscribe',
      'trayModel',
    ]);
  });
});
