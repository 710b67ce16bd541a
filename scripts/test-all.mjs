// `npm test`: every check in one go — type-check, lint, unit and component tests (vitest), the web
// preview in real Chromium (Playwright + axe-core), the Electron smoke suite where a binary exists,
// and the dev tooling again under Node 22 (scripts/node-compat.mjs). Ends with one line summing the
// test runners: `N passed, N failed, N skipped`.
import { mkdirSync, rmSync } from 'node:fs';
import { runNode22Checks } from './node-compat.mjs';
import { bin, createSteps, playwrightCounts, readJson } from './test-steps.mjs';

const steps = createSteps();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

steps.run('typecheck', 'npm', ['run', '--silent', 'typecheck']);
steps.run('lint', 'npm', ['run', '--silent', 'lint']);
steps.run('security (electronegativity)', 'node', ['scripts/security-check.mjs']);

steps.vitest(
  'unit + component (vitest)',
  `vitest on Node ${process.versions.node}`,
  'test-results/vitest.json',
);

const e2eStep = 'end to end in Chromium (Playwright)';
steps.run(e2eStep, bin('playwright'), ['test']);
const e2e = readJson('test-results/e2e.json');
if (e2e) steps.addRunner('Playwright e2e', playwrightCounts(e2e));
else steps.fail(e2eStep, 'Playwright wrote no results to test-results/e2e.json');

steps.run('Electron smoke (Playwright _electron)', bin('playwright'), [
  'test',
  '-c',
  'playwright.electron.config.ts',
]);
const smoke = readJson('test-results/electron.json');
if (smoke) {
  steps.addRunner('Electron smoke', playwrightCounts(smoke));
  if (smoke.stats.skipped > 0 && smoke.stats.expected === 0) {
    console.log(
      'Electron smoke skipped: the Electron binary is not on this machine and cannot be downloaded here.',
    );
  }
}

// Last, so a failure here never hides the main run's results; it rebuilds out/ under Node 22.
await runNode22Checks(steps);

process.exit(steps.finish());
