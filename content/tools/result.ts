/**
 * A saved tool result in words a person reads: each section's answers under the tool's own
 * prompts and labels, each scale section's average with what it suggests, and the person's own
 * texts. One builder for every place a result is read: the journal entry, the result shown after
 * saving, "copy as text", the print sheet and the Markdown export, so they cannot say different
 * things. It needs no DOM and no Electron: core and the renderer both import it.
 *
 * Answers are stored by id (content/tools/schema.ts); an id the content no longer knows, or a tool
 * Pust no longer has, is still shown, under "other answers" with its raw key, so nothing saved is
 * ever hidden.
 */
import { translate, type MessageLocale } from '../messages';
import { loadToolContent } from './load';
import {
  AnswerSchema,
  TOOL_IDS,
  type Answer,
  type Item,
  type Reading,
  type ToolId,
} from './schema';

/** One answer: the question (or a short heading) and what was answered, as lines of text. */
export interface ResultAnswer {
  label: string;
  values: string[];
  /** A text the person marked as for themselves alone (a private note). */
  private: boolean;
  /** Written text (kept with its line breaks), as opposed to picked labels. */
  written: boolean;
}

/** What a section's 1–5 scales add up to, and what that suggests. */
export interface ResultScore {
  /** The mean of the section's answered scales, rounded to one decimal. */
  average: number;
  /** "Snitt 2,5 av 5": the average in the person's language. */
  text: string;
  band: keyof Reading;
  reading: string;
}

export interface ResultSection {
  id: string;
  title: string;
  score: ResultScore | null;
  answers: ResultAnswer[];
}

export interface ReadableResult {
  toolId: string;
  /** The tool's title in the person's language; "Verktøy: <id>" for a tool Pust does not know. */
  title: string;
  known: boolean;
  sections: ResultSection[];
  /** Answers whose id the tool's content does not have (or every answer of an unknown tool). */
  other: ResultAnswer[];
  /** Whether any private text was left out (so a view can offer to include it). */
  privateLeftOut: boolean;
}

export interface ResultOptions {
  /** Private notes are for the person: in the journal yes; in a copy or print only when asked. */
  includePrivate: boolean;
}

/**
 * A number with one decimal the way the language writes it: "5,7" in bokmål and nynorsk, "5.7" in
 * English. The renderer's `oneDecimal` (src/lib/format.ts) gives the same through Intl; this one is
 * written out because Electron's ICU has no nynorsk and core's exports must not depend on it.
 */
export function decimalText(value: number, locale: MessageLocale): string {
  const fixed = (Math.round(value * 10) / 10).toFixed(1);
  return locale === 'en' ? fixed : fixed.replace('.', ',');
}

/** Which band of the reading an average falls in: under 2.5 low, under 3.5 middle, else high. */
export function bandOf(average: number): keyof Reading {
  if (average < 2.5) return 'low';
  if (average < 3.5) return 'middle';
  return 'high';
}

export function isToolId(id: string): id is ToolId {
  return (TOOL_IDS as readonly string[]).includes(id);
}

/** Builds the readable result of `answers` for tool `toolId`, in `locale`. */
export function readableResult(
  locale: MessageLocale,
  toolId: string,
  stored: Readonly<Record<string, unknown>>,
  options: ResultOptions,
): ReadableResult {
  const words = (key: Parameters<typeof translate>[1], params = {}) =>
    translate(locale, key, params);
  if (!isToolId(toolId)) {
    return {
      toolId,
      title: words('journal.entry.tool', { tool: toolId }),
      known: false,
      sections: [],
      other: Object.entries(stored).map(([id, value]) => rawAnswer(id, value)),
      privateLeftOut: false,
    };
  }
  const tool = loadToolContent(locale, toolId);
  const used = new Set<string>();
  let privateLeftOut = false;
  const sections: ResultSection[] = [];
  for (const section of tool.sections) {
    const scores: number[] = [];
    const answers: ResultAnswer[] = [];
    const ticked: string[] = [];
    let checklistTotal = 0;
    for (const item of section.items) {
      if (item.kind === 'checklist') checklistTotal += 1;
      if (!Object.hasOwn(stored, item.id)) continue;
      const parsed = AnswerSchema.safeParse(stored[item.id]);
      if (!parsed.success) continue;
      used.add(item.id);
      const answer = parsed.data;
      if (item.kind === 'scale' && typeof answer === 'number') scores.push(answer);
      if (item.kind === 'checklist') {
        if (answer === true) ticked.push(item.text);
        continue;
      }
      const line = answerLine(item, answer, locale);
      if (!line) continue;
      if (line.private && !options.includePrivate) {
        privateLeftOut = true;
        continue;
      }
      answers.push(line);
    }
    if (ticked.length > 0) {
      answers.unshift({
        label: words('tools.summary.checked', { done: ticked.length, total: checklistTotal }),
        values: ticked,
        private: false,
        written: false,
      });
    }
    if (answers.length === 0 && scores.length === 0) continue;
    sections.push({
      id: section.id,
      title: section.title,
      score: scoreOf(scores, section.reading, locale),
      answers,
    });
  }
  const other = Object.entries(stored)
    .filter(([id]) => !used.has(id))
    .map(([id, value]) => rawAnswer(id, value));
  return { toolId, title: tool.title, known: true, sections, other, privateLeftOut };
}

