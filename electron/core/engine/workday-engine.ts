import type { WorkProfile } from '../../contract/work-profile';
import type {
  ActivityEventKind,
  ActivitySource,
  Clock,
  KeyValueStore,
  Logger,
  Timer,
} from '../ports';
import { PRIORITY, afterEvent, nextDayEvent, type CadenceState } from './cadence';
import { resolveDay, resolveStartedDay, type DayShape } from './day-shape';
import {
  DAY_KEY,
  OVERTIME_KEY,
  freshDay,
  loadDay,
  loadOvertime,
  type DayState,
} from './engine-state';
import { eveningEvents, nextAfterHoursAt } from './evening';
import { HISTORY_KEY, loadHistory, recordDay, type DaySummary } from './history';
import { overtimeBreakAt } from './rules/breaks';
import { planDays } from './planner';
import type { ActionResult, PauseLength, Prompt, PromptKind, RestBoundary } from './prompts';
import {
  earliestStartAfter,
  latestStopBefore,
  longestRestInWeek,
  WEEKLY_REST_MS,
} from './rules/rest';
import {
  overtimeTotals,
  recordOvertime,
  type OvertimeEntry,
  type OvertimeTotals,
} from './rules/overtime';
import { HOUR, MINUTE, addDays, atLocalTime, localDate } from './time';

/**
 * The runtime workday: arms one wake-up timer at the next thing that matters (a prompt, the day's
 * start, the end of a pause, midnight) and, only while a workday is active, one idle sample every
 * 15 s. Every wake-up, activity event and action goes through `reconcile`, which re-plans from the
 * wall clock, so sleep, lock, DST, a time-zone change or a clock jump all take the same path.
 */

export interface WorkdayEngineOptions {
  clock: Clock;
  timer: Timer;
  activity: ActivitySource;
  store: KeyValueStore;
  profile: WorkProfile;
  logger?: Logger;
}

export type EngineStatus =
  'day-off' | 'before-start' | 'working' | 'paused' | 'meeting' | 'away' | 'overtime' | 'closed';

export interface EngineState {
  date: string;
  zone: string;
  status: EngineStatus;
  reason: DayShape['reason'];
  holiday: string | null;
  start: number | null;
  end: number | null;
  lunch: { at: number; seconds: number } | null;
  core: { start: number; end: number } | null;
  /** §10-8: stop by then to keep 11 h of rest before tomorrow's planned start. */
  latestStop: number | null;
  /** §10-8: set when today's stop broke the 11 h; the earliest start tomorrow that restores them. */
  earliestStartTomorrow: number | null;
  next: { kind: PromptKind; at: number } | null;
  openPrompt: Prompt | null;
  pausedUntil: number | null;
  meeting: boolean;
  counts: DayState['counts'];
  overtimeTodayMinutes: number;
  overtime: OvertimeTotals;
  /** §10-8: the longest unbroken rest in the 7 days ending today, and whether it reaches 35 h. */
  weeklyRest: { longestMs: number; holds: boolean };
  strictMode: boolean;
  leaderMode: boolean;
  restBoundary: WorkProfile['restBoundary'];
  /** workLate(): since when, and why; evening nudges are silenced until tomorrow. */
  workingLate: { since: number; reason: string | null } | null;
  /** startDay(): when the day was begun by hand (its start and end run from then), or null. */
  manualStart: number | null;
  /** endDay(): when the day was ended by hand, or null. */
  manualEnd: number | null;
}

type Trigger = 'start' | 'timer' | 'sample' | 'action' | 'clock' | 'unlock' | 'resume';

export const IDLE_SAMPLE_MS = 15_000;
/** A timer this late means the machine slept (or the clock jumped) instead of the person working. */
const LATE_MS = 60_000;
/** Idle below this means the person is at the machine. */
const PRESENT_IDLE_MS = 60_000;
/** After the planned end, this much idle closes the day (the person has gone home). */
const CLOSE_AFTER_IDLE_MS = 30 * MINUTE;
/** Samples update the store at most this often; every other change is written at once. */
const PERSIST_SAMPLES_EVERY_MS = MINUTE;
/** Two sightings of the person at most this far apart count as time worked in between. */
const WORK_GAP_MS = 2 * IDLE_SAMPLE_MS;
/** An evening notice that clashed with another prompt comes at the next wake-up, this much later. */
const NOTICE_GAP_MS = MINUTE;
/** Prompts that working late on purpose silences for the rest of the evening. */
const SILENCED_BY_WORKING_LATE = new Set<PromptKind>([
  'after-hours',
  'latest-stop',
  'night-notice',
]);
const DAYTIME_KINDS = new Set<PromptKind>([
  'micro-break',
  'break',
  'lunch',
  'end-of-day-heads-up',
  'end-of-day',
]);
const REASON_MAX_CHARS = 500;

interface DueEvent {
  id: string;
  kind: PromptKind;
  /** When it is due now (later than dueAt for an evening notice that waited its turn). */
  at: number;
  /** When it was planned for, if not `at`. */
  dueAt?: number;
  seconds: number;
  postponed: number;
}

