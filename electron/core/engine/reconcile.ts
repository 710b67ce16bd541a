import { afterPause } from './cadence';
import { shape, type StepContext } from './context';
import { logNatural, settle } from './day-log';
import { endsByItself } from './delivery';
import { handleDue, PRESENT_IDLE_MS } from './due';
import { LATE_MS } from './presence';
import { closeOpen, endPause, makePrompt, offer } from './prompt-life';
import { overtimeBreakAt } from './rules/breaks';
import { DAILY_REST_MS } from './rules/rest';
import { HOUR, MINUTE } from './time';

/**
 * The part of every step that brings the day up to now, whatever the input was: holds and
 * meetings that ran out, the day's start, a return in the evening, the open pause's end, breaks
 * taken naturally, going home, and what fell due.
 */

/** After the day's end, this long away means the person has gone home. */
const GONE_HOME_MS = 30 * MINUTE;

export function reconcile(ctx: StepContext): void {
  const day = ctx.day;
  expireHold(ctx);
  expireMeeting(ctx);
  if (!shape(ctx).workday) {
    dayOff(ctx);
    return;
  }
  // Locked or asleep: nothing is shown; the return catches up.
  if (day.awaySince !== null) return;
  if (day.startedAt === null && !begin(ctx)) return;
  noticeShortRest(ctx);
  const reopened = reopen(ctx);
  const end = day.open?.prompt.endsAt ?? null;
  if (end !== null && end <= ctx.now) endPause(ctx, end, undefined, true);
  naturalBreaks(ctx);
  if (!reopened) goneHome(ctx);
  handleDue(ctx);
}

function expireHold(ctx: StepContext): void {
  const day = ctx.day;
  if (day.heldUntil === null || day.heldUntil > ctx.now) return;
  day.heldUntil = null;
  // The hold was a rest from reminders: the cadence starts afresh from its end.
  day.cadence = afterPause(day.cadence, ctx.now);
}

/** Meeting mode ends by itself at its end; the prompt it held is offered then. */
function expireMeeting(ctx: StepContext): void {
  const meeting = ctx.day.meeting;
  if (meeting && meeting.until <= ctx.now) endMeeting(ctx);
}

export function endMeeting(ctx: StepContext): void {
  const day = ctx.day;
  day.meeting = null;
  const held = day.held;
  if (!held) return;
  day.held = null;
  settle(day, held.id, 'closed', ctx.now);
  if (day.awaySince !== null || day.heldUntil !== null) return;
  offer(ctx, { ...held, shownAt: ctx.now });
}

function dayOff(ctx: StepContext): void {
  const day = ctx.day;
  if (day.open) closeOpen(ctx, 'closed');
  const present = ctx.trigger === 'start' || ctx.trigger === 'presence';
  if (!present || day.dayOffNoticeShown || day.awaySince !== null) return;
  day.dayOffNoticeShown = true;
  offer(
    ctx,
    makePrompt(
      ctx,
      {
        id: `${day.date}:day-off-notice`,
        kind: 'day-off-notice',
        dueAt: ctx.now,
        seconds: 0,
        postponed: 0,
      },
      false,
    ),
  );
}

/** Starts the day: the planned start, or with flexitime the first presence inside the window. */
function begin(ctx: StepContext): boolean {
  const day = ctx.day;
  const dayShape = shape(ctx);
  const window = dayShape.flexWindow;
  if (window) {
    const seen = day.lastActiveAt;
    if (ctx.now < window.start || seen === null || seen < window.start - PRESENT_IDLE_MS)
      return false;
    day.startedAt = Math.min(Math.max(seen, window.start), Math.max(window.end, window.start));
  } else {
    if (dayShape.start === null || ctx.now < dayShape.start) return false;
    day.startedAt = dayShape.start;
  }
  const late =
    ctx.fresh || ctx.trigger === 'start' || ctx.wasAway || ctx.now - day.startedAt > LATE_MS;
  const from = late ? ctx.now : day.startedAt;
  day.cadence = { ...day.cadence, microAnchor: from, breakAnchor: from };
  day.absenceCountedUntil = Math.max(day.absenceCountedUntil, from);
  return true;
}

