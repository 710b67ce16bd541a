import type { DayShape } from './day-shape';
import type { EveningEventKind } from './prompts';
import { OVERTIME_BREAK_SECONDS, overtimeBreakAt } from './rules/breaks';
import { nightNoticeAt } from './rules/night';
import { MINUTE } from './time';

/**
 * Prompts after the planned end, while the person is still working: §10-9's 30-minute break after
 * 2 h past the end, a notice half an hour ahead of §10-8's latest stop for 11 h of rest (so there
 * is time to round off before it), §10-11's 21:00 night notice. Each comes at most once a day.
 */

export interface EveningEvent {
  at: number;
  kind: EveningEventKind;
  seconds: number;
}

/** The latest-stop notice comes this long before the boundary it names. */
export const LATEST_STOP_NOTICE_AHEAD_MS = 30 * MINUTE;

export function eveningEvents(day: DayShape, latestStop: number | null): EveningEvent[] {
  if (day.end === null) return [];
  const end = day.end;
  const events: EveningEvent[] = [
    { at: overtimeBreakAt(end), kind: 'overtime-break', seconds: OVERTIME_BREAK_SECONDS },
    { at: nightNoticeAt(day.date, day.zone), kind: 'night-notice', seconds: 0 },
  ];
  if (latestStop !== null) {
    events.push({ at: latestStop - LATEST_STOP_NOTICE_AHEAD_MS, kind: 'latest-stop', seconds: 0 });
  }
  return events.filter((e) => e.at > end).sort((a, b) => a.at - b.at);
}

/** After the end of the day, the first after-hours nudge comes this long after it... */
export const AFTER_HOURS_FIRST_MS = 15 * MINUTE;
/** ...and the next ones at most this often while the person stays active. */
export const AFTER_HOURS_EVERY_MS = 30 * MINUTE;

/**
 * When the next after-hours nudge is due. `from` is when the evening began for these nudges (the
 * planned end, the end by hand, or a return in the evening); `lastAt` the last evening prompt shown.
 */
export function nextAfterHoursAt(from: number, lastAt: number | null): number {
  const first = from + AFTER_HOURS_FIRST_MS;
  // Never closer than 30 min to the last one, even when the evening begins anew (a return).
  return lastAt === null ? first : Math.max(first, lastAt + AFTER_HOURS_EVERY_MS);
}
