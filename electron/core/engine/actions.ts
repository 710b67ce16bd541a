import { afterOffer, afterPause } from './cadence';
import { shape, type StepContext } from './context';
import { settle } from './day-log';
import { endsByItself } from './delivery';
import { SILENCED_BY_WORKING_LATE } from './due';
import { closeOpen, endPause, makePrompt, offer, RITUAL_AGAIN_MS, startPause } from './prompt-life';
import { endMeeting } from './reconcile';
import type { ActionResult, HoldLength, PromptKind } from './prompts';
import type { EngineAction } from './step-types';
import { MINUTE, addDays, atLocalTime } from './time';

/** What the person asks for, each decided against the day as it stands after reconciling. */

const DAYTIME_KINDS: ReadonlySet<PromptKind> = new Set([
  'micro-break',
  'break',
  'lunch',
  'end-of-day-heads-up',
  'end-of-day',
]);
const REASON_MAX_CHARS = 500;
const DEFAULT_MEETING_MINUTES = 60;

const OK: ActionResult = { ok: true };

export function applyAction(ctx: StepContext, action: EngineAction): ActionResult {
  switch (action.type) {
    case 'complete':
      return complete(ctx);
    case 'start-pause':
      return startPause(ctx) ? OK : { ok: false, reason: 'no-open-prompt' };
    case 'skip':
      return skip(ctx);
    case 'postpone':
      return postpone(ctx);
    case 'take-break':
      return takeBreakNow(ctx);
    case 'hold':
      return hold(ctx, action.length);
    case 'resume':
      if (ctx.day.heldUntil !== null) ctx.day.heldUntil = ctx.now;
      return OK;
    case 'meeting':
      return meeting(ctx, action.on, action.minutes ?? DEFAULT_MEETING_MINUTES);
    case 'start-day':
      return startDay(ctx);
    case 'end-day':
      return endDay(ctx);
    case 'work-late':
      return workLate(ctx, action.reason);
  }
}

/**
 * "Done": a pause ends now and is judged on the time away so far (taken if away for at least half
 * its length); the end-of-day ritual's last step ends the working day; an evening prompt is read.
 */
function complete(ctx: StepContext): ActionResult {
  const open = ctx.day.open;
  if (!open) return { ok: false, reason: 'no-open-prompt' };
  if (endsByItself(open.prompt.kind)) {
    endPause(ctx, ctx.now);
    return OK;
  }
  closeOpen(ctx, 'answered');
  if (open.prompt.kind === 'end-of-day') markEnded(ctx);
  return OK;
}

function skip(ctx: StepContext): ActionResult {
  const open = ctx.day.open?.prompt;
  if (!open) return { ok: false, reason: 'no-open-prompt' };
  if (!open.canSkip) return { ok: false, reason: 'strict-mode' };
  closeOpen(ctx, 'skipped');
  return OK;
}

/**
 * Puts the open prompt off: a break by the profile's minutes (up to its limit; not in strict
 * mode), the end-of-day ritual once, for half an hour ("not now").
 */
function postpone(ctx: StepContext): ActionResult {
  const day = ctx.day;
  const open = day.open?.prompt;
  if (!open) return { ok: false, reason: 'no-open-prompt' };
  if (!open.canPostpone) {
    const strict = ctx.profile.strictMode && open.kind !== 'end-of-day';
    return { ok: false, reason: strict ? 'strict-mode' : 'postpone-limit' };
  }
  const count = open.postponed + 1;
  day.open = null;
  settle(day, open.id, 'postponed', ctx.now);
  ctx.effects.push({ type: 'close-prompt', id: open.id });
  const later =
    open.kind === 'end-of-day' ? RITUAL_AGAIN_MS : ctx.profile.postpone.minutes * MINUTE;
  day.postponed = {
    at: ctx.now + later,
    prompt: { ...open, id: `${open.id.split('#')[0]}#postponed-${count}`, postponed: count },
  };
  return OK;
}

/**
 * "Take a break now": a break at once (a fresh id, not a catch-up) during a working day, even in a
 * pause or a meeting since the person asked. The cadence counts from it.
 */
