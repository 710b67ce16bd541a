/**
 * `npm run preview:web`: Pust in a browser, with the real core behind the contract and a dev panel
 * standing in for the tray and notifications. Development only; never packaged.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../core/ports';
import { parsePreviewOptions, PREVIEW_USAGE, PreviewUsageError } from './options';
import { RENDERER_DIR, startPreview } from './start-preview';

const logger: Logger = {
  info: (message) => console.log(`[pust] ${message}`),
  warn: (message) => console.warn(`[pust] ${message}`),
  error: (message) => console.error(`[pust] ${message}`),
};

async function main(): Promise<void> {
  let options;
  try {
    options = parsePreviewOptions(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof PreviewUsageError)) throw error;
    console.error(`pust preview: ${error.message}\n${PREVIEW_USAGE}`);
    process.exit(2);
  }
  if (options.build) {
    const built = spawnSync(
      process.execPath,
      [
        join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
        'build',
        '--logLevel',
        'warn',
      ],
      { stdio: 'inherit' },
    );
    if (built.status !== 0) {
      console.error('pust preview: building the renderer failed (see above)');
      process.exit(1);
    }
  } else if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    console.error(
      'pust preview: out/renderer is missing; run without --no-build or `npm run build` first',
    );
    process.exit(1);
  }

  const preview = await startPreview(options, logger, () => process.exit(0));
  console.log(`[pust] profile: ${preview.profile}`);
  console.log(
    options.clock === 'manual'
      ? '[pust] clock: manual (it moves only by Simulate steps)'
      : `[pust] clock: real time ×${options.speed}`,
  );
  console.log(`Preview ready at ${preview.url}`);
  const stop = () => void preview.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