function scoreOf(
  scores: readonly number[],
  reading: Reading | undefined,
  locale: MessageLocale,
): ResultScore | null {
  if (scores.length === 0 || !reading) return null;
  const average = Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10;
  const band = bandOf(average);
  return {
    average,
    text: translate(locale, 'tools.result.average', { value: decimalText(average, locale) }),
    band,
    reading: reading[band],
  };
}

/** One answered item as a label and its values, or null when the answer says nothing. */
function answerLine(item: Item, answer: Answer, locale: MessageLocale): ResultAnswer | null {
  const line = (label: string, values: string[], written = false, secret = false) =>
    values.length > 0 ? { label, values, private: secret, written } : null;
  switch (item.kind) {
    case 'scale':
      return typeof answer === 'number'
        ? line(item.prompt, [translate(locale, 'tools.result.scaleValue', { value: answer })])
        : null;
    case 'choice':
      return Array.isArray(answer) ? line(item.prompt, labels(item.options, answer)) : null;
    case 'questions':
      return Array.isArray(answer)
        ? line(
            item.prompt,
            labels(
              item.questions.map((q) => ({ id: q.id, label: q.text })),
              answer,
            ),
          )
        : null;
    case 'actions': {
      if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return null;
      const own = answer.custom?.trim();
      return line(item.prompt, [...labels(item.options, answer.chosen), ...(own ? [own] : [])]);
    }
    case 'text':
    case 'team-member':
      return typeof answer === 'string' && answer.trim()
        ? line(
            item.prompt,
            [answer.trim()],
            item.kind === 'text',
            item.kind === 'text' && !!item.private,
          )
        : null;
    default:
      return null;
  }
}

function labels(options: readonly { id: string; label: string }[], ids: readonly string[]) {
  return options.filter((option) => ids.includes(option.id)).map((option) => option.label);
}

/** A question or heading followed by its answer: a colon, unless it already ends in ? . ! or :. */
export function labelled(label: string): string {
  return /[?.!:]$/.test(label) ? label : `${label}:`;
}

/** An answer Pust cannot name: its key as the label and its value as plain words. */
function rawAnswer(id: string, value: unknown): ResultAnswer {
  return { label: id, values: [answerText(value)], private: false, written: true };
}

/**
 * A stored answer as plain words whatever its shape (for search, and for answers Pust cannot
 * name): numbers and texts as they are, ticks as ✓/–, lists joined, actions with the own one.
 */
export function answerText(value: unknown): string {
  if (Array.isArray(value)) return value.map(answerText).join(', ');
  if (value !== null && typeof value === 'object') {
    const { chosen, custom } = value as { chosen?: unknown; custom?: unknown };
    return [answerText(chosen ?? []), typeof custom === 'string' ? custom : '']
      .filter(Boolean)
      .join(', ');
  }
  if (typeof value === 'boolean') return value ? '✓' : '–';
  return String(value);
}

/**
 * The result as plain text for the clipboard: the heading lines given (title, when), then each
 * section with its average and reading, and the answers as a list; a written text keeps its line
 * breaks, indented under its question. Ends with the source the tools build on.
 */
export function resultText(
  result: ReadableResult,
  heading: readonly string[],
  locale: MessageLocale,
): string {
  const out: string[] = [...heading];
  const list = (answer: ResultAnswer) => {
    const [first, ...more] = answer.values;
    if (more.length === 0 && first !== undefined && !first.includes('\n')) {
      out.push(`- ${labelled(answer.label)} ${first}`);
      return;
    }
    out.push(`- ${labelled(answer.label)}`);
    for (const value of answer.values) {
      const [line, ...rest] = value.split(/\r\n|\r|\n/);
      out.push(`  - ${line ?? ''}`, ...rest.map((next) => `    ${next}`));
    }
  };
  for (const section of result.sections) {
    out.push('', section.title);
    if (section.score) out.push(`${section.score.text}. ${section.score.reading}`);
    section.answers.forEach(list);
  }
  if (result.other.length > 0) {
    out.push('', translate(locale, 'tools.result.other'));
    result.other.forEach(list);
  }
  if (result.known) out.push('', translate(locale, 'tools.result.source'));
  return `${out.join('\n')}\n`;
}
