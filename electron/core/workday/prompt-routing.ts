import type { PromptKind, PromptView } from '../../contract/workday';
import type { PromptPresentation } from '../ports';

/**
 * How each prompt reaches the person. Micro-breaks are a small corner window; breaks, lunch and
 * the end-of-day ritual a window; evening prompts follow the person's chosen firmness (gentle:
 * a notification only; firm: a window that needs an answer; strict: a full-screen rest screen
 * with a keyboard way out). Notices that ask nothing are notifications.
 */
export type Delivery =
  { kind: 'window'; presentation: PromptPresentation } | { kind: 'notification' };

const NOTICES = new Set<PromptKind>(['end-of-day-heads-up', 'day-off-notice', 'night-notice']);
const EVENING = new Set<PromptKind>(['after-hours', 'latest-stop']);

export function deliveryFor(prompt: Pick<PromptView, 'kind' | 'firmness'>): Delivery {
  if (NOTICES.has(prompt.kind)) return { kind: 'notification' };
  if (prompt.kind === 'micro-break') return { kind: 'window', presentation: 'mini' };
  if (EVENING.has(prompt.kind)) {
    if (prompt.firmness === 'gentle') return { kind: 'notification' };
    return { kind: 'window', presentation: prompt.firmness === 'strict' ? 'fullscreen' : 'window' };
  }
  return { kind: 'window', presentation: 'window' };
}

const TIMED = new Set<PromptKind>(['micro-break', 'break', 'lunch', 'overtime-break']);

/**
 * Prompts that are a pause of a set length: the window counts down and core completes the prompt
 * when the time is up (micro-breaks close themselves; a break ends with its soft sound).
 */
export function endsByItself(kind: PromptKind): boolean {
  return TIMED.has(kind);
}
