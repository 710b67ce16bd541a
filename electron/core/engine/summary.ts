import type { WorkProfile } from '../../contract/work-profile';
import { latestStopOf, shapeOf } from './context';
import { breakCounts } from './day-log';
import type { DayState } from './day-state';
import type { DaySummary } from './history';
import { firstPresence, lastPresence, presentMs } from './presence';
import { LONG_DAY_MS } from './rules/overtime';
import { DAILY_REST_MS } from './rules/rest';
import { MINUTE } from './time';

/**
 * A day's summary, from its one record (presence and the log): the same function gives today's
 * figures live and each past day's when it rolls over, so Today, the week and the overtime totals
 * agree.
 */
export function summarise(profile: WorkProfile, day: DayState): DaySummary {
  const dayShape = shapeOf(profile, day);
  const started = day.startedAt;
  const workedMs = started === null ? 0 : presentMs(day.presence, started);
  const end = dayShape.end;
  const afterEndMs =
    started === null || end === null ? 0 : presentMs(day.presence, Math.max(end, started));
  const firstActive = firstPresence(day.presence) ?? day.firstActiveAt;
  const lastActive = lastPresence(day.presence) ?? day.lastActiveAt;
  const latestStop = started !== null ? latestStopOf(profile, day) : null;
  const broken =
    latestStop !== null && lastActive !== null && lastActive > latestStop
      ? Math.ceil((lastActive - latestStop) / MINUTE)
      : 0;
  const spanFrom =
    started === null
      ? firstActive
      : firstActive === null
        ? started
        : Math.min(started, firstActive);
  const longDay =
    started !== null &&
    spanFrom !== null &&
    lastActive !== null &&
    lastActive - spanFrom > LONG_DAY_MS;
  const rest = day.restFrom !== null && firstActive !== null ? firstActive - day.restFrom : null;
  return {
    date: day.date,
    workday: dayShape.workday,
    plannedStart: dayShape.start,
    plannedEnd: dayShape.end,
    firstActive,
    lastActive,
    workedMinutes: Math.floor(workedMs / MINUTE),
    afterEndMinutes: Math.floor(afterEndMs / MINUTE),
    counts: breakCounts(day.log),
    workingLate: day.workingLate ? { reason: day.workingLate.reason } : null,
    longDay,
    shortRestMinutes:
      rest !== null && rest > 0 && rest < DAILY_REST_MS && started !== null
        ? Math.floor(rest / MINUTE)
        : null,
    ...(broken > 0 ? { restBrokenMinutes: broken } : {}),
  };
}
