import type { EndOfDayFirmness } from '../../contract/work-profile';
import type { DayEventKind } from './cadence';

/**
 * What the engine tells the rest of the app. Plain data, no text: main, the preview and the
 * renderer turn a kind into words in the person's language.
 */

export const EVENING_EVENT_KINDS = ['overtime-break', 'latest-stop', 'night-notice'] as const;
export type EveningEventKind = (typeof EVENING_EVENT_KINDS)[number];

/**
 * 'after-hours': a gentle nudge while the person is still active after the end of the day, 15 min
 * after it and then at most every 30 min; not once-a-day, so it is not an EveningEventKind.
 * 'short-rest-notice': the day's first presence came less than 11 h after the last activity the
 * evening before (aml. §10-8(1)); said once, gently.
 * 'pause-over': a break or lunch the person took has run its course; welcome back.
 */
export type PromptKind =
  | DayEventKind
  | EveningEventKind
  | 'after-hours'
  | 'day-off-notice'
  | 'short-rest-notice'
  | 'pause-over';

/** Prompts that are a pause of a set length: their countdown ends them, and they can be taken. */
export const PAUSE_KINDS: ReadonlySet<PromptKind> = new Set([
  'micro-break',
  'break',
  'lunch',
  'overtime-break',
]);

/** aml. §10-8 for tonight: stop by `latestStop` to keep 11 h of rest before `nextStart`. */
export interface RestBoundary {
  /** Tomorrow's planned start minus 11 h (epoch ms); null when tomorrow is not a workday. */
  latestStop: number | null;
  /** Tomorrow's planned start (epoch ms), or null when tomorrow is not a workday. */
  nextStart: number | null;
}

export interface Prompt {
  /** Unique per occurrence; the engine never offers the same id twice. */
  id: string;
  kind: PromptKind;
  /** When it was planned for (epoch ms). */
  dueAt: number;
  /** When it was shown (epoch ms); later than dueAt for a catch-up or a postponed prompt. */
  shownAt: number;
  /** How long the pause is meant to last; 0 for notices. */
  seconds: number;
  /**
   * When a pause's countdown ends: `seconds` after it was shown, or after the person pressed
   * "start the break". Null for prompts without a countdown.
   */
  endsAt: number | null;
  /** Shown after an absence for something that fell due meanwhile (at most one per absence). */
  catchUp: boolean;
  /** How many times this prompt has been postponed already. */
  postponed: number;
  canPostpone: boolean;
  canSkip: boolean;
  /** The profile's rest-boundary firmness, for the UI to pick its tone on evening prompts. */
  firmness: EndOfDayFirmness;
  /**
   * latest-stop (and after-hours or night-notice shown past the latest stop): the earliest start
   * tomorrow that keeps 11 h of rest if the person stops now. short-rest-notice: the time the day
   * could have begun with 11 h of rest.
   */
  earliestStartTomorrow: number | null;
  /** Tonight's rest boundary, on every prompt (the evening ones show it). */
  restBoundary: RestBoundary;
}

export type HoldLength = '30m' | '1h' | '2h' | 'tomorrow';

/**
 * Why an action was refused. 'not-working': there is no working day to act on (a day off not
 * started by hand, before the start, or the day already closed); 'already-started': startDay on a
 * day that has begun.
 */
export type ActionRefusal =
  'strict-mode' | 'postpone-limit' | 'no-open-prompt' | 'not-working' | 'already-started';
export type ActionResult = { ok: true } | { ok: false; reason: ActionRefusal };
