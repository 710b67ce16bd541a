import type { ActivityEventKind } from '../ports';
import type { StepContext } from './context';
import { afterReading, afterReturn, AWAY_AFTER_IDLE_MS, beforeAway, LATE_MS } from './presence';
import { countAway } from './prompt-life';
import type { EngineModel } from './step-types';

/**
 * What each kind of input tells the step about the person before the day is brought up to now:
 * the app started, an idle reading, the machine locked, woke or changed its clock.
 */

function noteAbsence(ctx: StepContext, from: number, machineAway: boolean): void {
  if (from >= ctx.now) return;
  if (machineAway) ctx.wasAway = true;
  const earliest = ctx.absence ? Math.min(ctx.absence.from, from) : from;
  ctx.absence = { from: earliest, to: ctx.now };
  countAway(ctx, earliest, ctx.now);
}

/** The app started: the time it was not running counts as away; starting it is being here. */
export function started(ctx: StepContext): void {
  ctx.trigger = 'start';
  const day = ctx.day;
  if (!ctx.fresh && ctx.now - day.lastSeenAt > LATE_MS) noteAbsence(ctx, day.lastSeenAt, true);
  if (day.awaySince === null) seen(ctx, ctx.now, true);
}

/** The person was at the machine at `at`. */
function seen(ctx: StepContext, at: number, returned: boolean): void {
  const day = ctx.day;
  if (returned) day.presence = afterReturn(day.presence, at);
  day.lastActiveAt = Math.max(day.lastActiveAt ?? at, at);
  day.firstActiveAt ??= at;
}

export function ticked(ctx: StepContext, model: EngineModel, idleMs: number | null): void {
  ctx.trigger = 'tick';
  const day = ctx.day;
  // A timer this late means the machine slept without saying so, or the app stalled.
  const late = !ctx.fresh && model.timer !== null && ctx.now - model.timer.at > LATE_MS;
  if (late) noteAbsence(ctx, day.lastSeenAt, true);
  if (idleMs === null) return;
  const idle = Math.max(0, idleMs);
  ctx.idleMs = idle;
  const lastInput = ctx.now - idle;
  day.presence = afterReading(day.presence, ctx.now, idle, late ? null : day.lastReadAt);
  day.lastReadAt = ctx.now;
  if (idle < AWAY_AFTER_IDLE_MS) {
    day.lastActiveAt = Math.max(day.lastActiveAt ?? lastInput, lastInput);
    day.firstActiveAt ??= day.presence[0]?.[0] ?? lastInput;
  } else if (day.lastActiveAt === null || day.lastActiveAt < lastInput) {
    day.lastActiveAt = lastInput;
  }
  if (idle > 0) {
    countAway(ctx, lastInput, ctx.now);
    if (idle >= ctx.profile.microBreak.seconds * 1000) noteAbsence(ctx, lastInput, false);
  }
}

export function activity(ctx: StepContext, kind: ActivityEventKind): void {
  const day = ctx.day;
  switch (kind) {
    case 'lock':
    case 'suspend': {
      ctx.trigger = 'away';
      if (day.awaySince !== null) return;
      day.presence = beforeAway(day.presence, ctx.now, day.lastReadAt);
      day.awaySince = ctx.now;
      day.lastReadAt = null;
      // Going away after the end is going home: the day's evening stops here.
      const ended = day.manualEndAt !== null || day.cadence.endDone;
      if (ended && day.closedAt === null) {
        day.closedAt = Math.min(day.lastActiveAt ?? ctx.now, ctx.now);
        day.sessionStart = null;
      }
      return;
    }
    case 'unlock':
    case 'resume': {
      ctx.trigger = 'presence';
      const since = day.awaySince ?? day.lastSeenAt;
      day.awaySince = null;
      if (!ctx.fresh) noteAbsence(ctx, since, true);
      seen(ctx, ctx.now, true);
      return;
    }
    default:
      // A clock or zone change: timers are re-armed from the wall clock below.
      ctx.trigger = 'clock';
  }
}
