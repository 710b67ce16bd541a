import type { Locale, Theme } from '../../electron/contract/settings';

/**
 * The choices the Settings view offers. The renderer may import only types from the contract (its
 * values pull in the schema library), so the lists are repeated here and checked to be complete.
 */
export const LANGUAGE_OPTIONS = ['nb', 'nn', 'en'] as const satisfies readonly Locale[];
export const THEME_OPTIONS = [
  'system',
  'light',
  'dark',
  'high-contrast',
] as const satisfies readonly Theme[];

type Complete<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;
export const optionListsAreComplete: [
  Complete<Locale, (typeof LANGUAGE_OPTIONS)[number]>,
  Complete<Theme, (typeof THEME_OPTIONS)[number]>,
] = [true, true];
