import { test as base } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from '../support/preview-process';

/**
 * Each test gets its own preview process and profile folder. Its clock is the manual one: it
 * starts at the real time and stands still unless the test steps it, so no prompt falls due in
 * the middle of a test because of when it happened to run.
 */
export const test = base.extend<{ preview: PreviewProcess }>({
  // Playwright requires the fixture object pattern even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const preview = await startPreviewProcess({ args: ['--clock', 'manual'] });
    await use(preview);
    await preview.stop();
  },
});

/**
 * For a spec whose tests start their own previews: a start that gives each preview `baseArgs`
 * and the test's own `args`, in a fresh profile or the `profile` given, and stops every preview a
 * test started once that test has ended.
 */
export function previewStarter(
  baseArgs: string[],
): (args?: string[], profile?: string) => Promise<PreviewProcess> {
  const started: PreviewProcess[] = [];
  test.afterEach(async () => {
    await Promise.all(started.splice(0).map((run) => run.stop()));
  });
  return async (args = [], profile) => {
    const run = await startPreviewProcess({
      args: [...baseArgs, ...args],
      ...(profile ? { profile } : {}),
    });
    started.push(run);
    return run;
  };
}

export { expect } from '@playwright/test';
