import { translate, type MessageKey, type MessageLocale } from '../../../content/messages';
import type { PromptKind } from '../../contract/workday';

/** The prompts core delivers as a system notification rather than a window. */
export type NotifiedKind = Extract<
  PromptKind,
  | 'micro-break'
  | 'end-of-day-heads-up'
  | 'after-hours'
  | 'latest-stop'
  | 'night-notice'
  | 'overtime-break'
  | 'day-off-notice'
  | 'short-rest-notice'
>;

/**
 * The notices that state a working-time rule (rest §10-8, breaks after overtime §10-9 (2), night
 * §10-11). Leaders in managerial posts are outside most of chapter 10 (arbeidsmiljøloven §10-12 (1)),
 * so in leader mode these speak of the rule as binding for the people the leader leads and as the
 * example the leader sets, never as binding on the leader (texts under `notify.leader`).
 */
const STATES_A_RULE: ReadonlySet<NotifiedKind> = new Set([
  'after-hours',
  'latest-stop',
  'night-notice',
  'overtime-break',
  'short-rest-notice',
]);

export interface NotificationParams {
  seconds: number;
  /** Wall-clock times, already written as HH:MM in the person's zone. */
  end: string;
  latestStop: string | null;
  nextStart: string | null;
  /** short-rest-notice: how long the rest was, and from when it would have been 11 hours. */
  rest?: { hours: number; minutes: number; fineFrom: string };
  /** Past the latest stop: the earliest start tomorrow that keeps 11 hours if the person stops now. */
  earliest?: string;
}

/** The title and body of a notification, in the person's language and for their role. */
export function notificationText(
  kind: NotifiedKind,
  leaderMode: boolean,
  params: NotificationParams,
  locale: MessageLocale,
): { title: string; body: string } {
  const base = leaderMode && STATES_A_RULE.has(kind) ? `notify.leader.${kind}` : `notify.${kind}`;
  const title = translate(locale, `${base}.title` as MessageKey);
  // Without a rest boundary (tomorrow is a day off) there is no time to stop by.
  if ((kind === 'after-hours' || kind === 'latest-stop') && params.latestStop === null) {
    return { title, body: translate(locale, 'notify.noRestBoundary') };
  }
  // Past the boundary, the boundary that holds is the one from now (aml. §10-8 (1)).
  const passed = kind === 'after-hours' && params.earliest !== undefined;
  const body = translate(locale, `${base}.${passed ? 'passedBody' : 'body'}` as MessageKey, {
    earliest: params.earliest ?? '',
    seconds: params.seconds,
    end: params.end,
    latestStop: params.latestStop ?? '',
    nextStart: params.nextStart ?? '',
    hours: params.rest?.hours ?? 0,
    minutes: params.rest?.minutes ?? 0,
    fineFrom: params.rest?.fineFrom ?? '',
  });
  return { title, body };
}
