/**
 * `npm run policy:check -- FILE`: validates an admin policy before IT rolls it out. Prints each
 * problem with its JSON path and exits 1 when there is one; exits 2 when the file is missing.
 */
import { checkPolicyFile } from '../electron/core/policy/check-policy';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run policy:check -- FILE');
  process.exit(2);
}
const report = checkPolicyFile(file);
for (const line of report.out) console.log(line);
for (const line of report.err) console.error(line);
process.exit(report.exitCode);
