import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from '../../../content/messages';
import { fingerprint, SHINGLE, storedFingerprint } from '../../support/guidance-fingerprint';

function leaves(node: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (node !== null && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) {
      for (const [path, value] of leaves(child, `${prefix}${key}.`)) found.set(path, value);
    }
  } else {
    found.set(prefix.slice(0, -1), node);
  }
  return found;
}

const reference = leaves(MESSAGES.nb);

describe('UI strings stay in step across bokmål, nynorsk and English', () => {
  for (const locale of ['nn', 'en'] as const) {
    const other = leaves(MESSAGES[locale]);
    it(`${locale} has every key bokmål has`, () => {
      expect([...reference.keys()].filter((key) => !other.has(key))).toEqual([]);
    });
    it(`${locale} has no key bokmål lacks`, () => {
      expect([...other.keys()].filter((key) => !reference.has(key))).toEqual([]);
    });
    it(`${locale} uses the same {placeholders} as bokmål`, () => {
      const placeholders = (text: unknown) =>
        String(text)
          .match(/\{\w+\}/g)
          ?.sort() ?? [];
      for (const [key, value] of reference) {
        expect(placeholders(other.get(key)), key).toEqual(placeholders(value));
      }
    });
  }

  it('has no empty text in any locale', () => {
    for (const locale of ['nb', 'nn', 'en'] as const) {
      for (const [key, value] of leaves(MESSAGES[locale])) {
        expect(typeof value === 'string' && value.trim().length > 0, `${locale}:${key}`).toBe(true);
      }
    }
  });

  it(`no nb or nn UI text shares ${SHINGLE} consecutive words with DFØ's guidance`, () => {
    const seed = storedFingerprint();
    for (const locale of ['nb', 'nn'] as const) {
      for (const [key, value] of leaves(MESSAGES[locale])) {
        expect(
          [...fingerprint(String(value))].filter((run) => seed.has(run)),
          key,
        ).toEqual([]);
      }
    }
  });

  it('fills placeholders and falls back to bokmål for a missing key', () => {
    expect(translate('nn', 'settings.about.version', { version: '1.2.3' })).toBe('Versjon 1.2.3');
    expect(translate('en', 'settings.title')).toBe('Settings');
  });
});
