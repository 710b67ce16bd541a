import type { PromptOutcome } from '../../contract/workday';
import { afterPause, PRIORITY } from './cadence';
import { afterHoursFrom, restBoundaryOf, shape, type StepContext } from './context';
import { logOffered, settle } from './day-log';
import { deliveryFor, endsByItself } from './delivery';
import { PAUSE_KINDS } from './prompts';
import type { Prompt, PromptKind } from './prompts';
import { earliestStartAfter } from './rules/rest';

/**
 * A prompt's life inside the step: made, offered (as a window, a notification, or held for a
 * meeting), and closed with an outcome. A pause counts as taken only when the person was away
 * (idle, locked or asleep) for at least half of it.
 */

/** Higher wins when two prompts fall due together, and decides which window stays on screen. */
export function priorityOf(kind: PromptKind): number {
  switch (kind) {
    case 'latest-stop':
      return 7;
    case 'night-notice':
      return 6;
    case 'overtime-break':
      return 5;
    case 'after-hours':
      // Below the end of the day: waking after the end shows the end-of-day prompt first.
      return PRIORITY['end-of-day-heads-up'] + 0.5;
    case 'day-off-notice':
    case 'short-rest-notice':
    case 'pause-over':
      return 0;
    default:
      return PRIORITY[kind];
  }
}

export function makePrompt(
  ctx: StepContext,
  fields: { id: string; kind: PromptKind; dueAt: number; seconds: number; postponed: number },
  catchUp: boolean,
  earliestStart: number | null = null,
): Prompt {
  const strict = ctx.profile.strictMode;
  const restBoundary = restBoundaryOf(ctx.profile, ctx.day);
  const pastStop = restBoundary.latestStop !== null && ctx.now >= restBoundary.latestStop;
  const kind = fields.kind;
  return {
    ...fields,
    shownAt: ctx.now,
    endsAt: PAUSE_KINDS.has(kind) ? ctx.now + fields.seconds * 1000 : null,
    catchUp,
    canPostpone: canPostpone(ctx, kind, fields.postponed),
    // Strict mode is about breaks: the end-of-day ritual can always be left for later.
    canSkip: !strict || kind === 'end-of-day',
    firmness: ctx.profile.endOfDayFirmness,
    earliestStartTomorrow:
      earliestStart ??
      (kind === 'latest-stop' || ((kind === 'after-hours' || kind === 'night-notice') && pastStop)
        ? earliestStartAfter(Math.max(ctx.now, restBoundary.latestStop ?? ctx.now))
        : null),
    restBoundary,
  };
}

/** Adds a stretch of known absence to the open pause's away time (each moment counted once). */
export function countAway(ctx: StepContext, from: number, to: number): void {
  const open = ctx.day.open;
  const end = open?.prompt.endsAt ?? null;
  if (!open || end === null) return;
  const start = Math.max(from, open.coveredUntil, end - open.prompt.seconds * 1000);
  const stop = Math.min(to, end);
  if (stop <= start) return;
  ctx.day.open = { ...open, awayMs: open.awayMs + (stop - start), coveredUntil: stop };
}

function closeWindow(ctx: StepContext, outcome: PromptOutcome, at: number): Prompt | null {
  const open = ctx.day.open;
  if (!open) return null;
  ctx.day.open = null;
  settle(ctx.day, open.prompt.id, outcome, at);
  ctx.effects.push({ type: 'close-prompt', id: open.prompt.id });
  return open.prompt;
}

/**
 * Ends the open pause at `at`: taken if the person was away for at least half of its length,
 * otherwise not taken (or the given outcome, for skip and the like). Breaks and lunch restart the
 * cadence from the moment they end; the time away until then was this pause, not a natural one.
 * A break or lunch taken to its end says welcome back (`ranOut`: its countdown ended it).
 */
