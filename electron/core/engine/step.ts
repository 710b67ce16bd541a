import type { WorkProfile } from '../../contract/work-profile';
import { applyAction } from './actions';
import type { StepContext } from './context';
import { settle } from './day-log';
import { copyDay, freshDay, type DayState } from './day-state';
import type { DaySummary } from './history';
import { recordDay } from './history';
import { PRESENT_IDLE_MS } from './due';
import { activity, started, ticked } from './inputs';
import { afterReading, IDLE_SAMPLE_MS, LATE_MS } from './presence';
import { reconcile } from './reconcile';
import type { EngineInput, EngineModel, EngineEffect, Stamped, StepOutcome } from './step-types';
import { summarise } from './summary';
import { localDate } from './time';
import { planTimer } from './wake';

/**
 * The workday's one decision function: `step(model, input) → { model, effects }`. Pure: it reads
 * only its arguments (the instant and zone come stamped on the input) and returns a new model; the
 * model it was given is left as it was. Every fault replays as a list of inputs.
 */

/** A day with no step for this long counts as the app having been away (not running, asleep). */
const CLOCK_BACK_TOLERANCE_MS = 2_000;
/** Idle samples update the store at most this often; every other change is written at once. */
const PERSIST_SAMPLES_EVERY_MS = 60_000;

export function initialModel(
  profile: WorkProfile,
  day: DayState | null,
  history: DaySummary[],
): EngineModel {
  return { profile, day, history, timer: null, wakeAt: null, waiting: false, persistedAt: 0 };
}

/**
 * @param options.quick false skips the shortcut for plain samples (tests compare both ways).
 */
export function step(
  model: EngineModel,
  stamped: Stamped,
  options: { quick?: boolean } = {},
): StepOutcome {
  if (options.quick !== false) {
    const quick = plainSample(model, stamped);
    if (quick) return quick;
  }
  const ctx = open(model, stamped);
  const input = stamped.input;
  switch (input.type) {
    case 'start':
      started(ctx);
      reconcile(ctx);
      break;
    case 'tick':
      ticked(ctx, model, input.idleMs);
      reconcile(ctx);
      break;
    case 'activity':
      activity(ctx, input.kind);
      reconcile(ctx);
      break;
    case 'action':
      ctx.trigger = 'action';
      reconcile(ctx);
      ctx.result = applyAction(ctx, input.action);
      reconcile(ctx);
      break;
    case 'profile':
      ctx.trigger = 'profile';
      ctx.profile = input.profile;
      reconcile(ctx);
      break;
  }
  return close(ctx, model, input);
}

/** A private copy of the day, rolled over to today if midnight passed, in the current zone. */
function open(model: EngineModel, stamped: Stamped): StepContext {
  const { now, zone } = stamped;
  const today = localDate(now, zone);
  let history = model.history as DaySummary[];
  let historyChanged = false;
  let fresh = false;
  let day: DayState;
  const effects: EngineEffect[] = [];
  const previous = model.day;
  if (!previous || today > previous.date) {
    if (previous) {
      // Yesterday's prompt window goes with yesterday.
      const last = copyDay(previous);
      if (last.open) {
        settle(last, last.open.prompt.id, 'closed', now);
        effects.push({ type: 'close-prompt', id: last.open.prompt.id });
        last.open = null;
      }
      history = recordDay(history, summarise(model.profile, last));
      historyChanged = true;
    }
    // A day the app first sees part-way starts now: nothing before now is caught up. A machine
    // locked or asleep over midnight is still away; the evening's last activity starts the rest.
    day = freshDay(today, zone, now);
    day.awaySince = previous?.awaySince ?? null;
    day.restFrom = previous
      ? (previous.lastActiveAt ?? previous.restFrom)
      : lastActiveBefore(history, now);
    fresh = true;
  } else {
    day = copyDay(previous);
  }
  // A time-zone change re-plans the same day in the new zone; anchors and flags are instants.
  day.zone = zone;
  if (now < day.lastSeenAt - CLOCK_BACK_TOLERANCE_MS) clockSetBack(day, day.lastSeenAt - now);
  return {
    now,
    zone,
    profile: model.profile,
    day,
    history,
    effects,
    trigger: 'tick',
    fresh,
    idleMs: null,
    absence: null,
    wasAway: false,
    historyChanged,
    result: null,
    offered: 0,
  };
}

function lastActiveBefore(history: readonly DaySummary[], now: number): number | null {
  const last = history.at(-1)?.lastActive ?? null;
  return last !== null && last < now ? last : null;
}

/**
 * The clock was set back: the cadence keeps its spacing in elapsed time, and the once-a-day flags
 * and the list of what fell due keep anything from being shown again.
 */
function clockSetBack(day: DayState, back: number): void {
  day.cadence = {
    ...day.cadence,
    microAnchor: day.cadence.microAnchor - back,
    breakAnchor: day.cadence.breakAnchor - back,
  };
  if (day.afterHours.lastAt !== null) {
    day.afterHours = { ...day.afterHours, lastAt: day.afterHours.lastAt - back };
  }
  if (day.deferredUntil !== null) day.deferredUntil -= back;
  if (day.heldUntil !== null) day.heldUntil -= back;
  if (day.meeting) day.meeting = { until: day.meeting.until - back };
  if (day.postponed) day.postponed = { ...day.postponed, at: day.postponed.at - back };
  if (day.open) {
    const prompt = { ...day.open.prompt, shownAt: day.open.prompt.shownAt - back };
    day.open = { ...day.open, prompt, coveredUntil: day.open.coveredUntil - back };
  }
  day.absenceCountedUntil -= back;
  day.lastReadAt = null;
}

