import type { Locale } from '../../contract/settings';
import type { PromptView } from '../../contract/workday';
import type { EngineState } from '../engine';
import { clockTime } from '../format-time';
import type { Notification } from '../ports';
import { notificationText, type NotifiedKind } from './notification-text';

/** The words of a prompt that reaches the person as a notification, from the day as it stands. */
export function notificationFor(
  prompt: PromptView,
  state: EngineState,
  locale: Locale,
): Notification {
  const time = (at: number | null) => (at === null ? null : clockTime(at, state.zone, locale));
  const rest = state.shortRest;
  return notificationText(
    prompt.kind as NotifiedKind,
    state.leaderMode,
    {
      seconds: prompt.seconds,
      end: time(state.end) ?? '',
      latestStop: time(prompt.restBoundary.latestStop),
      nextStart: time(prompt.restBoundary.nextStart),
      ...(prompt.kind === 'after-hours' && prompt.earliestStartTomorrow !== null
        ? { earliest: time(prompt.earliestStartTomorrow) ?? '' }
        : {}),
      ...(rest && prompt.earliestStartTomorrow !== null
        ? {
            rest: {
              hours: Math.floor(rest.restMinutes / 60),
              minutes: rest.restMinutes % 60,
              fineFrom: time(prompt.earliestStartTomorrow) ?? '',
            },
          }
        : {}),
    },
    locale,
  );
}
