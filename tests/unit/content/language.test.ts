import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../content/messages';
import {
  contentTexts,
  englishFindings,
  nynorskFindings,
  type Finding,
  type Text,
} from './language-check';

/** The errors issue 17 found, as they were written, next to the text that replaced them. */
const NYNORSK_ERRORS_FIXED = [
  {
    before: 'Eg klarer å leggje bort jobben når arbeidsdagen er over.',
    now: 'Eg klarar å leggje bort jobben når arbeidsdagen er over.',
  },
  {
    before: 'Førespurnaden kom frå ein stad Pust ikkje stoler på.',
    now: 'Førespurnaden kom frå ein stad Pust ikkje stolar på.',
  },
  {
    before:
      'Innstillingsfila var skadd. Vi flytte henne til {path} og brukar standardval der det trengst.',
    now: 'Innstillingsfila var skadd. Vi flytta henne til {path} og brukar standardval der det trengst.',
  },
  {
    before:
      'Å leie seg sjølv er ein ferdigheit. Han kan øvast. Vurder deg sjølv på seks område. Ta svara med til ein prat med leiaren din.',
    now: 'Å leie seg sjølv er ei ferdigheit. Ho kan øvast. Vurder deg sjølv på seks område. Ta svara med til ein prat med leiaren din.',
  },
  {
    // Only the article: the check must catch "ein ferdigheit" on its own, not just "Han" after it.
    before:
      'Å leie seg sjølv er ein ferdigheit. Ho kan øvast. Vurder deg sjølv på seks område. Ta svara med til ein prat med leiaren din.',
    now: 'Å leie seg sjølv er ei ferdigheit. Ho kan øvast. Vurder deg sjølv på seks område. Ta svara med til ein prat med leiaren din.',
  },
  {
    before: 'Berre for deg: dagboka ligg berre på denne maskina og vert aldri send nokon stad.',
    now: 'Berre for deg: dagboka ligg berre på denne maskina og blir aldri send nokon stad.',
  },
  {
    before: 'Tonen er god, også når vi er usamde.',
    now: 'Tonen er god, òg når vi er usamde.',
  },
];

const ENGLISH_ERRORS_FIXED = [
  {
    before: 'Is there anything in your life right now that would help me to know about?',
    now: 'Is there anything in your life right now that it would help me to know about?',
  },
  {
    before: "Ask more: 'Tell me more.' 'What do you mean by that?'",
    now: "Ask follow-up questions: 'Tell me more.' 'What do you mean by that?'",
  },
  { before: 'What are you pleased with lately?', now: 'What have you been pleased with lately?' },
  {
    before: 'I show the team that I keep work and free time apart myself.',
    now: 'I set the team an example by keeping work and free time apart.',
  },
  {
    before: 'Call a colleague today, just to hear how they are. Daily contact keeps the team warm.',
    now: 'Call a colleague today, just to hear how they are. Daily contact helps keep the working environment friendly.',
  },
  {
    before: 'You have worked over two hours past your hours. Take a half-hour break.',
    now: 'You have worked over two hours past your normal hours. Take a half-hour break.',
  },
  {
    before: 'Strict: a rest screen that returns every half hour (there is always a way on)',
    now: 'Strict: a rest screen that returns every half hour (you can always carry on)',
  },
  {
    before:
      'There is always a way on: choose "I am working late on purpose" and write a short reason.',
    now: 'You can always carry on: choose "I am working late on purpose" and write a short reason.',
  },
  { before: 'Vacation and days off', now: 'Annual leave and days off' },
  // An American spelling is caught by the dictionary, not by a list.
  { before: 'Choose a color theme', now: 'Appearance' },
];

/** The content with one text put back as it was; fails if `now` is not exactly one text. */
function putBack(texts: readonly Text[], { before, now }: { before: string; now: string }): Text[] {
  const matches = texts.filter((entry) => entry.text === now);
  expect(
    matches.map((entry) => entry.at),
    `exactly one text reads «${now}»`,
  ).toHaveLength(1);
  return texts.map((entry) => (entry.text === now ? { ...entry, text: before } : entry));
}

const describeFindings = (findings: readonly Finding[]) =>
  findings.map(({ at, found, problem }) => `${at}: «${found}» — ${problem}`);

describe('the language check', () => {
  it('finds no bokmål forms, wrong genders or off-style words in any nynorsk text', () => {
    expect(describeFindings(nynorskFindings(contentTexts('nn')))).toEqual([]);
  });

  it('finds every English text spelt in en-GB and free of the listed phrasings', () => {
    expect(describeFindings(englishFindings(contentTexts('en')))).toEqual([]);
  });

  it.each(NYNORSK_ERRORS_FIXED)('fails when «$before» is put back', (error) => {
    const texts = putBack(contentTexts('nn'), error);
    const at = texts.find((entry) => entry.text === error.before)!.at;
    expect(nynorskFindings(texts).map((finding) => finding.at)).toContain(at);
  });

  it.each(ENGLISH_ERRORS_FIXED)('fails when «$before» is put back', (error) => {
    const texts = putBack(contentTexts('en'), error);
    const at = texts.find((entry) => entry.text === error.before)!.at;
    expect(englishFindings(texts).map((finding) => finding.at)).toContain(at);
  });

  it('does not mistake real nynorsk for bokmål', () => {
    const fine = [
      'Eg klarar det. Ho er ei ferdigheit. Vi flytta fila. Det blir lagra, òg i kveld.',
      'Ein ting om gongen. Medarbeidarleiing er å gjere kvardagen betre.',
      'Vel éin til tre ting. Måla er avklarte med leiaren min.',
    ].map((text, i) => ({ at: `sample ${i}`, text }));
    expect(describeFindings(nynorskFindings(fine))).toEqual([]);
  });

  it('reads every text a person reads, in the UI strings and the tools', () => {
    const texts = contentTexts('nn');
    expect(texts.some((entry) => entry.at === 'ui:errors.forbidden-sender')).toBe(true);
    expect(texts.some((entry) => entry.at.startsWith('tools/selvledelse:'))).toBe(true);
    expect(texts.length).toBeGreaterThan(Object.keys(MESSAGES.nn).length * 10);
  });
});