/**
 * aml. §10-8(1): at least 11 hours of unbroken rest in 24. When the day's first activity comes
 * sooner than that after the last activity the evening before, Pust says so once, gently, with the
 * time it would have been fine. Leaders in managerial posts are outside chapter 10 (§10-12(1));
 * the renderer words it for them as an example they set, not a rule that binds them.
 */
function noticeShortRest(ctx: StepContext): void {
  const day = ctx.day;
  if (day.shortRestNoticeShown || day.firstActiveAt === null) return;
  day.shortRestNoticeShown = true;
  if (day.restFrom === null) return;
  const rest = day.firstActiveAt - day.restFrom;
  if (rest <= 0 || rest >= DAILY_REST_MS) return;
  offer(
    ctx,
    makePrompt(
      ctx,
      {
        id: `${day.date}:short-rest-notice`,
        kind: 'short-rest-notice',
        dueAt: ctx.now,
        seconds: 0,
        postponed: 0,
      },
      false,
      day.restFrom + DAILY_REST_MS,
    ),
  );
}

/**
 * Back at work in the evening after going home: overtime continues. The 2-hour overtime break is
 * about unbroken work, which the time away has broken, so it is not caught up.
 */
function reopen(ctx: StepContext): boolean {
  const day = ctx.day;
  if (day.closedAt === null || ctx.trigger !== 'presence') return false;
  day.closedAt = null;
  day.sessionStart = ctx.now;
  const end = shape(ctx).end;
  if (end !== null && overtimeBreakAt(end) <= ctx.now) {
    day.evening = { ...day.evening, 'overtime-break': true };
  }
  return true;
}

/** Idle, lock and sleep long enough for a break count as that break, and restart the cadence. */
function naturalBreaks(ctx: StepContext): void {
  const day = ctx.day;
  const absence = ctx.absence;
  // Time away while a pause is on screen is that pause being taken.
  if (!absence || (day.open && endsByItself(day.open.prompt.kind))) return;
  const from = Math.max(absence.from, day.absenceCountedUntil);
  const absent = absence.to - from;
  if (absent <= 0) return;
  const profile = ctx.profile;
  const c = { ...day.cadence };
  if (absent >= profile.microBreak.seconds * 1000) c.microAnchor = Math.max(c.microAnchor, ctx.now);
  const lunch = shape(ctx).lunch;
  const lunchTaken =
    lunch !== null &&
    !c.lunchDone &&
    absent >= lunch.seconds * 1000 &&
    from <= lunch.at + HOUR &&
    ctx.now >= lunch.at - HOUR;
  if (lunchTaken) {
    c.lunchDone = true;
    day.fired = [...day.fired, `${day.date}:lunch`];
    logNatural(day, 'lunch', from, ctx.now);
  }
  if (absent >= profile.break.minutes * MINUTE) {
    if (!lunchTaken && (c.breakAnchor <= from || hasNatural(ctx, from))) {
      logNatural(day, 'break', from, ctx.now);
    }
    c.breakAnchor = Math.max(c.breakAnchor, ctx.now);
    c.microAnchor = Math.max(c.microAnchor, ctx.now);
  }
  day.cadence = c;
}

function hasNatural(ctx: StepContext, from: number): boolean {
  return ctx.day.log.some((entry) => entry.id === `${ctx.day.date}:natural-break:${from}`);
}

/** After the end (planned or by hand), away for 30 minutes closes the day where the absence began. */
function goneHome(ctx: StepContext): void {
  const day = ctx.day;
  const absence = ctx.absence;
  if (!absence || day.closedAt !== null) return;
  const end = day.manualEndAt ?? (day.cadence.endDone ? shape(ctx).end : null);
  // Time away taking a pause (the overtime break) is that pause, not going home.
  const from = Math.max(absence.from, day.absenceCountedUntil);
  if (end === null || from < end || absence.to - from < GONE_HOME_MS) return;
  day.closedAt = from;
  day.sessionStart = null;
}