export function endPause(
  ctx: StepContext,
  at: number,
  outcome?: PromptOutcome,
  ranOut = false,
): void {
  const open = ctx.day.open;
  if (!open) return;
  const taken = open.awayMs * 2 >= open.prompt.seconds * 1000;
  const prompt = closeWindow(ctx, outcome ?? (taken ? 'taken' : 'not-taken'), at);
  if (!prompt) return;
  if (prompt.kind === 'break' || prompt.kind === 'lunch') {
    ctx.day.cadence = afterPause(ctx.day.cadence, at);
  }
  ctx.day.absenceCountedUntil = Math.max(ctx.day.absenceCountedUntil, at);
  if (ranOut && taken && outcome === undefined && prompt.kind !== 'micro-break') {
    const over = makePrompt(
      ctx,
      { id: `${prompt.id}:over`, kind: 'pause-over', dueAt: at, seconds: 0, postponed: 0 },
      false,
    );
    logOffered(ctx.day, over, 'shown');
    ctx.effects.push({ type: 'prompt', prompt: over, delivery: deliveryFor(over) });
  }
}

/** The end-of-day ritual can be put off once, for half an hour ("not now"); breaks by the profile. */
export const RITUAL_AGAIN_MS = 30 * 60_000;

function canPostpone(ctx: StepContext, kind: PromptKind, postponed: number): boolean {
  if (kind === 'end-of-day') return postponed < 1;
  return !ctx.profile.strictMode && postponed < ctx.profile.postpone.limit;
}

/** The person starts the offered break now: its countdown runs its full length from here. */
export function startPause(ctx: StepContext): boolean {
  const open = ctx.day.open;
  if (!open || open.prompt.endsAt === null || open.prompt.kind === 'micro-break') return false;
  const prompt = { ...open.prompt, endsAt: ctx.now + open.prompt.seconds * 1000 };
  ctx.day.open = { prompt, awayMs: 0, coveredUntil: ctx.now };
  return true;
}

/** Closes whatever window is open: a pause is judged on the time so far; others get `outcome`. */
export function closeOpen(ctx: StepContext, outcome: PromptOutcome): void {
  const open = ctx.day.open;
  if (!open) return;
  if (endsByItself(open.prompt.kind) && outcome === 'closed') endPause(ctx, ctx.now);
  else if (endsByItself(open.prompt.kind)) endPause(ctx, ctx.now, outcome);
  else closeWindow(ctx, outcome, ctx.now);
}

/**
 * Puts a prompt in front of the person. In a meeting it waits (the most important one; the one it
 * displaces is missed). A notification asks nothing and is done once shown, and leaves any window
 * as it is. A window replaces the open one, except a pause still counting down that matters more:
 * that one is not cut short, and the new one is missed.
 */
export function offer(
  ctx: StepContext,
  prompt: Prompt,
  options: { bypassMeeting?: boolean } = {},
): void {
  const day = ctx.day;
  if (day.meeting && !options.bypassMeeting) {
    if (day.held && priorityOf(prompt.kind) < priorityOf(day.held.kind)) {
      logOffered(day, prompt, 'missed');
      return;
    }
    if (day.held) settle(day, day.held.id, 'missed', ctx.now);
    day.held = prompt;
    logOffered(day, prompt, 'held');
    return;
  }
  const delivery = deliveryFor(prompt);
  ctx.offered++;
  // Any prompt shown in the evening counts as a nudge: the next after-hours one waits 30 min.
  const dayShape = shape(ctx);
  if (day.cadence.endDone && dayShape.end !== null && ctx.now > afterHoursFrom(day, dayShape)) {
    day.afterHours = { ...day.afterHours, lastAt: ctx.now };
  }
  if (delivery.kind === 'notification') {
    logOffered(day, prompt, 'shown');
    ctx.effects.push({ type: 'prompt', prompt, delivery });
    return;
  }
  if (day.open) {
    const current = day.open.prompt;
    if (endsByItself(current.kind) && priorityOf(prompt.kind) < priorityOf(current.kind)) {
      logOffered(day, prompt, 'missed');
      return;
    }
    closeOpen(ctx, 'closed');
  }
  day.open = { prompt, awayMs: 0, coveredUntil: prompt.shownAt };
  logOffered(day, prompt, 'open');
  ctx.effects.push({ type: 'prompt', prompt, delivery });
}
