/**
 * Short per-section summaries of a tool's saved answers, for the journal's history view.
 */
import type { Option, ToolAnswers, ToolContent } from './schema';

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
