import { describe, expect, it } from 'vitest';
import { MESSAGES, translate, type MessageLocale } from '../../../content/messages';

const LOCALES: MessageLocale[] = ['nb', 'nn', 'en'];

/** Words that mark a text as stating a rule of law or agreement (rest, night, breaks, hours). */
const STATES_A_RULE =
  /arbeidsmiljøl|Working Environment Act|\b11 (?:timer|timers|timar|hours)\b|\b35\b|krav på|entitled|nattarbeid|night work|halvtimes pause|half-hour break|37[,.]5/i;
/**
 * A citation names the section and the subsection: "§ 10-11 (3)" in the Act, or the numbered
 * point of the state's personnel handbook (Statens personalhåndbok 3.1) for the state's 37.5 hours.
 */
const CITES_A_SUBSECTION = /§ \d+-\d+ \(\d+\)|personal\p{L}+ \d+\.\d+|section \d+\.\d+/u;

interface Statement {
  key: string;
  text: string;
  source: string | undefined;
}

/** Every UI string that states a rule, with the citation beside it: `source` or `<key>Source`. */
function statements(node: unknown, prefix = ''): Statement[] {
  if (!node || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  return Object.entries(object).flatMap(([key, value]) => {
    if (typeof value !== 'string') return statements(value, `${prefix}${key}.`);
    if (key === 'source' || key.endsWith('Source') || !STATES_A_RULE.test(value)) return [];
    const source = object[`${key}Source`] ?? object.source;
    return [{ key: `${prefix}${key}`, text: value, source: source as string | undefined }];
  });
}

describe('what Pust says about the law', () => {
  it.each(LOCALES)('%s: every statement of a rule names its subsection beside it', (locale) => {
    const found = statements(MESSAGES[locale]);
    expect(found.map((s) => s.key)).toEqual(
      expect.arrayContaining(['notify.night-notice.body', 'prompts.evening.leaderNote']),
    );
    const uncited = found.filter((s) => !s.source || !CITES_A_SUBSECTION.test(s.source));
    expect(uncited.map((s) => `${s.key}: ${s.text}`)).toEqual([]);
  });

  it.each(LOCALES)(
    '%s: the night notice states aml. §10-11 (2), (3) and (4), not "after 21 needs an agreement"',
    (locale) => {
      const words = {
        nb: ['skriftlig avtale', 'kl. 23', 'selv ønsker', 'arbeidets art', 'tillitsvalgte'],
        nn: ['skriftleg avtale', 'kl. 23', 'sjølv ønskjer', 'arten av arbeidet', 'tillitsvalde'],
        en: ['written agreement', '23:00', 'choose it yourself', 'nature of the work', 'union'],
      }[locale];
      for (const key of ['notify.night-notice.body', 'notify.leader.night-notice.body'] as const) {
        const body = translate(locale, key);
        for (const word of words.filter(
          (w) => key === 'notify.night-notice.body' || w !== words[2],
        )) {
          expect(body, `${locale} ${key}`).toContain(word);
        }
        expect(body).not.toMatch(/etter 21 krev|after 21:00 needs/i);
      }
      const source = translate(locale, 'notify.night-notice.source');
      for (const subsection of ['§ 10-11 (1)', '(2)', '(3)', '(4)']) {
        expect(source).toContain(subsection);
      }
    },
  );

  it.each(LOCALES)(
    '%s: leader mode presents the rules as binding for the people led, and cites §10-12 (1)',
    (locale) => {
      const led = { nb: /dem du leder/i, nn: /dei du leier/i, en: /the people you lead/i }[locale];
      const leader = MESSAGES[locale].notify.leader;
      for (const kind of [
        'night-notice',
        'overtime-break',
        'after-hours',
        'latest-stop',
      ] as const) {
        expect(leader[kind].body, `${locale} ${kind}`).toMatch(led);
      }
      expect(MESSAGES[locale].prompts.overtimeBreak.leaderBody).toMatch(led);
      expect(MESSAGES[locale].prompts.evening.leaderNote).toMatch(led);
      expect(leader.source).toContain('§ 10-12 (1)');
      expect(MESSAGES[locale].settings.profile.leaderNoteSource).toContain('§ 10-12 (1)');
    },
  );

  // Issue 18 item 2: a working day over 9 hours is saved with a warning that names the rule and
  // whom it does not bind.
  it.each(LOCALES)(
    '%s: the long-day warning cites § 10-4 (1) and says whom it does not bind (§ 10-12 (1))',
    (locale) => {
      const profile = MESSAGES[locale].settings.profile;
      expect(profile.longDay).toContain('9');
      expect(profile.longDaySource).toContain('§ 10-4 (1)');
      expect(profile.longDayWhoSource).toContain('§ 10-12 (1)');
      expect(profile.longDayWho).toMatch(
        { nb: /ledende stilling/, nn: /leiande stilling/, en: /managerial posts/ }[locale],
      );
    },
  );
});
