/**
 * The shape of a tool's content file (content/tools/<locale>/<tool>.json) and the one function that
 * loads it. A tool is data: the renderer draws each item by its `kind`, and the journal stores answers
 * by item id, never by text, so a saved result can be shown again in any locale.
 *
 * The texts are Pust's own words built on the ideas in DFØ's guidance "Fjernledelse"; every tool cites
 * it in `source`. Research behind a prompt is cited briefly in an `explanation` item's `source`.
 */
import { z } from 'zod';

import enArbeidsmiljo from './en/arbeidsmiljo.json' with { type: 'json' };
import enDigitaleMoter from './en/digitale-moter.json' with { type: 'json' };
import enEgenomsorg from './en/egenomsorg.json' with { type: 'json' };
import enLesMer from './en/les-mer.json' with { type: 'json' };
import enLyttesamtale from './en/lyttesamtale.json' with { type: 'json' };
import enSelvledelse from './en/selvledelse.json' with { type: 'json' };
import nbArbeidsmiljo from './nb/arbeidsmiljo.json' with { type: 'json' };
import nbDigitaleMoter from './nb/digitale-moter.json' with { type: 'json' };
import nbEgenomsorg from './nb/egenomsorg.json' with { type: 'json' };
import nbLesMer from './nb/les-mer.json' with { type: 'json' };
import nbLyttesamtale from './nb/lyttesamtale.json' with { type: 'json' };
import nbSelvledelse from './nb/selvledelse.json' with { type: 'json' };
import nnArbeidsmiljo from './nn/arbeidsmiljo.json' with { type: 'json' };
import nnDigitaleMoter from './nn/digitale-moter.json' with { type: 'json' };
import nnEgenomsorg from './nn/egenomsorg.json' with { type: 'json' };
import nnLesMer from './nn/les-mer.json' with { type: 'json' };
import nnLyttesamtale from './nn/lyttesamtale.json' with { type: 'json' };
import nnSelvledelse from './nn/selvledelse.json' with { type: 'json' };

export const TOOL_LOCALES = ['nb', 'nn', 'en'] as const;
export type ToolLocale = (typeof TOOL_LOCALES)[number];

export const TOOL_IDS = [
  'egenomsorg',
  'selvledelse',
  'lyttesamtale',
  'digitale-moter',
  'arbeidsmiljo',
  'les-mer',
] as const;
export type ToolId = (typeof TOOL_IDS)[number];

/** The five areas of the guidance. */
export const AREAS = [
  'arbeidsmiljo',
  'prat-med-folka',
  'kommunikasjon',
  'selvledelse',
  'egenomsorg',
] as const;
export type Area = (typeof AREAS)[number];

/** The guidance every tool builds on. */
export const DFO_SOURCE = {
  name: 'DFØ: Fjernledelse',
  url: 'https://arbeidsgiver.dfo.no/ledelse-og-lederutvikling/fjernledelse',
} as const;

/** Pust opens links in the system browser, and only links to DFØ (the guidance is on arbeidsgiver.dfo.no). */
export const ALLOWED_LINK_HOSTS: readonly string[] = [
  'dfo.no',
  'www.dfo.no',
  'arbeidsgiver.dfo.no',
];

export function isAllowedLink(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && ALLOWED_LINK_HOSTS.includes(parsed.hostname);
  } catch {
    return false;
  }
}

/** Stable ids: lower-case kebab-case, ASCII only, so they are safe as journal keys and DOM ids. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');

/** A text a person reads: never empty, never only whitespace. */
const TextSchema = z.string().trim().min(1);

const OptionSchema = z.strictObject({ id: IdSchema, label: TextSchema });
export type Option = z.infer<typeof OptionSchema>;

/** Set on an item or a section that only a person in leader mode should see. */
const leaderOnly = z.boolean().optional();

/** A 1–5 rating with words for each end. Answer: an integer 1–5. */
const ScaleItemSchema = z.strictObject({
  kind: z.literal('scale'),
  id: IdSchema,
  prompt: TextSchema,
  low: TextSchema,
  high: TextSchema,
  leaderOnly,
});