/** Did anything the person can see change between two versions of the day? */
function materiallyChanged(before: DayState, after: DayState): boolean {
  return (
    before.date !== after.date ||
    before.zone !== after.zone ||
    before.startedAt !== after.startedAt ||
    before.manualStartAt !== after.manualStartAt ||
    before.manualEndAt !== after.manualEndAt ||
    before.closedAt !== after.closedAt ||
    before.awaySince !== after.awaySince ||
    before.open?.prompt !== after.open?.prompt ||
    before.held !== after.held ||
    before.postponed !== after.postponed ||
    before.heldUntil !== after.heldUntil ||
    before.meeting !== after.meeting ||
    before.workingLate !== after.workingLate ||
    before.cadence !== after.cadence ||
    before.evening !== after.evening ||
    before.afterHours !== after.afterHours ||
    before.log !== after.log
  );
}

function close(ctx: StepContext, model: EngineModel, input: EngineInput): StepOutcome {
  const day = ctx.day;
  day.lastSeenAt = ctx.now;
  const effects: EngineEffect[] = [...ctx.effects];
  const { timer, wakeAt, waiting } = planTimer(ctx);
  const previousTimer = model.timer;
  // Timers run on elapsed time: after a sleep or a clock change the armed one would fire late or
  // early by the difference, so it is armed again from the wall clock even at the same instant.
  const rearm =
    input.type === 'start' ||
    (input.type === 'activity' && input.kind !== 'lock' && input.kind !== 'suspend');
  if (!timer && previousTimer) effects.push({ type: 'disarm' });
  if (
    timer &&
    (rearm || previousTimer?.at !== timer.at || previousTimer.readIdle !== timer.readIdle)
  ) {
    effects.push({ type: 'arm', at: timer.at, readIdle: timer.readIdle });
  }
  const changed =
    input.type !== 'tick' ||
    ctx.effects.length > 0 ||
    model.day === null ||
    ctx.profile !== model.profile ||
    materiallyChanged(model.day, day) ||
    minutesWorked(model.day, day);
  const due =
    input.type !== 'tick' || changed || ctx.now - model.persistedAt >= PERSIST_SAMPLES_EVERY_MS;
  let persistedAt = model.persistedAt;
  if (due || ctx.historyChanged) {
    effects.push({ type: 'persist', keys: ctx.historyChanged ? ['day', 'history'] : ['day'] });
    persistedAt = ctx.now;
  }
  if (changed) effects.push({ type: 'changed' });
  return {
    model: {
      profile: ctx.profile,
      day,
      history: ctx.history,
      timer,
      wakeAt,
      waiting,
      persistedAt,
    },
    effects,
    result: ctx.result,
    wakeAt,
  };
}

/** The minute figure of time worked moved on: Today's "worked today" follows. */
function minutesWorked(beforeDay: DayState | null, afterDay: DayState): boolean {
  const before = beforeDay?.presence.at(-1)?.[1] ?? null;
  const after = afterDay.presence.at(-1)?.[1] ?? null;
  if (before === after || before === null || after === null) return before !== after;
  return Math.floor(before / 60_000) !== Math.floor(after / 60_000);
}

/**
 * The shortcut for most of a working day: an idle sample on time, the person at the keys, nothing
 * on screen and nothing due before the next wake-up. Such a sample only extends the record of
 * presence; the full step would decide exactly the same (a test checks this on random days), and
 * this keeps thousands of samples a day cheap.
 */
function plainSample(model: EngineModel, stamped: Stamped): StepOutcome | null {
  const { now, zone, input } = stamped;
  const day = model.day;
  const timer = model.timer;
  if (input.type !== 'tick' || input.idleMs === null || !day || !timer || model.wakeAt === null) {
    return null;
  }
  const idle = Math.max(0, input.idleMs);
  if (
    now >= model.wakeAt ||
    model.waiting ||
    now - timer.at > LATE_MS ||
    now < day.lastSeenAt ||
    zone !== day.zone ||
    day.startedAt === null ||
    day.firstActiveAt === null ||
    !day.shortRestNoticeShown ||
    day.awaySince !== null ||
    day.closedAt !== null ||
    day.heldUntil !== null ||
    day.open !== null ||
    idle >= model.profile.microBreak.seconds * 1000 ||
    idle >= PRESENT_IDLE_MS ||
    localDate(now, zone) !== day.date
  ) {
    return null;
  }
  const lastInput = now - idle;
  const next: DayState = {
    ...day,
    presence: afterReading(day.presence, now, idle, day.lastReadAt),
    lastReadAt: now,
    lastActiveAt: Math.max(day.lastActiveAt ?? lastInput, lastInput),
    lastSeenAt: now,
  };
  const readAt = Math.ceil((now + IDLE_SAMPLE_MS) / IDLE_SAMPLE_MS) * IDLE_SAMPLE_MS;
  const nextTimer =
    readAt <= model.wakeAt ? { at: readAt, readIdle: true } : { at: model.wakeAt, readIdle: false };
  const effects: EngineEffect[] = [{ type: 'arm', ...nextTimer }];
  const changed = minutesWorked(day, next);
  let persistedAt = model.persistedAt;
  if (changed || now - persistedAt >= PERSIST_SAMPLES_EVERY_MS) {
    effects.push({ type: 'persist', keys: ['day'] });
    persistedAt = now;
  }
  if (changed) effects.push({ type: 'changed' });
  return {
    model: { ...model, day: next, timer: nextTimer, persistedAt },
    effects,
    result: null,
    wakeAt: model.wakeAt,
  };
}
