/**
 * `npm run policy:check -- FILE`: validates an admin policy before IT rolls it out. Prints each
 * problem with its JSON path and exits 1 when there is one; exits 2 when the file is missing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseAdminPolicy } from '../electron/core/policy/admin-policy';
import { leafPaths } from '../electron/contract/schema-tools';

const file = process.argv[2];
if (!file || process.argv.length > 3) {
  console.error('Usage: npm run policy:check -- FILE');
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`${file}: no such file`);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: $: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`);
  process.exit(1);
}
const policy = parseAdminPolicy(text, file);
for (const problem of policy.problems) console.log(`${file}: ${problem.path}: ${problem.message}`);
if (policy.problems.length > 0) {
  console.log(`${policy.problems.length} problem(s); Pust would apply only the valid parts.`);
  process.exit(1);
}
console.log(
  `${file}: valid policy: ${leafPaths(policy.defaults).length} default(s), ${policy.locked.length} locked setting(s).`,
);