/** Pick one (`select: 'one'`) or several options. Answer: the chosen option ids. */
const ChoiceItemSchema = z.strictObject({
  kind: z.literal('choice'),
  id: IdSchema,
  prompt: TextSchema,
  select: z.enum(['one', 'many']),
  options: z.array(OptionSchema).min(2),
  leaderOnly,
});

/**
 * A free-text prompt. Answer: a string. `private` notes are for the person alone: a view leaves them
 * out of anything meant to be shown or sent to someone else (the prep sheet for the leader, say).
 */
const TextItemSchema = z.strictObject({
  kind: z.literal('text'),
  id: IdSchema,
  prompt: TextSchema,
  hint: TextSchema.optional(),
  multiline: z.boolean(),
  private: z.boolean().optional(),
  leaderOnly,
});

/** One line of a checklist, to tick. Answer: true when ticked. */
const ChecklistItemSchema = z.strictObject({
  kind: z.literal('checklist'),
  id: IdSchema,
  text: TextSchema,
  leaderOnly,
});

/** Advice to read. No answer. */
const TipItemSchema = z.strictObject({
  kind: z.literal('tip'),
  id: IdSchema,
  text: TextSchema,
  leaderOnly,
});

/** Why a prompt is there; `source` cites research briefly ("Deci og Ryan 2000, …"). No answer. */
const ExplanationItemSchema = z.strictObject({
  kind: z.literal('explanation'),
  id: IdSchema,
  text: TextSchema,
  source: TextSchema.optional(),
  leaderOnly,
});

/**
 * A bank of actions: the person picks between `min` and `max` of them, and may write one of their own
 * when `customPrompt` is set (it counts towards `max`). Answer: chosen option ids plus custom text.
 */
const ActionsItemSchema = z
  .strictObject({
    kind: z.literal('actions'),
    id: IdSchema,
    prompt: TextSchema,
    min: z.number().int().min(0),
    max: z.number().int().min(1),
    customPrompt: TextSchema.optional(),
    options: z.array(OptionSchema).min(3),
    leaderOnly,
  })
  .refine((item) => item.min <= item.max && item.max <= item.options.length, {
    message: 'actions need min <= max <= number of options',
  });

/** A bank of questions to ask. The person may star the ones to use. Answer: starred question ids. */
const QuestionsItemSchema = z.strictObject({
  kind: z.literal('questions'),
  id: IdSchema,
  prompt: TextSchema,
  questions: z.array(z.strictObject({ id: IdSchema, text: TextSchema })).min(3),
  leaderOnly,
});

/** A link, opened in the system browser. Only https links to DFØ. No answer. */
const LinkItemSchema = z.strictObject({
  kind: z.literal('link'),
  id: IdSchema,
  title: TextSchema,
  description: TextSchema,
  url: z
    .string()
    .refine(isAllowedLink, `links go only to https:// on ${ALLOWED_LINK_HOSTS.join(', ')}`),
  leaderOnly,
});

/**
 * A reminder the app raises itself (not an answer). `text` may use `{name}` and `{weeks}`. When it
 * is due is the leader's own choice (the conversation rhythm kept with the team list in core), not
 * content.
 */
const ReminderItemSchema = z.strictObject({
  kind: z.literal('reminder'),
  id: IdSchema,
  text: TextSchema,
  leaderOnly,
});

/**
 * Who a conversation was with, picked from leader mode's team list. Answer: the person's name as
 * it stood in the list (a string), so the journal keeps it even if the name is later removed.
 * Saving marks that person as talked to today.
 */
const TeamMemberItemSchema = z.strictObject({
  kind: z.literal('team-member'),
  id: IdSchema,
  prompt: TextSchema,
  hint: TextSchema.optional(),
  leaderOnly,
});

export const ItemSchema = z.discriminatedUnion('kind', [
  ScaleItemSchema,
  ChoiceItemSchema,
  TextItemSchema,
  ChecklistItemSchema,
  TipItemSchema,
  ExplanationItemSchema,
  ActionsItemSchema,
  QuestionsItemSchema,
  LinkItemSchema,
  ReminderItemSchema,
  TeamMemberItemSchema,
]);
export type Item = z.infer<typeof ItemSchema>;
export type ItemKind = Item['kind'];
export type ItemOfKind<K extends ItemKind> = Extract<Item, { kind: K }>;

