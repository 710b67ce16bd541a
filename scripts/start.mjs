// `npm start`: build Pust and run it in Electron. Where the Electron binary is missing and cannot be
// downloaded (a machine that reaches only the npm registry), stop with one line that says so and
// points to the web preview, instead of a stack trace.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function electronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

function fail(reason) {
  console.error(
    `pust: cannot start Electron: ${reason}. Try \`npm run preview:web\` to use Pust in a browser.`,
  );
  process.exit(1);
}

if (!electronBinary()) {
  // Electron 42+ downloads its binary on first use; do that now, quietly, and judge the outcome.
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
  });
  if (install.status !== 0 || !electronBinary()) {
    const line = `${install.stderr ?? ''}${install.stdout ?? ''}`
      .split('\n')
      .find((l) => /error/i.test(l));
    fail(
      `the Electron binary is not installed and could not be downloaded${line ? ` (${line.trim().slice(0, 160)})` : ''}`,
    );
  }
}

const build = spawnSync(
  process.execPath,
  [join('node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync(electronBinary(), ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 0);
