import { test as base } from '@playwright/test';
import { startPreviewProcess, type PreviewProcess } from '../support/preview-process';

/** Each test gets its own preview process and profile folder. */
export const test = base.extend<{ preview: PreviewProcess }>({
  // Playwright requires the fixture object pattern even when no other fixture is used.
  // eslint-disable-next-line no-empty-pattern
  preview: async ({}, use) => {
    const preview = await startPreviewProcess();
    await use(preview);
    await preview.stop();
  },
});

export { expect } from '@playwright/test';
