import type { WorkProfile } from '../../contract/work-profile';
import { continuousDayEvents, type DayEvent } from './cadence';
import { resolveDay, type DayShape } from './day-shape';
import { latestStopBefore } from './rules/rest';
import { addDays, isoInZone } from './time';

/**
 * The pure planner: profile + first date + number of days + zone → planned days. Same code under
 * Electron, the preview and `npm run plan`.
 */

export interface PlannedDay {
  shape: DayShape;
  events: DayEvent[];
  /** The next planned start minus 11 h of elapsed time; null when tomorrow is not a workday. */
  latestStop: number | null;
}

export function planDays(
  profile: WorkProfile,
  from: string,
  days: number,
  zone: string,
): PlannedDay[] {
  const shapes: DayShape[] = [];
  for (let i = 0; i <= days; i++) shapes.push(resolveDay(profile, addDays(from, i), zone));
  return shapes.slice(0, days).map((shape, i) => {
    const next = shapes[i + 1];
    return {
      shape,
      events: continuousDayEvents(shape, profile),
      latestStop:
        shape.workday && next?.workday && next.start !== null ? latestStopBefore(next.start) : null,
    };
  });
}

/** The `--json` form of a plan, exactly as issue 3 specifies it. */
export interface PlanJson {
  timezone: string;
  days: Array<{
    date: string;
    workday: boolean;
    reason: DayShape['reason'];
    holiday: string | null;
    start: string | null;
    end: string | null;
    latestStop: string | null;
    events: Array<{ at: string; kind: DayEvent['kind']; seconds: number }>;
  }>;
}

export function planToJson(plan: readonly PlannedDay[], zone: string): PlanJson {
  const iso = (at: number | null) => (at === null ? null : isoInZone(at, zone));
  return {
    timezone: zone,
    days: plan.map(({ shape, events, latestStop }) => ({
      date: shape.date,
      workday: shape.workday,
      reason: shape.reason,
      holiday: shape.holiday,
      start: iso(shape.start),
      end: iso(shape.end),
      latestStop: iso(latestStop),
      events: events.map((e) => ({ at: isoInZone(e.at, zone), kind: e.kind, seconds: e.seconds })),
    })),
  };
}
