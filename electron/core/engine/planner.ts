import type { WorkProfile } from '../../contract/work-profile';
import { DAY_EVENT_KINDS, type DayEvent, type DayEventKind } from './cadence';
import { plannedShape } from './context';
import type { DayShape } from './day-shape';
import { endsByItself } from './delivery';
import { latestStopBefore } from './rules/rest';
import { initialModel, step } from './step';
import type { EngineModel, StepOutcome } from './step-types';
import { addDays, isoInZone } from './time';

/**
 * The plan: profile + first date + number of days + zone → planned days. Each day is the step
 * itself run over a simulated day in which the person is at the machine from the start and takes
 * each pause the moment it is offered (away for its whole length, back when it ends): so the plan
 * and a day lived that way agree prompt for prompt. Same code under Electron, the preview and
 * `npm run plan`.
 *
 * The simulated day feeds the step its wake-ups only, not the 15-second idle samples between
 * them: for this person a sample changes nothing but the record of presence (a test lives the same
 * days with every sample and finds the same prompts).
 */

export interface PlannedDay {
  shape: DayShape;
  events: DayEvent[];
  /** The next planned start minus 11 h of elapsed time; null when tomorrow is not a workday. */
  latestStop: number | null;
}

const DAYTIME: ReadonlySet<string> = new Set(DAY_EVENT_KINDS);
/** More steps than any day needs; a bound against a rule that never moves on. */
const MAX_STEPS = 5_000;

/** The person's idle time: away since the open pause was shown, else at the keys. */
function idleOf(model: EngineModel, now: number): number {
  const open = model.day?.open?.prompt;
  return open && endsByItself(open.kind) ? Math.max(0, now - open.shownAt) : 0;
}

/** The prompts of one day lived by the person who takes every pause as offered. */
export function liveDayAsPlanned(profile: WorkProfile, shape: DayShape): DayEvent[] {
  if (!shape.workday || shape.start === null) return [];
  const zone = shape.zone;
  const events: DayEvent[] = [];
  let model = initialModel(profile, null, []);
  let outcome: StepOutcome = step(model, { now: shape.start, zone, input: { type: 'start' } });
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    for (const effect of outcome.effects) {
      if (effect.type === 'prompt' && DAYTIME.has(effect.prompt.kind)) {
        const { kind, shownAt, seconds } = effect.prompt;
        events.push({ kind: kind as DayEventKind, at: shownAt, seconds });
      }
    }
    model = outcome.model;
    const day = model.day;
    if (!day || day.date !== shape.date || day.cadence.endDone) break;
    const now = outcome.wakeAt;
    // Only the wake-ups are armed in this simulated machine.
    model = { ...model, timer: { at: now, readIdle: true } };
    outcome = step(model, { now, zone, input: { type: 'tick', idleMs: idleOf(model, now) } });
  }
  return events;
}

export function planDays(
  profile: WorkProfile,
  from: string,
  days: number,
  zone: string,
): PlannedDay[] {
  const shapes: DayShape[] = [];
  for (let i = 0; i <= days; i++) shapes.push(plannedShape(profile, addDays(from, i), zone));
  return shapes.slice(0, days).map((shape, i) => {
    const next = shapes[i + 1];
    return {
      shape,
      events: liveDayAsPlanned(profile, shape),
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
