import type { RestBoundaryFirmness } from '../../contract/work-profile';
import type { DayEventKind } from './cadence';

/**
 * What the engine tells the rest of the app. Plain data, no text: main, the preview and the
 * renderer turn a kind into words in the person's language.
 */

export const EVENING_EVENT_KINDS = ['overtime-break', 'latest-stop', 'night-notice'] as const;
export type EveningEventKind = (typeof EVENING_EVENT_KINDS)[number];

export type PromptKind = DayEventKind | EveningEventKind | 'day-off-notice';

export interface Prompt {
  /** Unique per occurrence; the engine never emits the same id twice. */
  id: string;
  kind: PromptKind;
  /** When it was planned for (epoch ms). */
  dueAt: number;
  /** When it was shown (epoch ms); later than dueAt for a catch-up or a postponed prompt. */
  shownAt: number;
  /** How long the pause is meant to last; 0 for notices. */
  seconds: number;
  /** Shown after an absence for something that fell due meanwhile (at most one per absence). */
  catchUp: boolean;
  /** How many times this prompt has been postponed already. */
  postponed: number;
  canPostpone: boolean;
  canSkip: boolean;
  /** The profile's rest-boundary firmness, for the UI to pick its tone on evening prompts. */
  firmness: RestBoundaryFirmness;
  /** latest-stop: the earliest start tomorrow that keeps 11 h of rest if the person stops now. */
  earliestStartTomorrow: number | null;
}

export type PauseLength = '30m' | '1h' | '2h' | 'tomorrow';

export type ActionRefusal = 'strict-mode' | 'postpone-limit' | 'no-open-prompt';
export type ActionResult = { ok: true } | { ok: false; reason: ActionRefusal };
