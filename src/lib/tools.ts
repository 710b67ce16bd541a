/**
 * The tools' rules that are not drawing: what a person in or out of leader mode sees, what a filled-in
 * form saves, what it must satisfy first, and the one-line summary the journal shows.
 *
 * This module imports the tool content (all locales), so only lazily loaded code may import it: the
 * Tools view loads it when it opens, and the first view stays small.
 */
import { loadToolContent } from '../../content/tools/load';
import { summariseAnswers, type SectionSummary } from '../../content/tools/summary';
import {
  AnswerSchema,
  TOOL_LOCALES,
  type Answer,
  type Item,
  type Section,
  type ToolContent,
  type ToolId,
  type ToolLocale,
} from '../../content/tools/schema';
import { decimalText } from '../../content/tools/result';
import type { MessageLocale } from '../../content/messages';

export type Answers = Record<string, Answer>;

export function toolLocale(locale: string): ToolLocale {
  return (TOOL_LOCALES as readonly string[]).includes(locale) ? (locale as ToolLocale) : 'nb';
}

export function loadTool(locale: string, toolId: ToolId): ToolContent {
  return loadToolContent(toolLocale(locale), toolId);
}

/** Sections and items a person sees: leader-only parts only in leader mode. */
export function visibleSections(tool: ToolContent, leaderMode: boolean): Section[] {
  return tool.sections
    .filter((section) => leaderMode || !section.leaderOnly)
    .map((section) => ({
      ...section,
      items: section.items.filter((item) => leaderMode || !item.leaderOnly),
    }))
    .filter((section) => section.items.length > 0);
}

/** Whether an answer says something (an empty text or an unticked box does not). */
export function isGiven(answer: Answer | undefined): boolean {
  if (answer === undefined || answer === false) return false;
  if (typeof answer === 'string') return answer.trim().length > 0;
  if (Array.isArray(answer)) return answer.length > 0;
  if (typeof answer === 'object') return answer.chosen.length > 0 || !!answer.custom?.trim();
  return true;
}

/** The answers worth saving: only for items the person saw, only those given, texts trimmed. */
export function answersToSave(sections: readonly Section[], answers: Answers): Answers {
  const out: Answers = {};
  for (const section of sections) {
    for (const item of section.items) {
      const answer = answers[item.id];
      if (!isGiven(answer) || answer === undefined) continue;
      if (typeof answer === 'string') out[item.id] = answer.trim();
      else if (typeof answer === 'object' && !Array.isArray(answer)) {
        const custom = answer.custom?.trim();
        out[item.id] = custom ? { chosen: answer.chosen, custom } : { chosen: answer.chosen };
      } else out[item.id] = answer;
    }
  }
  return out;
}

/** How many actions an actions item has: chosen ones plus an own one when written. */
export function actionCount(answer: Answer | undefined): number {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return 0;
  return answer.chosen.length + (answer.custom?.trim() ? 1 : 0);
}

export type ToolError =
  { kind: 'empty' } | { kind: 'actions'; itemId: string; min: number; max: number; count: number };

/** What must be put right before saving; empty when the form may be saved. */
export function validate(sections: readonly Section[], answers: Answers): ToolError[] {
  const errors: ToolError[] = [];
  const items: Item[] = sections.flatMap((section) => section.items);
  for (const item of items) {
    if (item.kind !== 'actions') continue;
    const count = actionCount(answers[item.id]);
    if (count < item.min || count > item.max) {
      errors.push({ kind: 'actions', itemId: item.id, min: item.min, max: item.max, count });
    }
  }
  if (Object.keys(answersToSave(sections, answers)).length === 0) errors.unshift({ kind: 'empty' });
  return errors;
}

export interface SummaryWords {
  average: (value: string) => string;
  checked: (done: number, total: number) => string;
}

/** One line per section ("Kroppen: snitt 3,5 av 5 · Gå en tur"); private texts never appear. */
export function summaryText(
  tool: ToolContent,
  answers: Answers,
  words: SummaryWords,
  locale: MessageLocale,
): string {
  return summariseAnswers(tool, answers)
    .map((section) => `${section.title}: ${sectionCell(section, words, locale)}`)
    .join('\n');
}

/** A section's result in a few words: its average, its ticks, and what was picked. */
export function sectionCell(
  section: SectionSummary,
  words: SummaryWords,
  locale: MessageLocale,
): string {
  const parts: string[] = [];
  if (section.average !== undefined)
    parts.push(words.average(decimalText(section.average, locale)));
  if (section.checked) parts.push(words.checked(section.checked.done, section.checked.total));
  parts.push(...section.picked);
  return parts.join(' · ');
}

/** Answers read back from the journal: only those that still fit the content's shapes. */
export function readAnswers(stored: Record<string, unknown>): Answers {
  const out: Answers = {};
  for (const [id, value] of Object.entries(stored)) {
    const parsed = AnswerSchema.safeParse(value);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}
