/**
 * `npm run policy:check -- FILE…`: validates admin policy files before IT rolls them out: each
 * problem with its JSON path (exit 1 when there is one, 2 when a file is missing), and the file
 * against the published JSON Schema, so the schema and Pust can never disagree unseen.
 * `npm run policy:check` without a file checks the generated templates, schemas and settings
 * table are up to date, and every example in docs/examples.
 */
import Ajv2020 from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { checkPolicyFile } from '../electron/core/policy/check-policy';
import { stripByteOrderMark } from '../electron/core/policy/json-text';

const root = process.cwd();
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const schemaFor = (file: string) =>
  ['managed', 'recommended'].includes(basename(dirname(file)))
    ? 'docs/examples/policy-values.schema.json'
    : 'docs/examples/policy.schema.json';

/** Problems the published schema finds that Pust's own check did not (there should be none). */
function schemaProblems(file: string, pustFoundProblems: boolean): string[] {
  let value: unknown;
  try {
    value = JSON.parse(stripByteOrderMark(readFileSync(file, 'utf8')));
  } catch {
    return []; // Pust's check has said so already
  }
  const schemaPath = join(root, schemaFor(file));
  const validate =
    ajv.getSchema(schemaPath) ??
    (ajv.addSchema(JSON.parse(readFileSync(schemaPath, 'utf8')), schemaPath),
    ajv.getSchema(schemaPath)!);
  if (validate(value) || pustFoundProblems) return [];
  return (validate.errors ?? []).map(
    (error) => `${file}: schema ${schemaFor(file)}: ${error.instancePath || '/'} ${error.message}`,
  );
}

function checkFiles(files: readonly string[]): number {
  let exitCode = 0;
  for (const file of files) {
    const report = checkPolicyFile(file);
    for (const line of report.out) console.log(line);
    for (const line of report.err) console.error(line);
    const disagreements = report.exitCode === 2 ? [] : schemaProblems(file, report.exitCode !== 0);
    for (const line of disagreements) console.log(line);
    exitCode = Math.max(exitCode, report.exitCode, disagreements.length > 0 ? 1 : 0);
  }
  return exitCode;
}

function examples(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return examples(path);
    return entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json') ? [path] : [];
  });
}

const files = process.argv.slice(2);
if (files.length > 0) {
  process.exit(checkFiles(files));
}
let exitCode = 0;
// Loaded only here: generating the templates takes a few seconds that checking a file should not.
const { generatedPolicyFiles } = await import('./policy/generated-files');
for (const [path, content] of await generatedPolicyFiles(root)) {
  const current = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : null;
  if (current !== content) {
    console.log(`${path}: out of date; run npm run policy:templates`);
    exitCode = 1;
  }
}
exitCode = Math.max(exitCode, checkFiles(examples(join('docs', 'examples'))));
console.log(
  exitCode === 0
    ? 'Policy templates, schemas and examples are in order.'
    : 'Problems found (see above).',
);
process.exit(exitCode);
