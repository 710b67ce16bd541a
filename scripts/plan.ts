/**
 * `npm run plan -- --from YYYY-MM-DD [--days N] [--tz IANA-ZONE] [--settings FILE] [--json]`:
 * prints the planned days with the same core code that Electron runs. See docs/plan.md.
 */
import { nodeIo, runPlanCli } from '../electron/core/engine/plan-cli/run';

process.exitCode = runPlanCli(process.argv.slice(2), nodeIo);
