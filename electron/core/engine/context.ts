import type { WorkProfile } from '../../contract/work-profile';
import { resolveDay, resolveStartedDay, type DayShape } from './day-shape';
import type { DayState } from './day-state';
import type { DaySummary } from './history';
import type { ActionResult, RestBoundary } from './prompts';
import { latestStopBefore } from './rules/rest';
import type { EngineEffect } from './step-types';
import { addDays, atLocalTime } from './time';

/**
 * What one step works on: a private copy of the day it may change, the inputs' instant and zone,
 * and the effects it decides, in order. Helpers here answer questions about the day's shape.
 */
export interface StepContext {
  readonly now: number;
  readonly zone: string;
  profile: WorkProfile;
  day: DayState;
  history: DaySummary[];
  readonly effects: EngineEffect[];
  /** Why this step runs: presence (unlock, wake, start) shows the day-off notice, and so on. */
  trigger: 'start' | 'tick' | 'presence' | 'away' | 'clock' | 'action' | 'profile';
  /** The first step of a date the app first sees part-way: nothing before now is caught up. */
  fresh: boolean;
  /** The idle time read in this step (ms), if it read one. */
  idleMs: number | null;
  /** Time away this step learned of (an unlock, a wake, a late timer, idle): from when, to now. */
  absence: { from: number; to: number } | null;
  /**
   * The machine or the app was away (locked, asleep, not running, a timer far late), not just the
   * person idle at it: what fell due meanwhile is caught up with one prompt at most.
   */
  wasAway: boolean;
  historyChanged: boolean;
  result: ActionResult | null;
  /** Prompts put in front of the person in this step (at most one, unless the person asked). */
  offered: number;
}

/** Resolved days by profile, date, zone and start: every step asks, so never twice the same. */
const shapes = new WeakMap<WorkProfile, Map<string, DayShape>>();

function cached(profile: WorkProfile, key: string, make: () => DayShape): DayShape {
  let byKey = shapes.get(profile);
  if (!byKey) {
    byKey = new Map();
    shapes.set(profile, byKey);
  }
  let shape = byKey.get(key);
  if (!shape) {
    if (byKey.size > 64) byKey.clear();
    shape = make();
    byKey.set(key, shape);
  }
  return shape;
}

export function plannedShape(profile: WorkProfile, date: string, zone: string): DayShape {
  return cached(profile, `${date}|${zone}`, () => resolveDay(profile, date, zone));
}

/** Today as it is: planned, begun with flexitime at its real start, or begun by hand. */
export function shapeOf(profile: WorkProfile, day: DayState): DayShape {
  if (day.manualStartAt !== null) {
    const at = day.manualStartAt;
    return cached(profile, `${day.date}|${day.zone}|manual:${at}`, () =>
      resolveStartedDay(profile, day.date, day.zone, at),
    );
  }
  if (profile.flexitime.enabled && day.startedAt !== null) {
    const at = day.startedAt;
    return cached(profile, `${day.date}|${day.zone}|flex:${at}`, () =>
      resolveDay(profile, day.date, day.zone, at),
    );
  }
  return plannedShape(profile, day.date, day.zone);
}

export function shape(ctx: StepContext): DayShape {
  return shapeOf(ctx.profile, ctx.day);
}

/** aml. §10-8(1): tonight's latest stop for 11 h of rest before tomorrow's planned start. */
export function restBoundaryOf(profile: WorkProfile, day: DayState): RestBoundary {
  const nextStart = plannedShape(profile, addDays(day.date, 1), day.zone).start;
  return { latestStop: nextStart === null ? null : latestStopBefore(nextStart), nextStart };
}

/** The latest stop, on a day that is worked (planned, or begun by hand). */
export function latestStopOf(profile: WorkProfile, day: DayState): number | null {
  return shapeOf(profile, day).workday ? restBoundaryOf(profile, day).latestStop : null;
}

export function midnightAfter(day: DayState): number {
  return atLocalTime(addDays(day.date, 1), '00:00', day.zone);
}

/** Where the evening began for after-hours nudges: the end (by hand or planned), or a return. */
export function afterHoursFrom(day: DayState, dayShape: DayShape): number {
  const end = day.manualEndAt ?? (dayShape.end as number);
  return Math.max(end, day.sessionStart ?? end);
}
