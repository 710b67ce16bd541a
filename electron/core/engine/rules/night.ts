import { atLocalTime } from '../time';

/**
 * aml. §10-11: 21:00–06:00 is night, and work 21:00–23:00 needs a written agreement. The engine
 * gives one notice at 21:00 local time when the person is still working.
 */
export const NIGHT_STARTS = '21:00';

export function nightNoticeAt(date: string, zone: string): number {
  return atLocalTime(date, NIGHT_STARTS, zone);
}
