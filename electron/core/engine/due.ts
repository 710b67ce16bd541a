import { afterMissed, afterOffer, nextDayEvent, type DayEvent } from './cadence';
import type { WorkProfile } from '../../contract/work-profile';
import { afterHoursFrom, latestStopOf, shapeOf, type StepContext } from './context';
import type { DayState } from './day-state';
import { logPassed } from './day-log';
import { eveningEvents, nextAfterHoursAt } from './evening';
import { makePrompt, offer, priorityOf } from './prompt-life';
import { LATE_MS } from './presence';
import type { EveningEventKind, PromptKind } from './prompts';
import { MINUTE } from './time';

/**
 * What falls due, and which of it is shown. One prompt due on time is shown on time. After an
 * absence (asleep, locked, a late timer, the app not running) at most one is shown, as a catch-up:
 * the most important; the rest are missed, never shown later.
 */

export interface DueEvent {
  id: string;
  kind: PromptKind;
  /** When it is due now (later than dueAt for an evening notice that waited its turn). */
  at: number;
  /** When it was planned for. */
  dueAt: number;
  seconds: number;
  postponed: number;
}

/** Idle below this means the person is at the machine (an after-hours nudge waits for them). */
export const PRESENT_IDLE_MS = 60_000;
/** An evening notice that clashed with a prompt shown on time comes this much later. */
const NOTICE_GAP_MS = MINUTE;
/** Prompts that working late on purpose silences for the rest of the evening. */
export const SILENCED_BY_WORKING_LATE: ReadonlySet<PromptKind> = new Set([
  'after-hours',
  'latest-stop',
  'night-notice',
]);
/** What is worth a line in Today's list when it passes unseen. */
const WORTH_LOGGING_UNSEEN: ReadonlySet<PromptKind> = new Set([
  'break',
  'lunch',
  'end-of-day',
  'overtime-break',
  'latest-stop',
]);

function isCadence(kind: PromptKind): boolean {
  return kind === 'micro-break' || kind === 'break';
}

function dayEventId(day: DayState, event: DayEvent): string {
  return isCadence(event.kind)
    ? `${day.date}:${event.kind}:${day.cadenceCount + 1}`
    : `${day.date}:${event.kind}`;
}

/** The next thing due today after the state as it stands (daytime, evening, or a postponed one). */
export function nextEvent(profile: WorkProfile, day: DayState): DueEvent | null {
  const dayShape = shapeOf(profile, day);
  const candidates: DueEvent[] = [];
  const dayEvent = nextDayEvent(dayShape, profile, day.cadence);
  if (dayEvent) {
    candidates.push({
      ...dayEvent,
      id: dayEventId(day, dayEvent),
      dueAt: dayEvent.at,
      postponed: 0,
    });
  } else if (day.closedAt === null && dayShape.end !== null && day.startedAt !== null) {
    const silenced = day.workingLate !== null;
    const evening = eveningEvents(dayShape, latestStopOf(profile, day)).find(
      (e) => !day.evening[e.kind] && !(silenced && SILENCED_BY_WORKING_LATE.has(e.kind)),
    );
    if (evening) {
      candidates.push({
        ...evening,
        at: Math.max(evening.at, day.deferredUntil ?? evening.at),
        dueAt: evening.at,
        id: `${day.date}:${evening.kind}`,
        postponed: 0,
      });
    }
    if (!silenced) {
      const at = nextAfterHoursAt(afterHoursFrom(day, dayShape), day.afterHours.lastAt);
      candidates.push({
        id: `${day.date}:after-hours:${day.afterHours.count + 1}`,
        kind: 'after-hours',
        at,
        dueAt: at,
        seconds: 0,
        postponed: 0,
      });
    }
  }
  if (day.postponed) {
    const { at, prompt } = day.postponed;
    candidates.push({
      id: prompt.id,
      kind: prompt.kind,
      at,
      dueAt: prompt.dueAt,
      seconds: prompt.seconds,
      postponed: prompt.postponed,
    });
  }
  candidates.sort((a, b) => a.at - b.at || priorityOf(b.kind) - priorityOf(a.kind));
  return candidates[0] ?? null;
}

