import { spawnSync } from 'node:child_process';

/** Builds main, preload and renderer once; every test then starts the preview with --no-build. */
export default function globalSetup(): void {
  if (process.env.PUST_E2E_SKIP_BUILD === '1') return;
  const result = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('electron-vite build failed; see above');
}
