import type { EndOfDayFirmness } from '../../contract/work-profile';
import type { PromptPresentation } from '../ports';
import { PAUSE_KINDS, type PromptKind } from './prompts';

/**
 * How each prompt reaches the person, decided inside the step (a notification asks nothing and is
 * done once shown; a window stays open until it is answered or its countdown ends). Micro-breaks
 * are a small corner window; breaks, lunch and the end-of-day ritual a window; evening prompts
 * follow the person's chosen firmness (gentle: a notification only; firm: a window that needs an
 * answer; strict: a full-screen rest screen with a keyboard way out). Notices are notifications.
 */
export type Delivery =
  { kind: 'window'; presentation: PromptPresentation } | { kind: 'notification' };

const NOTICES = new Set<PromptKind>([
  'end-of-day-heads-up',
  'day-off-notice',
  'night-notice',
  'short-rest-notice',
  'pause-over',
]);
const EVENING = new Set<PromptKind>(['after-hours', 'latest-stop']);

export function deliveryFor(prompt: { kind: PromptKind; firmness: EndOfDayFirmness }): Delivery {
  if (NOTICES.has(prompt.kind)) return { kind: 'notification' };
  if (prompt.kind === 'micro-break') return { kind: 'window', presentation: 'mini' };
  if (EVENING.has(prompt.kind)) {
    if (prompt.firmness === 'gentle') return { kind: 'notification' };
    return { kind: 'window', presentation: prompt.firmness === 'strict' ? 'fullscreen' : 'window' };
  }
  return { kind: 'window', presentation: 'window' };
}

/**
 * Prompts that are a pause of a set length: the window counts down and the engine ends the prompt
 * when the time is up (micro-breaks close themselves; a break ends with its soft sound).
 */
export function endsByItself(kind: PromptKind): boolean {
  return PAUSE_KINDS.has(kind);
}