/** The state moves past an event that fell due (shown or not), so the next one can be found. */
function markPassed(ctx: StepContext, event: DueEvent): void {
  const day = ctx.day;
  if (day.postponed && day.postponed.prompt.id === event.id) {
    day.postponed = null;
    return;
  }
  switch (event.kind) {
    case 'overtime-break':
    case 'latest-stop':
    case 'night-notice':
      day.evening = { ...day.evening, [event.kind]: true };
      return;
    case 'after-hours':
      day.afterHours = { count: day.afterHours.count + 1, lastAt: event.at };
      return;
    case 'day-off-notice':
    case 'short-rest-notice':
      return;
    default:
      if (isCadence(event.kind)) day.cadenceCount++;
      day.cadence = afterMissed(day.cadence, event as DayEvent);
  }
}

const EVENING_NOTICES: ReadonlySet<PromptKind> = new Set([
  'latest-stop',
  'night-notice',
  'overtime-break',
]);

export function handleDue(ctx: StepContext): void {
  const day = ctx.day;
  const now = ctx.now;
  const due: DueEvent[] = [];
  // An after-hours nudge is for someone still at work: while idle it waits for their return.
  // Between readings the idle time is judged from the last input seen.
  const idleMs = ctx.idleMs ?? now - (day.lastActiveAt ?? now);
  const idle = idleMs >= PRESENT_IDLE_MS;
  for (
    let event = nextEvent(ctx.profile, day);
    event && event.at <= now;
    event = nextEvent(ctx.profile, day)
  ) {
    if (idle && event.kind === 'after-hours') break;
    due.push(event);
    markPassed(ctx, event);
  }
  const unseen = due.filter((e) => !day.fired.includes(e.id));
  if (unseen.length === 0) return;
  day.fired = [...day.fired, ...unseen.map((e) => e.id)];
  const missed = (e: DueEvent) => {
    if (WORTH_LOGGING_UNSEEN.has(e.kind)) logPassed(day, e);
  };
  if (ctx.fresh || day.heldUntil !== null) {
    unseen.forEach(missed);
    return;
  }

  const onTime = !ctx.wasAway && unseen.every((e) => now - e.at <= LATE_MS);
  const chosen = [...unseen].sort(
    (a, b) => priorityOf(b.kind) - priorityOf(a.kind) || b.at - a.at,
  )[0] as DueEvent;
  // One prompt per wake-up: when this step already showed one (a meeting's held prompt), what
  // falls due now waits its turn (evening notices, a minute) or passes.
  const shownAlready = ctx.offered > 0;
  for (const e of unseen) {
    if (e === chosen && !shownAlready) continue;
    // Two notices due together on time (21:00 can be both the night notice and the latest-stop
    // notice) are both shown, a minute apart. After an absence, one catch-up is all.
    if (onTime && EVENING_NOTICES.has(e.kind)) {
      day.evening = { ...day.evening, [e.kind as EveningEventKind]: false };
      day.fired = day.fired.filter((id) => id !== e.id);
      day.deferredUntil = now + NOTICE_GAP_MS;
    } else missed(e);
  }
  if (shownAlready) return;
  const catchUp = !onTime || ctx.trigger === 'presence';
  const event: DayEvent | null =
    chosen.kind === 'micro-break' ||
    chosen.kind === 'break' ||
    chosen.kind === 'lunch' ||
    chosen.kind === 'end-of-day' ||
    chosen.kind === 'end-of-day-heads-up'
      ? { kind: chosen.kind, at: chosen.at, seconds: chosen.seconds }
      : null;
  // Offered now: the cadence runs from the offer (a break's and lunch's from their end).
  if (event && chosen.postponed === 0) day.cadence = afterOffer(day.cadence, event, now);
  offer(
    ctx,
    makePrompt(
      ctx,
      {
        id: chosen.id,
        kind: chosen.kind,
        dueAt: chosen.dueAt,
        seconds: chosen.seconds,
        postponed: chosen.postponed,
      },
      catchUp,
    ),
  );
}
