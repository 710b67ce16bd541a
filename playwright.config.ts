import { defineConfig } from '@playwright/test';
import { chromiumArgsFor, findChromium } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    browserName: 'chromium',
    // Chromium speaks bokmål, as Electron starts it for Pust's default language.
    launchOptions: { executablePath: findChromium(), args: chromiumArgsFor('nb') },
    viewport: { width: 1200, height: 800 },
    trace: 'off',
  },
});
