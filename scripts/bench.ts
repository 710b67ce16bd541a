/**
 * `npm run bench`: performance figures as `BENCH <name> <value> <unit>` lines. Targets are checked
 * by reading these (medians), never by timed assertions in tests: CI machines are noisy.
 */
import { spawnSync } from 'node:child_process';
import { bench as engine } from './bench/engine';
import { bench as journal } from './bench/journal';
import { bench as renderer } from './bench/renderer';
import type { BenchResult } from './bench/stats';

const suites: Array<[string, () => Promise<BenchResult[]>]> = [
  ['renderer', renderer],
  ['engine', engine],
  ['journal', journal],
];

const build = spawnSync(
  process.execPath,
  ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(1);

for (const [, run] of suites) {
  for (const result of await run()) {
    console.log(`BENCH ${result.name} ${Number(result.value.toFixed(3))} ${result.unit}`);
  }
}