/** Kinds that take an answer, and so appear in a saved result. */
export const ANSWER_KINDS: readonly ItemKind[] = [
  'scale',
  'choice',
  'text',
  'checklist',
  'actions',
  'questions',
  'team-member',
];

/**
 * What a section's average on its 1–5 scales suggests, in three bands, each with something to
 * try. Every section with a scale has one: a bare "average 3.5" says nothing to a person.
 */
const ReadingSchema = z.strictObject({ low: TextSchema, middle: TextSchema, high: TextSchema });
export type Reading = z.infer<typeof ReadingSchema>;

export const SectionSchema = z.strictObject({
  id: IdSchema,
  title: TextSchema,
  intro: TextSchema.optional(),
  leaderOnly,
  items: z.array(ItemSchema).min(1),
  reading: ReadingSchema.optional(),
});
export type Section = z.infer<typeof SectionSchema>;

/** Sub-ids (options, questions) of an item: unique within that item. */
export function subIds(item: Item): string[] {
  if (item.kind === 'choice' || item.kind === 'actions') return item.options.map((o) => o.id);
  if (item.kind === 'questions') return item.questions.map((q) => q.id);
  return [];
}

export const ToolContentSchema = z
  .strictObject({
    id: z.enum(TOOL_IDS),
    /** `all` only for the "learn more" page, which spans the five areas. */
    area: z.enum([...AREAS, 'all']),
    title: TextSchema,
    intro: TextSchema,
    estimatedMinutes: z.number().int().positive().max(60),
    /** How often Pust suggests taking the tool again, when it is meant to be repeated. */
    repeatEveryDays: z.number().int().positive().optional(),
    source: z.strictObject({ name: z.literal(DFO_SOURCE.name), url: z.literal(DFO_SOURCE.url) }),
    sections: z.array(SectionSchema).min(1),
  })
  .superRefine((tool, ctx) => {
    const seen = new Set<string>();
    const claim = (id: string, path: (string | number)[]): void => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `duplicate id "${id}"`, path });
      seen.add(id);
    };
    tool.sections.forEach((section, s) => {
      claim(section.id, ['sections', s, 'id']);
      section.items.forEach((item, i) => {
        claim(item.id, ['sections', s, 'items', i, 'id']);
        const inner = subIds(item);
        if (new Set(inner).size !== inner.length) {
          ctx.addIssue({
            code: 'custom',
            message: `duplicate option or question id in "${item.id}"`,
            path: ['sections', s, 'items', i],
          });
        }
      });
    });
    tool.sections.forEach((section, s) => {
      const scales = section.items.some((item) => item.kind === 'scale');
      if (scales !== (section.reading !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          message: scales
            ? `section "${section.id}" has scales and needs a reading of its average`
            : `section "${section.id}" has no scales, so a reading has nothing to read`,
          path: ['sections', s, 'reading'],
        });
      }
    });
    if ((tool.area === 'all') !== (tool.id === 'les-mer')) {
      ctx.addIssue({ code: 'custom', message: 'only les-mer spans all areas', path: ['area'] });
    }
  });
export type ToolContent = z.infer<typeof ToolContentSchema>;

/** The raw files, by locale and tool. Static imports so the renderer's bundle carries them too. */
export const RAW_TOOL_CONTENT: Readonly<Record<ToolLocale, Readonly<Record<ToolId, unknown>>>> = {
  nb: {
    egenomsorg: nbEgenomsorg,
    selvledelse: nbSelvledelse,
    lyttesamtale: nbLyttesamtale,
    'digitale-moter': nbDigitaleMoter,
    arbeidsmiljo: nbArbeidsmiljo,
    'les-mer': nbLesMer,
  },
  nn: {
    egenomsorg: nnEgenomsorg,
    selvledelse: nnSelvledelse,
    lyttesamtale: nnLyttesamtale,
    'digitale-moter': nnDigitaleMoter,
    arbeidsmiljo: nnArbeidsmiljo,
    'les-mer': nnLesMer,
  },
  en: {
    egenomsorg: enEgenomsorg,
    selvledelse: enSelvledelse,
    lyttesamtale: enLyttesamtale,
    'digitale-moter': enDigitaleMoter,
    arbeidsmiljo: enArbeidsmiljo,
    'les-mer': enLesMer,
  },
};

