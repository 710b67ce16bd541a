// @ts-check
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/**
 * The layering rules (docs/ARCHITECTURE.md): core is plain Node and knows nothing of Electron, the
 * DOM or the hosts around it; the renderer imports only types from the contract; only main (and
 * the preload's bridge) import 'electron'.
 */
const outsideCore = ['**/main/**', '**/preload/**', '**/preview/**', '**/src/**'];
const DOM_GLOBALS = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'fetch',
  'HTMLElement',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core is plain Node: reach Electron through a port.' },
          ],
          patterns: [
            {
              group: outsideCore,
              message: 'core must not import main, preload, preview or the renderer.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...DOM_GLOBALS.map((name) => ({ name, message: 'core has no DOM.' })),
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'the contract is shared by every side; no Electron here.',
            },
          ],
          patterns: [
            {
              group: ['**/core/**', ...outsideCore],
              message: 'the contract depends on nothing but the schema library.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'the renderer reaches Electron only through window.pust.',
            },
          ],
          patterns: [
            {
              group: ['**/electron/contract', '**/electron/contract/**'],
              allowTypeImports: true,
              message: 'the renderer imports only types from the contract.',
            },
            {
              group: [
                '**/electron/core/**',
                '**/electron/main/**',
                '**/electron/preload/**',
                '**/electron/preview/**',
              ],
              message: 'the renderer talks to core only through window.pust.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/core/**', '**/main/**', '**/preview/**', '**/src/**'],
              message: 'the preload only bridges the contract.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preview/**/*.ts', 'content/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message:
                'only electron/main (and the preload) import Electron; tests mock it with vi.mock.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/preview/panel/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
