/**
 * The language check behind tests/unit/content/language.test.ts: every text a person reads in
 * Pust (UI strings and tool content) checked against the forms in language-rules.ts, and the
 * English against the en-GB Hunspell dictionary. Works on any copy of the content, so a test can
 * put an old error back and see the check fail on it.
 */
import dictionary from 'dictionary-en-gb';
import nspell from 'nspell';
import { MESSAGES, type MessageLocale } from '../../../content/messages';
import { RAW_TOOL_CONTENT } from '../../../content/tools/load';
import { TOOL_IDS } from '../../../content/tools/schema';
import { ENGLISH_NAMES, ENGLISH_RULES, NYNORSK_RULES, wholeWords } from './language-rules';

export interface Text {
  /** Where the text lives: `core:notify.night-notice.body` or `tools/selvledelse:intro`. */
  at: string;
  text: string;
}

export interface Finding {
  at: string;
  problem: string;
  found: string;
}

/** Fields of a tool that are not prose: ids, kinds, links; `source` objects name the guidance. */
const NOT_PROSE = new Set(['id', 'kind', 'url', 'select', 'area']);

function leaves(
  value: unknown,
  at: string,
  skip: (key: string, value: unknown) => boolean,
): Text[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${at}[${i}]`, skip));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) =>
      skip(key, child) ? [] : leaves(child, at ? `${at}.${key}` : key, skip),
    );
  }
  return [];
}

/** Every text a person reads in one locale: the UI strings, then each tool. */
export function contentTexts(
  locale: MessageLocale,
  messages: unknown = MESSAGES[locale],
  tools: Readonly<Record<string, unknown>> = RAW_TOOL_CONTENT[locale],
): Text[] {
  const ui = leaves(messages, '', () => false).map(({ at, text }) => ({ at: `ui:${at}`, text }));
  const toolTexts = TOOL_IDS.flatMap((toolId) =>
    leaves(
      tools[toolId],
      '',
      // A research citation ("Albulescu mfl. 2022, PLoS ONE") is names, not prose to check.
      (key) => NOT_PROSE.has(key) || key === 'source',
    ).map(({ at, text }) => ({ at: `tools/${toolId}:${at}`, text })),
  );
  return [...ui, ...toolTexts];
}

function ruleFindings(texts: readonly Text[], rules: typeof NYNORSK_RULES): Finding[] {
  return texts.flatMap(({ at, text }) =>
    rules.flatMap((rule) => {
      const match = wholeWords(rule).exec(text);
      return match ? [{ at, problem: `${rule.name}: ${rule.why}`, found: match[0] }] : [];
    }),
  );
}

/** Bokmål forms, wrong genders and off-style words in nynorsk texts. */
export function nynorskFindings(texts: readonly Text[]): Finding[] {
  return ruleFindings(texts, NYNORSK_RULES);
}

// The dictionary package reads its files with fs (so they are Buffers); its types say Uint8Array.
const speller = nspell({
  aff: Buffer.from(dictionary.aff),
  dic: Buffer.from(dictionary.dic),
});
for (const name of ENGLISH_NAMES) speller.add(name);

/** The words of a text, without {placeholders}, links, numbers and the § sign's references. */
function wordsOf(text: string): string[] {
  const plain = text
    .replace(/\{\w+\}/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/’/g, "'");
  // Hyphenated words are checked part by part ("e-mail", "self-care"); apostrophes stay ("don't").
  return (plain.match(/\p{L}+(?:'\p{L}+)*/gu) ?? [])
    .map((word) => word.replace(/'s$/, '')) // possessive: "someone else's", "DFØ's"
    .filter((word) => word.length > 1);
}

/** Misspelt words (en-GB Hunspell dictionary) and the phrasings in ENGLISH_RULES. */
export function englishFindings(texts: readonly Text[]): Finding[] {
  const spelling = texts.flatMap(({ at, text }) =>
    wordsOf(text)
      .filter((word) => !speller.correct(word))
      .map((word) => ({ at, problem: 'not in the en-GB dictionary', found: word })),
  );
  return [...spelling, ...ruleFindings(texts, ENGLISH_RULES)];
}