const cache = new Map<string, ToolContent>();

/** Parses (once) and returns a tool's content; throws a ZodError if the file breaks the schema. */
export function loadToolContent(locale: ToolLocale, toolId: ToolId): ToolContent {
  const key = `${locale}/${toolId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parsed = ToolContentSchema.parse(RAW_TOOL_CONTENT[locale][toolId]);
  if (parsed.id !== toolId) throw new Error(`${key}.json has id "${parsed.id}"`);
  cache.set(key, parsed);
  return parsed;
}

/** Every item of a tool in reading order, each with its section (for ids, summaries and tests). */
export function itemsOf(tool: ToolContent): { section: Section; item: Item }[] {
  return tool.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}

/**
 * A filled-in tool, as the journal stores it: answers keyed by item id, values by kind —
 * scale: 1–5; choice: option ids; text: string; checklist: true when ticked;
 * actions: { chosen: option ids, custom?: own text }; questions: starred question ids.
 * Ids, not texts, so a result reads the same after the person changes language.
 */
export const AnswerSchema = z.union([
  z.number().int().min(1).max(5),
  z.string(),
  z.boolean(),
  z.array(IdSchema),
  z.strictObject({ chosen: z.array(IdSchema), custom: z.string().optional() }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

export const ToolAnswersSchema = z.strictObject({
  toolId: z.enum(TOOL_IDS),
  answers: z.record(IdSchema, AnswerSchema),
});
export type ToolAnswers = z.infer<typeof ToolAnswersSchema>;

/** One line per section for the journal's history view. */
export interface SectionSummary {
  sectionId: string;
  title: string;
  /** Mean of the answered 1–5 scales, one decimal; absent when the section has none answered. */
  average?: number;
  /** Labels or texts the person chose or wrote: options, actions, ticked lines, non-private text. */
  picked: string[];
  /** Ticked / total checklist lines, when the section has any. */
  checked?: { done: number; total: number };
}

/**
 * Summarises answers for the journal in the locale given. Private texts are left out: they stay in
 * the saved answers for the person, but never in a summary that may be shown or shared.
 */
export function summariseAnswers(
  tool: ToolContent,
  answers: ToolAnswers['answers'],
): SectionSummary[] {
  return tool.sections.flatMap((section) => {
    const scores: number[] = [];
    const picked: string[] = [];
    let done = 0;
    let total = 0;
    for (const item of section.items) {
      const answer = answers[item.id];
      switch (item.kind) {
        case 'scale':
          if (typeof answer === 'number') scores.push(answer);
          break;
        case 'choice':
          if (Array.isArray(answer)) picked.push(...labelsOf(item.options, answer));
          break;
        case 'actions':
          if (answer && typeof answer === 'object' && !Array.isArray(answer)) {
            picked.push(...labelsOf(item.options, answer.chosen));
            if (answer.custom?.trim()) picked.push(answer.custom.trim());
          }
          break;
        case 'questions':
          if (Array.isArray(answer)) {
            const texts = item.questions.map((q) => ({ id: q.id, label: q.text }));
            picked.push(...labelsOf(texts, answer));
          }
          break;
        case 'team-member':
        case 'text':
          if (
            !(item.kind === 'text' && item.private) &&
            typeof answer === 'string' &&
            answer.trim()
          ) {
            picked.push(answer.trim());
          }
          break;
        case 'checklist':
          total += 1;
          if (answer === true) done += 1;
          break;
        default:
          break;
      }
    }
    if (scores.length === 0 && picked.length === 0 && total === 0) return [];
    const summary: SectionSummary = { sectionId: section.id, title: section.title, picked };
    if (scores.length > 0) {
      summary.average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
    }
    if (total > 0) summary.checked = { done, total };
    return [summary];
  });
}

function labelsOf(options: readonly Option[], ids: readonly string[]): string[] {
  return options.filter((o) => ids.includes(o.id)).map((o) => o.label);
}
