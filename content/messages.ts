/**
 * UI strings per locale and the one lookup function that core (tray, notifications) and the
 * renderer share. Bokmål is the reference: its keys define the type every locale must match, and
 * tests/unit/content/locales.test.ts fails when a locale lacks or adds a key.
 */
import enCore from './locales/en/core.json' with { type: 'json' };
import enJournal from './locales/en/journal.json' with { type: 'json' };
import enPolicy from './locales/en/policy.json' with { type: 'json' };
import enToday from './locales/en/today.json' with { type: 'json' };
import enTools from './locales/en/tools.json' with { type: 'json' };
import nbCore from './locales/nb/core.json' with { type: 'json' };
import nbJournal from './locales/nb/journal.json' with { type: 'json' };
import nbPolicy from './locales/nb/policy.json' with { type: 'json' };
import nbToday from './locales/nb/today.json' with { type: 'json' };
import nbTools from './locales/nb/tools.json' with { type: 'json' };
import nnCore from './locales/nn/core.json' with { type: 'json' };
import nnJournal from './locales/nn/journal.json' with { type: 'json' };
import nnPolicy from './locales/nn/policy.json' with { type: 'json' };
import nnToday from './locales/nn/today.json' with { type: 'json' };
import nnTools from './locales/nn/tools.json' with { type: 'json' };

/*
 * One file per area and locale (core, today, journal, tools, policy), so work on one area never edits
 * another's file. Each file holds one top-level key (its area), merged here.
 */
const nb = { ...nbCore, ...nbToday, ...nbJournal, ...nbTools, ...nbPolicy };
const nn = { ...nnCore, ...nnToday, ...nnJournal, ...nnTools, ...nnPolicy };
const en = { ...enCore, ...enToday, ...enJournal, ...enTools, ...enPolicy };

export type Messages = typeof nb;
export type MessageLocale = 'nb' | 'nn' | 'en';

type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Leaves<Messages>;

export const MESSAGES: Readonly<Record<MessageLocale, Messages>> = { nb, nn, en };

/** BCP 47 tags for Intl formatting and the document's lang attribute. */
export const LANGUAGE_TAGS: Readonly<Record<MessageLocale, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  en: 'en-GB',
};

/**
 * The language Chromium is started with (`--lang`): Electron's windows and the web preview's
 * browser alike. It decides what Pust cannot write itself: the native date fields, Chromium's own
 * messages and the default locale of Intl. Chromium has no nynorsk locale, so nynorsk starts it in
 * bokmål, which writes dates and times as nynorsk does; Pust's own texts stay nynorsk.
 */
export const CHROMIUM_LANGUAGES: Readonly<Record<MessageLocale, string>> = {
  nb: 'nb',
  nn: 'nb',
  en: 'en-GB',
};

function lookup(messages: Messages, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Looks up `key` in `locale`, falling back to bokmål, and fills `{name}` placeholders. */
export function translate(
  locale: MessageLocale,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const text = lookup(MESSAGES[locale], key) ?? lookup(MESSAGES.nb, key) ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
