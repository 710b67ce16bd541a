import { midnightAfter, shape, type StepContext } from './context';
import { nextEvent } from './due';
import { IDLE_SAMPLE_MS } from './presence';

/**
 * When the engine next needs to run, as one timer: the next thing due (a prompt, the day's start,
 * the end of a pause, a meeting or a hold on reminders, midnight), or, during an active workday,
 * the next idle sample, whichever comes first. Samples sit on a fixed 15-second grid, so a prompt
 * due on a whole minute shares its timer with the sample there; at most one sample per 15 s, none
 * outside an active workday.
 */

export interface TimerPlan {
  timer: { at: number; readIdle: boolean } | null;
  /** The next instant something is due, samples aside. */
  wakeAt: number;
  /** Something is due already and waits for the next sample (a nudge held while idle). */
  waiting: boolean;
}

/** Is the person's presence worth sampling now: a workday begun (or about to) and not over. */
function sampling(ctx: StepContext): boolean {
  const day = ctx.day;
  const dayShape = shape(ctx);
  if (!dayShape.workday || day.awaySince !== null) return false;
  if (day.startedAt === null) {
    // With flexitime the day begins at the first presence in the window: watch for it.
    return dayShape.flexWindow !== null && ctx.now >= dayShape.flexWindow.start;
  }
  return day.closedAt === null && day.heldUntil === null;
}

function wakeInstant(ctx: StepContext): { at: number; waiting: boolean } {
  const day = ctx.day;
  const dayShape = shape(ctx);
  const candidates = [midnightAfter(day)];
  let waiting = false;
  if (dayShape.workday && day.awaySince === null) {
    if (day.startedAt === null) {
      const from = dayShape.flexWindow?.start ?? dayShape.start;
      if (from !== null && from > ctx.now) candidates.push(from);
    } else {
      if (day.heldUntil !== null) candidates.push(day.heldUntil);
      else {
        // Something already due and still waiting (a nudge held while the person is idle) is
        // looked at again by the next sample, not by a wake-up now.
        const next = nextEvent(ctx.profile, day);
        if (next && next.at > ctx.now) candidates.push(next.at);
        else if (next) waiting = true;
      }
      const open = day.open?.prompt;
      if (open?.endsAt != null) candidates.push(open.endsAt);
      if (day.meeting) candidates.push(day.meeting.until);
    }
  }
  return { at: Math.max(Math.min(...candidates), ctx.now), waiting };
}

/** The next timed pause's end, when it is the reading that judges whether it was taken. */
function pauseEnd(ctx: StepContext): number | null {
  const open = ctx.day.open?.prompt;
  return open?.endsAt ?? null;
}

export function planTimer(ctx: StepContext): TimerPlan {
  const { at: wakeAt, waiting } = wakeInstant(ctx);
  if (!sampling(ctx)) return { timer: { at: wakeAt, readIdle: false }, wakeAt, waiting };
  const after = Math.max(ctx.now, (ctx.day.lastReadAt ?? -Infinity) + IDLE_SAMPLE_MS);
  let readAt = Math.ceil(after / IDLE_SAMPLE_MS) * IDLE_SAMPLE_MS;
  // A pause ending before the sample after this one is judged by a reading at its end: that
  // reading takes the place of this sample, so readings stay at least 15 s apart.
  const end = pauseEnd(ctx);
  if (end !== null && end >= ctx.now && end < readAt + IDLE_SAMPLE_MS) readAt = end;
  if (readAt <= wakeAt) return { timer: { at: readAt, readIdle: true }, wakeAt, waiting };
  return { timer: { at: wakeAt, readIdle: false }, wakeAt, waiting };
}
