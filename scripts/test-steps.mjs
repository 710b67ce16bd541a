// The bookkeeping behind `npm test`, shared by scripts/test-all.mjs and scripts/node-compat.mjs so
// both run steps, read test runners' reports and print `N passed, N failed, N skipped` one way.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

/** A locally installed tool, run directly so no `npx` lookup can reach the network. */
export const bin = (name) => 'node_modules/.bin/' + name;

export function readJson(path) {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

/** Counts from `vitest --reporter=json`; todo tests count as skipped, as vitest shows them. */
export function vitestCounts(report) {
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests,
    skipped: report.numPendingTests + (report.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's json reporter; a flaky test passed on a retry. */
export function playwrightCounts(report) {
  return {
    passed: report.stats.expected + (report.stats.flaky ?? 0),
    failed: report.stats.unexpected,
    skipped: report.stats.skipped,
  };
}

/**
 * Steps and runners for one summary. A step fails on a non-zero exit or through `fail`; a runner
 * adds its test counts. `finish` prints each runner's counts, the failed steps and, last, the
 * total line, and returns the exit code.
 */
export function createSteps() {
  const failedSteps = [];
  const runners = [];
  const markFailed = (name) => {
    if (!failedSteps.includes(name)) failedSteps.push(name);
  };

  function run(name, command, args, env = {}) {
    console.log(`\n── ${name}: ${command} ${args.join(' ')}`);
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    if (result.status !== 0) markFailed(name);
    return result.status === 0;
  }

  function fail(name, reason) {
    console.log(`${name}: ${reason}`);
    markFailed(name);
  }

  function addRunner(name, counts) {
    runners.push({ name, ...counts });
  }

  /** Runs the vitest projects with a JSON report beside the terminal one and adds its counts. */
  function vitest(name, runner, outputFile, env = {}) {
    // A report left by an earlier run must not stand in for this one.
    rmSync(outputFile, { force: true });
    run(
      name,
      bin('vitest'),
      ['run', '--reporter=default', '--reporter=json', `--outputFile=${outputFile}`],
      env,
    );
    const report = readJson(outputFile);
    if (report) addRunner(runner, vitestCounts(report));
    else fail(name, `vitest wrote no results to ${outputFile}`);
  }

  function finish() {
    const total = { passed: 0, failed: 0, skipped: 0 };
    console.log('');
    for (const runner of runners) {
      console.log(
        `  ${runner.name}: ${runner.passed} passed, ${runner.failed} failed, ${runner.skipped} skipped`,
      );
      total.passed += runner.passed;
      total.failed += runner.failed;
      total.skipped += runner.skipped;
    }
    if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
    console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
    return failedSteps.length > 0 || total.failed > 0 ? 1 : 0;
  }

  return { run, fail, addRunner, vitest, finish };
}