function takeBreakNow(ctx: StepContext): ActionResult {
  const day = ctx.day;
  if (day.startedAt === null || day.closedAt !== null || !shape(ctx).workday) {
    return { ok: false, reason: 'not-working' };
  }
  day.breaksNow++;
  const id = `${day.date}:break-now:${day.breaksNow}`;
  day.fired = [...day.fired, id];
  const seconds = ctx.profile.break.minutes * 60;
  day.cadence = afterOffer(day.cadence, { kind: 'break', at: ctx.now, seconds }, ctx.now);
  const pending = day.postponed?.prompt.kind;
  if (pending === 'micro-break' || pending === 'break') day.postponed = null;
  // Asked for, so not offered to be put off: "later" was always the person's own choice.
  const prompt = makePrompt(
    ctx,
    { id, kind: 'break', dueAt: ctx.now, seconds, postponed: 0 },
    false,
  );
  offer(ctx, { ...prompt, canPostpone: false }, { bypassMeeting: true });
  return OK;
}

/** Holds every prompt for a while; the cadence restarts when the hold ends. */
function hold(ctx: StepContext, length: HoldLength): ActionResult {
  const day = ctx.day;
  day.heldUntil =
    length === 'tomorrow'
      ? atLocalTime(addDays(day.date, 1), '00:00', day.zone)
      : ctx.now + { '30m': 30, '1h': 60, '2h': 120 }[length] * MINUTE;
  closeOpen(ctx, 'closed');
  day.postponed = null;
  return OK;
}

/** Meeting mode holds prompts until it ends (by itself after `minutes`, or turned off). */
function meeting(ctx: StepContext, on: boolean, minutes: number): ActionResult {
  const day = ctx.day;
  if (on) {
    day.meeting = { until: ctx.now + minutes * MINUTE };
    return OK;
  }
  if (day.meeting) endMeeting(ctx);
  return OK;
}

/**
 * "Start workday" on a day off or before the planned start: the day begins now, with the date's
 * planned length (on a day off, the length of a usual working day), lunch about mid-day and the
 * full cadence, since the break rules hold on any day a person works.
 */
function startDay(ctx: StepContext): ActionResult {
  const day = ctx.day;
  if (day.startedAt !== null) return { ok: false, reason: 'already-started' };
  day.manualStartAt = ctx.now;
  day.startedAt = ctx.now;
  day.cadence = afterPause(day.cadence, ctx.now);
  day.absenceCountedUntil = Math.max(day.absenceCountedUntil, ctx.now);
  return OK;
}

/** The daytime prompts stop now; the evening rules still apply if work goes on. */
function markEnded(ctx: StepContext): void {
  const day = ctx.day;
  if (day.manualEndAt !== null) return;
  day.manualEndAt = ctx.now;
  day.cadence = { ...day.cadence, lunchDone: true, headsUpDone: true, endDone: true };
  for (const kind of ['end-of-day-heads-up', 'end-of-day'] as const) {
    const id = `${day.date}:${kind}`;
    if (!day.fired.includes(id)) day.fired = [...day.fired, id];
  }
  if (day.open && DAYTIME_KINDS.has(day.open.prompt.kind)) closeOpen(ctx, 'closed');
  if (day.held && DAYTIME_KINDS.has(day.held.kind)) {
    settle(day, day.held.id, 'closed', ctx.now);
    day.held = null;
  }
  if (day.postponed && DAYTIME_KINDS.has(day.postponed.prompt.kind)) day.postponed = null;
}

function endDay(ctx: StepContext): ActionResult {
  const day = ctx.day;
  if (day.startedAt === null || day.closedAt !== null || day.manualEndAt !== null) {
    return { ok: false, reason: 'not-working' };
  }
  markEnded(ctx);
  return OK;
}

/**
 * "I am working late on purpose": silences the after-hours nudges, the latest stop and the night
 * notice for the rest of this evening, and records it with the reason. The §10-9 overtime break
 * still comes: it is a break the law gives, not a nudge.
 */
function workLate(ctx: StepContext, reason: string | null): ActionResult {
  const day = ctx.day;
  if (day.startedAt === null) return { ok: false, reason: 'not-working' };
  const text = reason?.trim().slice(0, REASON_MAX_CHARS) ?? '';
  day.workingLate = { since: day.workingLate?.since ?? ctx.now, reason: text || null };
  if (day.open && SILENCED_BY_WORKING_LATE.has(day.open.prompt.kind)) closeOpen(ctx, 'answered');
  if (day.held && SILENCED_BY_WORKING_LATE.has(day.held.kind)) {
    settle(day, day.held.id, 'closed', ctx.now);
    day.held = null;
  }
  if (day.postponed && SILENCED_BY_WORKING_LATE.has(day.postponed.prompt.kind)) {
    day.postponed = null;
  }
  day.deferredUntil = null;
  return OK;
}
