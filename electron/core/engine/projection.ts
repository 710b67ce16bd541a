import type { TimelineItem } from '../../contract/workday';
import type { WorkProfile } from '../../contract/work-profile';
import { afterPause, eventsAhead, initialCadence } from './cadence';
import { latestStopOf, plannedShape, shapeOf } from './context';
import type { DayShape } from './day-shape';
import { freshDay, type DayState } from './day-state';
import { overtimeTotals, recordDay, type DaySummary, type OvertimeTotals } from './history';
import type { Prompt, PromptKind } from './prompts';
import { earliestStartAfter, longestRestInWeek, WEEKLY_REST_MS } from './rules/rest';
import type { EngineModel } from './step-types';
import { summarise } from './summary';
import { addDays, atLocalTime, localDate } from './time';
import { nextEvent } from './due';

/**
 * The day as the rest of the app sees it, computed once per step that changed something and
 * cached by the runtime: status, what is on screen, what comes next, the figures and Today's list.
 */

export type EngineStatus =
  'day-off' | 'before-start' | 'working' | 'held' | 'meeting' | 'away' | 'overtime' | 'closed';

export interface EngineState {
  date: string;
  zone: string;
  status: EngineStatus;
  reason: DayShape['reason'];
  holiday: string | null;
  start: number | null;
  end: number | null;
  /** Before the day has begun: when it will (the planned start, or flexitime's window). */
  startsAt: number | null;
  lunch: { at: number; seconds: number } | null;
  core: { start: number; end: number } | null;
  /** §10-8: stop by then to keep 11 h of rest before tomorrow's planned start. */
  latestStop: number | null;
  /** §10-8: set when today's stop broke the 11 h; the earliest start tomorrow that restores them. */
  earliestStartTomorrow: number | null;
  next: { kind: PromptKind; at: number } | null;
  openPrompt: Prompt | null;
  heldUntil: number | null;
  meeting: boolean;
  meetingUntil: number | null;
  counts: DaySummary['counts'];
  overtimeTodayMinutes: number;
  overtime: OvertimeTotals;
  /** §10-8: the longest unbroken rest in the 7 days ending today, and whether it reaches 35 h. */
  weeklyRest: { longestMs: number; holds: boolean };
  strictMode: boolean;
  leaderMode: boolean;
  firmness: WorkProfile['endOfDayFirmness'];
  workingLate: { since: number; reason: string | null } | null;
  manualStart: number | null;
  manualEnd: number | null;
  timeline: TimelineItem[];
  today: DaySummary;
  shortRest: { restMinutes: number; fineFrom: number } | null;
}

function status(day: DayState, dayShape: DayShape, now: number): EngineStatus {
  if (!dayShape.workday) return 'day-off';
  if (day.awaySince !== null) return 'away';
  if (day.startedAt === null) return 'before-start';
  if (day.closedAt !== null) return 'closed';
  // Ended by hand: closed, unless the person went on working and has been nudged since.
  const nudged = day.afterHours.lastAt;
  if (day.manualEndAt !== null && (nudged === null || nudged <= day.manualEndAt)) return 'closed';
  if (day.heldUntil !== null && day.heldUntil > now) return 'held';
  if (day.meeting) return 'meeting';
  return day.cadence.endDone ? 'overtime' : 'working';
}

/** What happened today (the log) and what is still to come if the day goes as planned. */
function timeline(profile: WorkProfile, day: DayState, dayShape: DayShape): TimelineItem[] {
  const items: TimelineItem[] = day.log.map((entry) => ({
    kind: entry.kind,
    at: entry.at,
    dueAt: entry.dueAt,
    seconds: entry.seconds,
    state: entry.outcome,
    catchUp: entry.catchUp,
  }));
  if (dayShape.workday && dayShape.start !== null && day.manualEndAt === null) {
    let cadence = day.startedAt === null ? initialCadence(dayShape.start) : day.cadence;
    if (day.heldUntil !== null) cadence = afterPause(cadence, day.heldUntil);
    for (const event of eventsAhead(dayShape, profile, cadence)) {
      items.push({ ...event, dueAt: event.at, state: 'upcoming', catchUp: false });
    }
  }
  if (day.postponed) {
    const { at, prompt } = day.postponed;
    items.push({
      kind: prompt.kind,
      at,
      dueAt: prompt.dueAt,
      seconds: prompt.seconds,
      state: 'upcoming',
      catchUp: false,
    });
  }
  return items.sort((a, b) => a.at - b.at);
}

function weeklyRest(
  profile: WorkProfile,
  day: DayState,
  dayShape: DayShape,
): EngineState['weeklyRest'] {
  const from = atLocalTime(addDays(day.date, -6), '00:00', day.zone);
  const periods: Array<{ start: number; end: number }> = [];
  for (let i = 6; i >= 1; i--) {
    const past = plannedShape(profile, addDays(day.date, -i), day.zone);
    if (past.start !== null && past.end !== null)
      periods.push({ start: past.start, end: past.end });
  }
  if (dayShape.start !== null && dayShape.end !== null) {
    const stop = Math.max(dayShape.end, day.closedAt ?? day.lastActiveAt ?? dayShape.end);
    periods.push({ start: day.startedAt ?? dayShape.start, end: stop });
  }
  const longestMs = longestRestInWeek(periods, from);
  return { longestMs, holds: longestMs >= WEEKLY_REST_MS };
}

/** The engine's state at `now`, for a model whose day may not have been stepped yet. */
export function project(model: EngineModel, now: number, zone: string): EngineState {
  const profile = model.profile;
  const day = model.day ?? freshDay(localDate(now, zone), zone, now);
  const dayShape = shapeOf(profile, day);
  const today = summarise(profile, day);
  const latestStop = latestStopOf(profile, day);
  const lastActive = day.closedAt ?? today.lastActive;
  const next = day.startedAt !== null ? nextEvent(profile, day) : null;
  const shortRest =
    today.shortRestMinutes !== null && day.restFrom !== null
      ? { restMinutes: today.shortRestMinutes, fineFrom: earliestStartAfter(day.restFrom) }
      : null;
  const window = dayShape.flexWindow;
  return {
    date: day.date,
    zone: day.zone,
    status: status(day, dayShape, now),
    reason: dayShape.reason,
    holiday: dayShape.holiday,
    start: dayShape.start,
    end: dayShape.end,
    startsAt: day.startedAt === null && dayShape.workday ? (window?.start ?? dayShape.start) : null,
    lunch: dayShape.lunch,
    core: dayShape.core,
    latestStop,
    earliestStartTomorrow:
      latestStop !== null && lastActive !== null && lastActive > latestStop
        ? earliestStartAfter(lastActive)
        : null,
    next: next ? { kind: next.kind, at: next.at } : null,
    openPrompt: day.open?.prompt ?? null,
    heldUntil: day.heldUntil,
    meeting: day.meeting !== null,
    meetingUntil: day.meeting?.until ?? null,
    counts: today.counts,
    overtimeTodayMinutes: today.afterEndMinutes,
    overtime: overtimeTotals(recordDay(model.history, today), day.date),
    weeklyRest: weeklyRest(profile, day, dayShape),
    strictMode: profile.strictMode,
    leaderMode: profile.leaderMode,
    firmness: profile.endOfDayFirmness,
    workingLate: day.workingLate ? { ...day.workingLate } : null,
    manualStart: day.manualStartAt,
    manualEnd: day.manualEndAt,
    timeline: timeline(profile, day, dayShape),
    today,
    shortRest,
  };
}
