import type { Locale } from '../../contract/settings';
import type { PromptView } from '../../contract/workday';
import { translate, type MessageKey } from '../../../content/messages';
import type { EngineState } from '../engine';
import { clockTime } from '../format-time';
import type { Notification } from '../ports';

type NotifiedKind = Extract<
  PromptView['kind'],
  | 'micro-break'
  | 'end-of-day-heads-up'
  | 'after-hours'
  | 'latest-stop'
  | 'night-notice'
  | 'overtime-break'
  | 'day-off-notice'
  | 'short-rest-notice'
>;

/** The words of a prompt that reaches the person as a notification, in their language. */
export function notificationFor(
  prompt: PromptView,
  state: EngineState,
  locale: Locale,
): Notification {
  const time = (at: number | null) => (at === null ? '' : clockTime(at, state.zone, locale));
  const kind = prompt.kind as NotifiedKind;
  const restMinutes = state.shortRest?.restMinutes ?? 0;
  const params = {
    seconds: prompt.seconds,
    end: time(state.end),
    latestStop: time(prompt.restBoundary.latestStop),
    nextStart: time(prompt.restBoundary.nextStart),
    hours: Math.floor(restMinutes / 60),
    minutes: restMinutes % 60,
    fineFrom: time(prompt.earliestStartTomorrow),
  };
  const body =
    (kind === 'after-hours' || kind === 'latest-stop') && prompt.restBoundary.latestStop === null
      ? translate(locale, 'notify.noRestBoundary')
      : translate(locale, `notify.${kind}.body` as MessageKey, params);
  return { title: translate(locale, `notify.${kind}.title` as MessageKey, params), body };
}