export class WorkdayEngine {
  readonly #o: WorkdayEngineOptions;
  #profile: WorkProfile;
  #day: DayState | null = null;
  #overtime: OvertimeEntry[] = [];
  #history: DaySummary[] = [];
  #wake: { at: number; cancel: () => void } | null = null;
  #sample: (() => void) | null = null;
  #unsubscribe: (() => void) | null = null;
  #lastPersist = 0;
  /** Resolved days by date, zone and start: a sample every 15 s must not redo zone arithmetic. */
  #shapes = new Map<string, DayShape>();
  readonly #promptListeners = new Set<(prompt: Prompt) => void>();
  readonly #stateListeners = new Set<(state: EngineState) => void>();

  constructor(options: WorkdayEngineOptions) {
    this.#o = options;
    this.#profile = options.profile;
  }

  /** Loads the persisted day (a restart mid-day continues it) and arms the first timer. */
  start(): void {
    if (this.#unsubscribe) return;
    this.#day = loadDay(this.#o.store);
    this.#overtime = loadOvertime(this.#o.store);
    this.#history = loadHistory(this.#o.store);
    this.#unsubscribe = this.#o.activity.onEvent((kind) => this.#onActivity(kind));
    this.#reconcile('start');
  }

  stop(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.#cancelWake();
    this.#cancelSample();
    this.#persist();
  }

  onPrompt(listener: (prompt: Prompt) => void): () => void {
    this.#promptListeners.add(listener);
    return () => this.#promptListeners.delete(listener);
  }

  onState(listener: (state: EngineState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }

  /** The person changed their profile (or policy did): re-plan today from now. */
  setProfile(profile: WorkProfile): void {
    this.#profile = profile;
    this.#shapes.clear();
    this.#reconcile('action');
  }

  /** The profile the engine plans with (the app's Today view plans the same day from it). */
  profile(): WorkProfile {
    return this.#profile;
  }

  /**
   * "I am working late on purpose": silences the after-hours nudges, the latest stop and the night
   * notice for the rest of this evening (until the day rolls over at midnight), and records it with
   * the reason (trimmed, at most 500 characters; empty means none) in today's state and history.
   * Calling it again keeps `since` and replaces the reason. The §10-9 overtime break still comes.
   */
  workLate(reason: string | null): ActionResult {
    const day = this.#current();
    if (!day || day.startedAt === null) return { ok: false, reason: 'not-working' };
    const text = reason?.trim().slice(0, REASON_MAX_CHARS) ?? '';
    day.workingLate = { since: day.workingLate?.since ?? this.#now(), reason: text || null };
    if (day.openPrompt && SILENCED_BY_WORKING_LATE.has(day.openPrompt.kind)) day.openPrompt = null;
    if (day.held && SILENCED_BY_WORKING_LATE.has(day.held.kind)) day.held = null;
    if (day.postponed && SILENCED_BY_WORKING_LATE.has(day.postponed.prompt.kind))
      day.postponed = null;
    day.deferredUntil = null;
    this.#reconcile('action');
    return { ok: true };
  }

  /**
   * "Take a break now": opens a break prompt at once (a fresh id, not a catch-up), during a working
   * day, even in a pause or a meeting since the person asked. It completes, skips and postpones
   * like any break; the cadence counts from now, and from the completion when it is completed.
   */
  takeBreakNow(): ActionResult {
    const day = this.#current();
    if (!day || day.startedAt === null || day.closedAt !== null || !this.#shape(day).workday)
      return { ok: false, reason: 'not-working' };
    const now = this.#now();
    day.breaksNow++;
    const id = `${day.date}:break-now:${day.breaksNow}`;
    day.fired.push(id);
    // Offered now: the cadence runs from now, and a pending postponed break is this one.
    this.#restartCadence(day, now);
    const pending = day.postponed?.prompt.kind;
    if (pending === 'micro-break' || pending === 'break') day.postponed = null;
    this.#emit(this.#prompt(day, id, 'break', now, this.#profile.break.minutes * 60, 0, false));
    this.#reconcile('action');
    return { ok: true };
  }

  /**
   * "Start workday" on a day off or before the planned start: the day begins now, with the date's
   * planned length (on a day off, the length of the first weekday with hours, else 7.5 h), lunch
   * about mid-day and the full cadence, since the break rules hold on any day a person works.
   * Refused with 'already-started' once the day has begun.
   */
  startDay(): ActionResult {
    const day = this.#current();
    if (!day) return { ok: false, reason: 'not-working' };
    if (day.startedAt !== null) return { ok: false, reason: 'already-started' };
    const now = this.#now();
    day.manualStartAt = now;
    day.startedAt = now;
    day.cadence = { ...day.cadence, microAnchor: now, breakAnchor: now };
    if (day.openPrompt?.kind === 'day-off-notice') day.openPrompt = null;
    this.#reconcile('action');
    return { ok: true };
  }

  /**
   * "End workday": the day's daytime prompts stop now (no end-of-day prompt is emitted; the caller
   * shows its own ritual). The evening rules still apply if activity continues: after-hours nudges
   * from 15 min after this, the overtime break, the latest stop and the night notice. Refused with
   * 'not-working' before the day has begun, once it has closed, or when already ended by hand.
   */
  endDay(): ActionResult {
    const day = this.#current();
    if (!day || day.startedAt === null || day.closedAt !== null || day.manualEndAt !== null)
      return { ok: false, reason: 'not-working' };
    day.manualEndAt = this.#now();
    day.cadence = { ...day.cadence, lunchDone: true, headsUpDone: true, endDone: true };
    for (const kind of ['end-of-day-heads-up', 'end-of-day'] as const) {
      const id = `${day.date}:${kind}`;
      if (!day.fired.includes(id)) day.fired.push(id);
    }
    if (day.openPrompt && DAYTIME_KINDS.has(day.openPrompt.kind)) day.openPrompt = null;
    if (day.held && DAYTIME_KINDS.has(day.held.kind)) day.held = null;
    if (day.postponed && DAYTIME_KINDS.has(day.postponed.prompt.kind)) day.postponed = null;
    this.#reconcile('action');
    return { ok: true };
  }

  /**
   * Summaries of the recorded days among the last `days` local dates up to today (today so far
   * included), oldest first. Dates the app never ran on are absent.
   */
  history(days: number): DaySummary[] {
    const count = Math.floor(days);
    if (!(count >= 1)) return [];
    const today = this.#day?.date ?? this.#today();
    const from = addDays(today, -(count - 1));
    const all = this.#day ? recordDay(this.#history, this.#summary(this.#day)) : this.#history;
    return all.filter((d) => d.date >= from && d.date <= today);
  }

  /** The person took the offered break (or read the notice). The cadence restarts from now. */
  complete(): ActionResult {
    const day = this.#day;
    const open = day?.openPrompt;
    if (!day || !open) return { ok: false, reason: 'no-open-prompt' };
    if (open.kind === 'micro-break' || open.kind === 'break' || open.kind === 'lunch') {
      const now = this.#now();
      day.cadence.microAnchor = Math.max(day.cadence.microAnchor, now);
      if (open.kind !== 'micro-break')
        day.cadence.breakAnchor = Math.max(day.cadence.breakAnchor, now);
    }
    day.counts.taken++;
    day.openPrompt = null;
    this.#reconcile('action');
    return { ok: true };
  }

  skip(): ActionResult {
    const day = this.#day;
    if (this.#profile.strictMode) return { ok: false, reason: 'strict-mode' };
    if (!day?.openPrompt) return { ok: false, reason: 'no-open-prompt' };
    day.counts.skipped++;
    day.openPrompt = null;
    this.#reconcile('action');
    return { ok: true };
  }

  postpone(): ActionResult {
    const day = this.#day;
    if (this.#profile.strictMode) return { ok: false, reason: 'strict-mode' };
    const open = day?.openPrompt;
    if (!day || !open) return { ok: false, reason: 'no-open-prompt' };
    if (open.postponed >= this.#profile.postpone.limit)
      return { ok: false, reason: 'postpone-limit' };
    const count = open.postponed + 1;
    day.postponed = {
      at: this.#now() + this.#profile.postpone.minutes * MINUTE,
      prompt: { ...open, id: `${open.id.split('#')[0]}#postponed-${count}`, postponed: count },
    };
    day.counts.postponed++;
    day.openPrompt = null;
    this.#reconcile('action');
    return { ok: true };
  }

  /** Holds every prompt for a while; the cadence restarts when the pause ends. */
  pause(length: PauseLength): void {
    const day = this.#day;
    if (!day) return;
    const now = this.#now();
    const until =
      length === 'tomorrow'
        ? atLocalTime(addDays(day.date, 1), '00:00', day.zone)
        : now + { '30m': 30, '1h': 60, '2h': 120 }[length] * MINUTE;
    day.pausedUntil = until;
    day.openPrompt = null;
    day.postponed = null;
    this.#reconcile('action');
  }

  resumePrompts(): void {
    const day = this.#day;
    if (!day?.pausedUntil) return;
    day.pausedUntil = this.#now();
    this.#reconcile('action');
  }

  /** Meeting mode holds prompts; ending it offers the most important one that fell due. */
  setMeeting(on: boolean): void {
    const day = this.#day;
    if (!day || day.meeting === on) return;
    day.meeting = on;
    if (!on && day.held) {
      const held = day.held;
      day.held = null;
      this.#emit({ ...held, shownAt: this.#now() });
    }
    this.#reconcile('action');
  }

  state(): EngineState {
    const day = this.#day ?? freshDay(this.#today(), this.#o.clock.timeZone(), this.#now());
    const shape = this.#shape(day);
    const now = this.#now();
    const latestStop = this.#latestStop(shape);
    const overtimeToday = this.#overtimeMinutes(day, shape);
    const lastActive = day.closedAt ?? day.lastActiveAt;
    const next = this.#nextEvent(day, shape);
    return {
      date: day.date,
      zone: day.zone,
      status: this.#status(day, shape, now),
      reason: shape.reason,
      holiday: shape.holiday,
      start: shape.start,
      end: shape.end,
      lunch: shape.lunch,
      core: shape.core,
      latestStop,
      earliestStartTomorrow:
        latestStop !== null && lastActive !== null && lastActive > latestStop
          ? earliestStartAfter(lastActive)
          : null,
      next: next ? { kind: next.kind, at: next.at } : null,
      openPrompt: day.openPrompt,
      pausedUntil: day.pausedUntil,
      meeting: day.meeting,
      counts: { ...day.counts },
      overtimeTodayMinutes: overtimeToday,
      overtime: overtimeTotals(recordOvertime(this.#overtime, day.date, overtimeToday), day.date),
      weeklyRest: this.#weeklyRest(day, shape),
      strictMode: this.#profile.strictMode,
      leaderMode: this.#profile.leaderMode,
      restBoundary: this.#profile.restBoundary,
      workingLate: day.workingLate ? { ...day.workingLate } : null,
      manualStart: day.manualStartAt,
      manualEnd: day.manualEndAt,
    };
  }

  // ---- the one path everything takes ------------------------------------------------------

  #onActivity(kind: ActivityEventKind): void {
    const day = this.#day;
    if (kind === 'lock' || kind === 'suspend') {
      if (!day) return;
      const now = this.#now();
      day.awaySince ??= now;
      // Going away after the planned end is going home: the day's overtime stops here.
      if (day.cadence.endDone && day.closedAt === null) this.#close(day, day.lastActiveAt ?? now);
      this.#cancelSample();
      this.#persist();
      return;
    }
    if (kind === 'unlock' || kind === 'resume') this.#reconcile(kind);
    else this.#reconcile('clock');
  }

  #reconcile(trigger: Trigger): void {
    const sampling = this.#sample !== null;
    if (trigger === 'resume' || trigger === 'unlock' || trigger === 'clock') {
      // Timers run on elapsed time: after a sleep or a clock change they would fire late or early
      // by the difference. Re-arm everything from the wall clock.
      this.#cancelWake();
      this.#cancelSample();
    }
    const now = this.#now();
    const zone = this.#o.clock.timeZone();
    const today = localDate(now, zone);
    let day = this.#day;
    let fresh = false;
    if (!day || today > day.date) {
      const awaySince = day?.awaySince ?? null;
      if (day) this.#rollOver(day);
      // A day the app first sees mid-way starts now: nothing before now is caught up. A machine
      // locked or asleep over midnight is still away.
      day = freshDay(today, zone, now);
      day.awaySince = awaySince;
      this.#day = day;
      fresh = true;
    }
    // A time-zone change re-plans the same day in the new zone; flags and anchors are instants.
    day.zone = zone;

    // A clock set back: the cadence keeps its spacing in elapsed time; the once-a-day flags and
    // the fired list keep anything from being shown again.
    if (now < day.lastSeenAt - 2_000) {
      const back = day.lastSeenAt - now;
      day.cadence.microAnchor -= back;
      day.cadence.breakAnchor -= back;
      if (day.afterHours.lastAt !== null) day.afterHours.lastAt -= back;
      if (day.deferredUntil !== null) day.deferredUntil -= back;
    }

    const awayMs = this.#awayMs(day, trigger, now, sampling, fresh);
    const idleMs = trigger === 'sample' ? this.#o.activity.idleSeconds() * 1000 : 0;
    const absentMs = Math.max(awayMs, idleMs);
    if (
      trigger !== 'timer' &&
      trigger !== 'clock' &&
      (trigger !== 'sample' || idleMs < PRESENT_IDLE_MS)
    ) {
      if (day.awaySince === null) this.#seen(day, now - idleMs);
    }
    day.lastSeenAt = now;
    if (day.pausedUntil !== null && day.pausedUntil <= now) {
      day.pausedUntil = null;
      this.#restartCadence(day, now);
    }

    let shape = this.#shape(day);
    if (!shape.workday) {
      const presence = trigger === 'start' || trigger === 'unlock' || trigger === 'resume';
      if (presence && !day.dayOffNoticeShown) {
        day.dayOffNoticeShown = true;
        this.#emit(
          this.#prompt(day, `${day.date}:day-off-notice`, 'day-off-notice', now, 0, 0, false),
        );
      }
      this.#cancelSample();
      this.#armWake(this.#midnight(day));
      this.#finish(trigger);
      return;
    }

    if (day.awaySince !== null) {
      // Locked or asleep: nothing is shown; unlock/resume catches up.
      this.#cancelSample();
      this.#armWake(this.#midnight(day));
      this.#finish(trigger);
      return;
    }

    if (day.startedAt === null) {
      const began = this.#begin(day, shape, now, fresh || trigger === 'start');
      if (!began) {
        const waitFrom = shape.flexWindow?.start ?? (shape.start as number);
        if (now >= waitFrom) this.#armSample();
        else this.#cancelSample();
        this.#armWake(
          Math.min(waitFrom > now ? waitFrom : this.#midnight(day), this.#midnight(day)),
        );
        this.#finish(trigger);
        return;
      }
      shape = this.#shape(day);
    }

    let reopened = false;
    if (day.closedAt !== null && (trigger === 'unlock' || trigger === 'resume')) {
      // Back at work in the evening: overtime continues. The 2-hour overtime break is about
      // unbroken work, which the time away has broken, so it is not caught up.
      day.closedAt = null;
      day.sessionStart = now;
      reopened = true;
      if (shape.end !== null && overtimeBreakAt(shape.end) <= now) {
        day.evening['overtime-break'] = true;
      }
    }
    this.#naturalBreaks(day, shape, now, absentMs);
    const goneHome = absentMs >= CLOSE_AFTER_IDLE_MS && !reopened;
    if (day.cadence.endDone && day.closedAt === null && goneHome) {
      this.#close(day, now - absentMs);
    }

    this.#handleDue(day, shape, now, trigger, fresh, awayMs > 0, idleMs >= PRESENT_IDLE_MS);

    const active = day.closedAt === null && day.pausedUntil === null;
    if (active) this.#armSample();
    else this.#cancelSample();
    // While the person is away from the keys nothing is shown; the next sample re-arms on return.
    const away = idleMs >= this.#profile.microBreak.seconds * 1000 && this.#sample !== null;
    const next = away ? null : this.#nextEvent(day, shape);
    const candidates = [this.#midnight(day)];
    if (next && day.pausedUntil === null) candidates.push(next.at);
    if (day.pausedUntil !== null) candidates.push(day.pausedUntil);
    this.#armWake(Math.max(Math.min(...candidates), now));
    this.#finish(trigger);
  }

  /** How long the person was away, as far as the last wake-up can tell. */
  #awayMs(day: DayState, trigger: Trigger, now: number, sampling: boolean, fresh: boolean): number {
    if (trigger === 'unlock' || trigger === 'resume') {
      const since = day.awaySince ?? day.lastSeenAt;
      day.awaySince = null;
      return fresh ? 0 : Math.max(0, now - since);
    }
    if (fresh) return 0;
    // The app was not running, or timers ran late because the machine slept without telling us.
    if (trigger === 'start' || (sampling && now - day.lastSeenAt > IDLE_SAMPLE_MS + LATE_MS)) {
      return Math.max(0, now - day.lastSeenAt);
    }
    return 0;
  }

  /** Starts the day: the planned start, or with flexitime the first presence inside the window. */
  #begin(day: DayState, shape: DayShape, now: number, late: boolean): boolean {
    const window = shape.flexWindow;
    if (window) {
      const seen = day.lastActiveAt;
      if (now < window.start || seen === null || seen < window.start - PRESENT_IDLE_MS)
        return false;
      day.startedAt = Math.min(Math.max(seen, window.start), Math.max(window.end, window.start));
    } else {
      if (shape.start === null || now < shape.start) return false;
      day.startedAt = shape.start;
    }
    const from = late ? now : day.startedAt;
    day.cadence = { ...day.cadence, microAnchor: from, breakAnchor: from };
    return true;
  }

  /** Idle, lock and sleep long enough for a break count as that break, and restart the cadence. */
  #naturalBreaks(day: DayState, shape: DayShape, now: number, absentMs: number): void {
    if (absentMs <= 0) return;
    const c = day.cadence;
    const awayFrom = now - absentMs;
    if (absentMs >= this.#profile.microBreak.seconds * 1000)
      c.microAnchor = Math.max(c.microAnchor, now);
    if (absentMs >= this.#profile.break.minutes * MINUTE) {
      if (c.breakAnchor <= awayFrom) day.counts.natural++;
      c.breakAnchor = Math.max(c.breakAnchor, now);
      c.microAnchor = Math.max(c.microAnchor, now);
    }
    const lunch = shape.lunch;
    if (
      lunch &&
      !c.lunchDone &&
      absentMs >= lunch.seconds * 1000 &&
      awayFrom <= lunch.at + HOUR &&
      now >= lunch.at - HOUR
    ) {
      c.lunchDone = true;
      day.fired.push(`${day.date}:lunch`);
    }
  }

  /**
   * Everything that fell due up to now. One on time is shown; several, or one that is late, give
   * at most one catch-up prompt (the most important); the rest pass silently and are never shown.
   */
  #handleDue(
    day: DayState,
    shape: DayShape,
    now: number,
    trigger: Trigger,
    fresh: boolean,
    wasAway: boolean,
    idle: boolean,
  ): void {
    const due: DueEvent[] = [];
    // An after-hours nudge is for someone still at work: while idle it waits for their return.
    const holds = (event: DueEvent) => idle && event.kind === 'after-hours';
    for (let event = this.#nextEvent(day, shape); event && event.at <= now && !holds(event);) {
      due.push(event);
      this.#markPassed(day, event);
      event = this.#nextEvent(day, shape);
    }
    if (due.length === 0) return;
    const unseen = due.filter((e) => !day.fired.includes(e.id));
    day.fired.push(...unseen.map((e) => e.id));
    if (fresh || day.pausedUntil !== null || unseen.length === 0) return;

    // Two prompts can fall due at the same instant (21:00 is both the night notice and, with an
    // 08:00 start, the latest stop): the more important one is shown, on time.
    const onTime = !wasAway && unseen.every((e) => now - e.at <= LATE_MS);
    const chosen = [...unseen].sort(
      (a, b) => priorityOf(b.kind) - priorityOf(a.kind) || b.at - a.at,
    )[0] as DueEvent;
    // Evening notices that clashed with the chosen prompt come at the next wake-up instead of
    // passing unseen (21:00 can be both the latest stop and the night notice): one per wake-up.
    const waiting = unseen.filter(
      (e) =>
        e !== chosen &&
        (e.kind === 'latest-stop' ||
          e.kind === 'night-notice' ||
          (e.kind === 'overtime-break' && now - e.at <= LATE_MS)),
    );
    for (const e of waiting) {
      day.evening[e.kind as EveningKind] = false;
      day.fired = day.fired.filter((id) => id !== e.id);
    }
    if (waiting.length > 0) day.deferredUntil = now + NOTICE_GAP_MS;
    // Any prompt shown in the evening counts as a nudge: the next after-hours one waits 30 min.
    if (day.cadence.endDone && shape.end !== null && now > this.#afterHoursFrom(day, shape)) {
      day.afterHours.lastAt = now;
    }
    const catchUp = !onTime || trigger === 'unlock' || trigger === 'resume';
    if (catchUp && (chosen.kind === 'micro-break' || chosen.kind === 'break')) {
      // Offered now, so the cadence runs from now, not from when it fell due.
      this.#restartCadence(day, now, chosen.kind === 'micro-break');
    }
    const prompt = this.#prompt(
      day,
      chosen.id,
      chosen.kind,
      chosen.dueAt ?? chosen.at,
      chosen.seconds,
      chosen.postponed,
      catchUp,
    );
    if (day.meeting) {
      if (!day.held || priorityOf(prompt.kind) >= priorityOf(day.held.kind)) day.held = prompt;
      return;
    }
    this.#emit({ ...prompt, shownAt: now });
  }

  #nextEvent(day: DayState, shape: DayShape): DueEvent | null {
    const candidates: DueEvent[] = [];
    const dayEvent = nextDayEvent(shape, this.#profile, day.cadence);
    if (dayEvent) {
      const once = dayEvent.kind !== 'micro-break' && dayEvent.kind !== 'break';
      const id = once
        ? `${day.date}:${dayEvent.kind}`
        : `${day.date}:${dayEvent.kind}:${dayEvent.at}`;
      candidates.push({ ...dayEvent, id, postponed: 0 });
    } else if (day.closedAt === null) {
      const silenced = day.workingLate !== null;
      const evening = eveningEvents(shape, this.#latestStop(shape)).find(
        (e) => !day.evening[e.kind] && !(silenced && SILENCED_BY_WORKING_LATE.has(e.kind)),
      );
      if (evening) {
        const at = Math.max(evening.at, day.deferredUntil ?? evening.at);
        candidates.push({
          ...evening,
          at,
          dueAt: evening.at,
          id: `${day.date}:${evening.kind}`,
          postponed: 0,
        });
      }
      if (!silenced && shape.end !== null) {
        candidates.push({
          id: `${day.date}:after-hours:${day.afterHours.count + 1}`,
          kind: 'after-hours',
          at: nextAfterHoursAt(this.#afterHoursFrom(day, shape), day.afterHours.lastAt),
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
        seconds: prompt.seconds,
        postponed: prompt.postponed,
      });
    }
    candidates.sort((a, b) => a.at - b.at || priorityOf(b.kind) - priorityOf(a.kind));
    return candidates[0] ?? null;
  }

  #markPassed(day: DayState, event: DueEvent): void {
    if (day.postponed && day.postponed.prompt.id === event.id) {
      day.postponed = null;
      return;
    }
    switch (event.kind) {
      case 'overtime-break':
      case 'latest-stop':
      case 'night-notice':
        day.evening[event.kind] = true;
        return;
      case 'after-hours':
        day.afterHours = { count: day.afterHours.count + 1, lastAt: event.at };
        return;
      case 'day-off-notice':
        return;
      default:
        day.cadence = afterEvent(day.cadence, event as Parameters<typeof afterEvent>[1], event.at);
    }
  }

  #restartCadence(day: DayState, now: number, microOnly = false): void {
    const c: CadenceState = day.cadence;
    c.microAnchor = Math.max(c.microAnchor, now);
    if (!microOnly) c.breakAnchor = Math.max(c.breakAnchor, now);
  }

  #prompt(
    day: DayState,
    id: string,
    kind: PromptKind,
    dueAt: number,
    seconds: number,
    postponed: number,
    catchUp: boolean,
  ): Prompt {
    const strict = this.#profile.strictMode;
    const now = this.#now();
    const restBoundary = this.#restBoundary(day);
    const pastStop = restBoundary.latestStop !== null && now >= restBoundary.latestStop;
    return {
      id,
      kind,
      dueAt,
      shownAt: this.#now(),
      seconds,
      catchUp,
      postponed,
      canPostpone: !strict && postponed < this.#profile.postpone.limit,
      canSkip: !strict,
      firmness: this.#profile.restBoundary,
      earliestStartTomorrow:
        kind === 'latest-stop' || ((kind === 'after-hours' || kind === 'night-notice') && pastStop)
          ? earliestStartAfter(now)
          : null,
      restBoundary,
    };
  }

  #emit(prompt: Prompt): void {
    const day = this.#day;
    if (!day) return;
    day.openPrompt = prompt;
    day.counts.offered++;
    for (const listener of this.#promptListeners) listener(prompt);
  }

  #close(day: DayState, at: number): void {
    const end = this.#shape(day).end;
    if (end !== null) day.overtimeMs += Math.max(0, at - Math.max(end, day.sessionStart ?? end));
    day.closedAt = at;
    day.sessionStart = null;
    day.lastActiveAt = Math.min(day.lastActiveAt ?? at, at);
    this.#overtime = recordOvertime(
      this.#overtime,
      day.date,
      this.#overtimeMinutes(day, this.#shape(day)),
    );
  }

