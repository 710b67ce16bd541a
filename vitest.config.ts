import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

/**
 * A test's time limit is a guard against a hang, not a judgement of speed: these machines are
 * shared and can be many times slower than usual, so the limit is generous everywhere.
 */
const GENEROUS = { testTimeout: 120_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          ...GENEROUS,
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // electron-store is ESM that imports 'electron'; inlining lets vi.mock('electron') reach it.
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [svelte(), svelteTesting()],
        test: {
          name: 'component',
          ...GENEROUS,
          environment: 'jsdom',
          include: ['tests/component/**/*.test.ts'],
          setupFiles: ['tests/component/setup.ts'],
        },
      },
    ],
  },
});
