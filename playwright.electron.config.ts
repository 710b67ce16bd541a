import { defineConfig } from '@playwright/test';

/** The Electron smoke suite: runs only where the Electron binary exists (see tests/electron). */
export default defineConfig({
  testDir: 'tests/electron',
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/electron.json' }]],
});
