import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../electron/contract/errors';
import { MESSAGES } from '../../../content/messages';

describe('every stable error code has a text the person can read', () => {
  for (const locale of ['nb', 'nn', 'en'] as const) {
    it(locale, () => {
      const errors = MESSAGES[locale].errors as Record<string, string>;
      expect(ERROR_CODES.filter((code) => !errors[code]?.trim())).toEqual([]);
    });
  }
});
