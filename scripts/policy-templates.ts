/**
 * `npm run policy:templates`: writes the Group Policy templates (ADMX + ADML in nb-NO, nn-NO and
 * en-US), the JSON Schemas for policy.json and the drop-ins, and the table of lockable settings in
 * docs/admin.md, all from the settings schema. `-- --check` changes nothing and exits 1 when a
 * file is not what the schema gives (tests/unit/policy/templates.test.ts runs it in `npm test`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generatedPolicyFiles } from './policy/generated-files';

const check = process.argv.includes('--check');
const root = process.cwd();
const stale: string[] = [];
for (const [path, content] of await generatedPolicyFiles(root)) {
  const file = join(root, path);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  stale.push(path);
  if (!check) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
if (check && stale.length > 0) {
  console.error(`Out of date (run npm run policy:templates): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(check ? 'Policy templates are up to date.' : `Wrote ${stale.length} file(s).`);