  #rollOver(day: DayState): void {
    if (day.closedAt === null && day.cadence.endDone)
      this.#close(day, day.lastActiveAt ?? day.lastSeenAt);
    this.#history = recordDay(this.#history, this.#summary(day));
    this.#save(HISTORY_KEY, this.#history);
  }

  /** The person was seen at `at`: time since the last sighting counts as worked if it is short. */
  #seen(day: DayState, at: number): void {
    const previous = day.lastActiveAt;
    day.lastActiveAt = at;
    day.firstActiveAt ??= at;
    if (previous === null || day.startedAt === null || at - previous > WORK_GAP_MS) return;
    const from = Math.max(previous, day.startedAt);
    if (at <= from) return;
    day.workedMs += at - from;
    const end = this.#shape(day).end;
    if (end !== null) day.afterEndMs += Math.max(0, at - Math.max(from, end));
  }

  #summary(day: DayState): DaySummary {
    const shape = this.#shape(day);
    const lastActive = day.closedAt ?? day.lastActiveAt;
    const latestStop = day.startedAt !== null ? this.#latestStop(shape) : null;
    const broken =
      latestStop !== null && lastActive !== null && lastActive > latestStop
        ? Math.ceil((lastActive - latestStop) / MINUTE)
        : 0;
    return {
      date: day.date,
      workday: shape.workday,
      plannedStart: shape.start,
      plannedEnd: shape.end,
      firstActive: day.firstActiveAt,
      lastActive,
      workedMinutes: Math.floor(day.workedMs / MINUTE),
      afterEndMinutes: Math.floor(day.afterEndMs / MINUTE),
      counts: { ...day.counts },
      workingLate: day.workingLate ? { reason: day.workingLate.reason } : null,
      ...(broken > 0 ? { restBrokenMinutes: broken } : {}),
    };
  }

  /** The day an action applies to: rolls over first if midnight passed without a wake-up yet. */
  #current(): DayState | null {
    if (this.#day && this.#day.date < this.#today()) this.#reconcile('action');
    return this.#day;
  }

  /** Where the evening began for after-hours nudges: the end (by hand or planned), or a return. */
  #afterHoursFrom(day: DayState, shape: DayShape): number {
    const end = day.manualEndAt ?? (shape.end as number);
    return Math.max(end, day.sessionStart ?? end);
  }

  #restBoundary(day: DayState): RestBoundary {
    const nextStart = this.#resolve(addDays(day.date, 1), day.zone).start;
    return {
      latestStop: nextStart === null ? null : latestStopBefore(nextStart),
      nextStart,
    };
  }

  /** Minutes worked past the planned end: banked evening sessions plus the one still running. */
  #overtimeMinutes(day: DayState, shape: DayShape): number {
    let ms = day.overtimeMs;
    if (
      shape.end !== null &&
      day.cadence.endDone &&
      day.closedAt === null &&
      day.lastActiveAt !== null
    ) {
      ms += Math.max(0, day.lastActiveAt - Math.max(shape.end, day.sessionStart ?? shape.end));
    }
    return Math.floor(ms / MINUTE);
  }

  #shape(day: DayState): DayShape {
    if (day.manualStartAt !== null) {
      const key = `${day.date}|${day.zone}|manual:${day.manualStartAt}`;
      let shape = this.#shapes.get(key);
      if (!shape) {
        if (this.#shapes.size > 32) this.#shapes.clear();
        shape = resolveStartedDay(this.#profile, day.date, day.zone, day.manualStartAt);
        this.#shapes.set(key, shape);
      }
      return shape;
    }
    const flexStart =
      this.#profile.flexitime.enabled && day.startedAt !== null ? day.startedAt : undefined;
    return this.#resolve(day.date, day.zone, flexStart);
  }

  #resolve(date: string, zone: string, startAt?: number): DayShape {
    const key = `${date}|${zone}|${startAt ?? ''}`;
    let shape = this.#shapes.get(key);
    if (!shape) {
      if (this.#shapes.size > 32) this.#shapes.clear();
      shape = resolveDay(this.#profile, date, zone, startAt);
      this.#shapes.set(key, shape);
    }
    return shape;
  }

  #latestStop(shape: DayShape): number | null {
    if (!shape.workday) return null;
    const next = this.#resolve(addDays(shape.date, 1), shape.zone);
    return next.start === null ? null : latestStopBefore(next.start);
  }

  #weeklyRest(day: DayState, shape: DayShape): { longestMs: number; holds: boolean } {
    const from = atLocalTime(addDays(day.date, -6), '00:00', day.zone);
    const periods = planDays(this.#profile, addDays(day.date, -6), 6, day.zone)
      .filter((p) => p.shape.start !== null && p.shape.end !== null)
      .map((p) => ({ start: p.shape.start as number, end: p.shape.end as number }));
    if (shape.start !== null && shape.end !== null) {
      const stop = Math.max(shape.end, day.closedAt ?? day.lastActiveAt ?? shape.end);
      periods.push({ start: day.startedAt ?? shape.start, end: stop });
    }
    const longestMs = longestRestInWeek(periods, from);
    return { longestMs, holds: longestMs >= WEEKLY_REST_MS };
  }

  #status(day: DayState, shape: DayShape, now: number): EngineStatus {
    if (!shape.workday) return 'day-off';
    if (day.awaySince !== null) return 'away';
    if (day.startedAt === null) return 'before-start';
    if (day.closedAt !== null) return 'closed';
    // Ended by hand: closed, unless the person went on working and has been nudged since.
    const nudged = day.afterHours.lastAt;
    if (day.manualEndAt !== null && (nudged === null || nudged <= day.manualEndAt)) return 'closed';
    if (day.pausedUntil !== null && day.pausedUntil > now) return 'paused';
    if (day.meeting) return 'meeting';
    return day.cadence.endDone ? 'overtime' : 'working';
  }

  #midnight(day: DayState): number {
    return atLocalTime(addDays(day.date, 1), '00:00', day.zone);
  }

  #today(): string {
    return localDate(this.#now(), this.#o.clock.timeZone());
  }

  #now(): number {
    return this.#o.clock.now().getTime();
  }

  // ---- timers ------------------------------------------------------------------------------

  #armWake(at: number): void {
    if (this.#wake?.at === at) return;
    this.#cancelWake();
    const cancel = this.#o.timer.armAt(new Date(at), () => {
      this.#wake = null;
      this.#reconcile('timer');
    });
    this.#wake = { at, cancel };
  }

  #cancelWake(): void {
    this.#wake?.cancel();
    this.#wake = null;
  }

  #armSample(): void {
    if (this.#sample) return;
    this.#sample = this.#o.timer.armAt(new Date(this.#now() + IDLE_SAMPLE_MS), () => {
      this.#sample = null;
      this.#reconcile('sample');
    });
  }

  #cancelSample(): void {
    this.#sample?.();
    this.#sample = null;
  }

  #finish(trigger: Trigger): void {
    const now = this.#now();
    if (trigger !== 'sample' || now - this.#lastPersist >= PERSIST_SAMPLES_EVERY_MS)
      this.#persist();
    if (trigger === 'sample') return;
    const state = this.state();
    for (const listener of this.#stateListeners) listener(state);
  }

  #persist(): void {
    if (!this.#day) return;
    this.#lastPersist = this.#now();
    this.#save(DAY_KEY, this.#day);
    this.#save(OVERTIME_KEY, this.#overtime);
  }

  /**
   * Writes through to state.json. Persisting runs from timers and activity events, where a
   * thrown disk error (full, read-only) would escape into the host's event loop; the day stays
   * right in memory and the next persist writes it once the disk takes writes again.
   */
  #save(key: string, value: unknown): void {
    try {
      this.#o.store.set(key, value);
    } catch (error) {
      this.#o.logger?.error(`Saving the workday (${key}) failed: ${String(error)}`);
    }
  }
}

type EveningKind = keyof DayState['evening'];

function priorityOf(kind: PromptKind): number {
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
      return 0;
    default:
      return PRIORITY[kind];
  }
}
