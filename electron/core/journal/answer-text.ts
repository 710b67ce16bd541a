/**
 * A tool answer as words, for search and for Markdown export: numbers and texts as they are,
 * ticks as yes/no, id lists joined, chosen actions with the person's own action.
 */
export function answerText(answer: unknown): string {
  if (Array.isArray(answer)) return answer.map(answerText).join(', ');
  if (answer !== null && typeof answer === 'object') {
    const { chosen, custom } = answer as { chosen?: unknown; custom?: unknown };
    return [answerText(chosen ?? []), typeof custom === 'string' ? custom : '']
      .filter(Boolean)
      .join(', ');
  }
  if (typeof answer === 'boolean') return answer ? '✓' : '–';
  return String(answer);
}
