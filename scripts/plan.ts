/**
 * `npm run plan -- --from YYYY-MM-DD [--days N] [--tz IANA-ZONE] [--settings FILE] [--json]`:
 * prints the planned days with the same core code that Electron runs. See docs/plan.md.
 */
import { readFileSync } from 'node:fs';
import { runPlanCli } from '../electron/core/engine/plan-cli/run';

process.exitCode = runPlanCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  defaultZone: 'Europe/Oslo',
});
