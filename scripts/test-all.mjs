// `npm test`: every check in one go — type-check, lint, unit and component tests (vitest), the web
// preview in real Chromium (Playwright + axe-core), and the Electron smoke suite where a binary
// exists. Ends with one line summing the test runners: `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args, env = {}) {
  console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(name);
  return result.status === 0;
}

function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

const npx = (bin) => ['node_modules/.bin/' + bin];
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
run('lint', 'npm', ['run', '--silent', 'lint']);
run('security (electronegativity)', 'node', ['scripts/security-check.mjs']);

run('unit + component (vitest)', npx('vitest')[0], [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  results.passed += vitest.numPassedTests;
  results.failed += vitest.numFailedTests;
  results.skipped += vitest.numPendingTests + (vitest.numTodoTests ?? 0);
} else failedSteps.push('vitest wrote no results');

run('end to end in Chromium (Playwright)', npx('playwright')[0], ['test']);
const e2e = readJson('test-results/e2e.json');
if (e2e) {
  results.passed += e2e.stats.expected + e2e.stats.flaky;
  results.failed += e2e.stats.unexpected;
  results.skipped += e2e.stats.skipped;
} else failedSteps.push('playwright wrote no results');

run('Electron smoke (Playwright _electron)', npx('playwright')[0], [
  'test',
  '-c',
  'playwright.electron.config.ts',
]);
const smoke = readJson('test-results/electron.json');
if (smoke) {
  results.passed += smoke.stats.expected;
  results.failed += smoke.stats.unexpected;
  results.skipped += smoke.stats.skipped;
  if (smoke.stats.skipped > 0 && smoke.stats.expected === 0) {
    console.log(
      'Electron smoke skipped: the Electron binary is not on this machine and cannot be downloaded here.',
    );
  }
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(failedSteps.length > 0 || results.failed > 0 ? 1 : 0);
