import { z } from 'zod';
import { PROMPT_KINDS, PROMPT_OUTCOMES } from '../../contract/workday';
import type { KeyValueStore } from '../ports';

/**
 * What the engine keeps of the current day across a restart: the cadence, the prompt on screen,
 * the record of what happened (each prompt and its outcome, and when the person was at the
 * machine), and the flags that keep anything from being shown twice. Read back through a schema,
 * so a damaged value starts a fresh day instead of crashing the app. A day saved by an earlier
 * version carries over: version 2 differs only in a name (fromV2), version 1 field by field (its
 * record of presence cannot be, see fromV1).
 */

const PromptSchema = z.object({
  id: z.string(),
  // The same kinds the contract promises the renderer: one list, so they cannot drift apart.
  kind: z.enum(PROMPT_KINDS),
  dueAt: z.number(),
  shownAt: z.number(),
  seconds: z.number(),
  endsAt: z.number().nullable().default(null),
  catchUp: z.boolean(),
  postponed: z.number(),
  canPostpone: z.boolean(),
  canSkip: z.boolean(),
  firmness: z.enum(['gentle', 'firm', 'strict']),
  earliestStartTomorrow: z.number().nullable(),
  restBoundary: z
    .object({ latestStop: z.number().nullable(), nextStart: z.number().nullable() })
    .default({ latestStop: null, nextStart: null }),
});

/** One prompt of the day and what became of it (or a natural break, or one that passed unseen). */
export const LogEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(PROMPT_KINDS),
  /** When it was planned for. */
  dueAt: z.number(),
  /** When it really came (for a natural break: when the person went away). */
  at: z.number(),
  seconds: z.number(),
  catchUp: z.boolean(),
  /** How many times it had been postponed when this showing came. */
  postponed: z.number(),
  outcome: z.enum(PROMPT_OUTCOMES),
  /** When it was closed, answered or ended; null while open or held. */
  endedAt: z.number().nullable(),
});
export type LogEntry = z.infer<typeof LogEntrySchema>;

const CadenceSchema = z.object({
  microAnchor: z.number(),
  breakAnchor: z.number(),
  lunchDone: z.boolean(),
  headsUpDone: z.boolean(),
  endDone: z.boolean(),
});

const EveningSchema = z.object({
  'overtime-break': z.boolean(),
  'latest-stop': z.boolean(),
  'night-notice': z.boolean(),
});

export const DayStateSchema = z.object({
  version: z.literal(3),
  date: z.string(),
  zone: z.string(),
  /** When the day began (the planned start, flexitime's first presence, or by hand); null before. */
  startedAt: z.number().nullable(),
  /** startDay(): the day was begun by hand at this instant (its shape runs from here). */
  manualStartAt: z.number().nullable(),
  /** endDay() or the end-of-day ritual: the day was ended at this instant (no daytime prompts). */
  manualEndAt: z.number().nullable(),
  /** After the end: the person went home (locked, asleep, or idle 30 min) at this instant. */
  closedAt: z.number().nullable(),
  /** When the current evening session began after a return (null: it runs on from the end). */
  sessionStart: z.number().nullable(),
  cadence: CadenceSchema,
  evening: EveningSchema,
  /** After-hours nudges: how many were passed (for their ids), and the last evening prompt shown. */
  afterHours: z.object({ count: z.number(), lastAt: z.number().nullable() }),
  /** Evening notices that clashed with a prompt shown on time wait until then (one minute). */
  deferredUntil: z.number().nullable(),
  /** How many prompts takeBreakNow() opened today (for their ids). */
  breaksNow: z.number(),
  /**
   * How many micro-breaks and breaks fell due today: their ids count, so one that recurs at the same
   * instant after the clock was set back is a new prompt, not a repeat.
   */
  cadenceCount: z.number(),
  dayOffNoticeShown: z.boolean(),
  /** workLate(): evening nudges, the latest stop and the night notice are silenced. */
  workingLate: z.object({ since: z.number(), reason: z.string().nullable() }).nullable(),
  /** Ids of every prompt that fell due today, shown or not: none is offered twice. */
  fired: z.array(z.string()),
  /** The prompt window on screen, and how long the person was away while it was. */
  open: z.object({ prompt: PromptSchema, awayMs: z.number(), coveredUntil: z.number() }).nullable(),
  postponed: z.object({ at: z.number(), prompt: PromptSchema }).nullable(),
  /** The person asked for no prompts until this instant (a hold: 30 min, 1 h, 2 h, tomorrow). */
  heldUntil: z.number().nullable(),
  /** Meeting mode holds prompts until `until` (or until turned off). */
  meeting: z.object({ until: z.number() }).nullable(),
  held: PromptSchema.nullable(),
  /** The last instant a step ran (a clock set back is seen against it). */
  lastSeenAt: z.number(),
  /** The last keyboard or mouse input known, and the first of the day. */
  lastActiveAt: z.number().nullable(),
  firstActiveAt: z.number().nullable(),
  /** The last idle reading (the gap after it is unobserved). */
  lastReadAt: z.number().nullable(),
  /** Set on lock/suspend, cleared on unlock/resume. */
  awaySince: z.number().nullable(),
  /** Time away before this was already accounted for (a pause taken through a prompt). */
  absenceCountedUntil: z.number(),
  /** When the person was at the machine today: merged [from, to] stretches, oldest first. */
  presence: z.array(z.tuple([z.number(), z.number()])),
  log: z.array(LogEntrySchema),
  /** The last activity before today's first presence (for §10-8's daily rest), if known. */
  restFrom: z.number().nullable(),
  shortRestNoticeShown: z.boolean(),
});
export type DayState = z.infer<typeof DayStateSchema>;
export type OpenPrompt = NonNullable<DayState['open']>;

export const DAY_KEY = 'engine.day';

export function freshDay(date: string, zone: string, now: number): DayState {
  return {
    version: 3,
    date,
    zone,
    startedAt: null,
    manualStartAt: null,
    manualEndAt: null,
    closedAt: null,
    sessionStart: null,
    cadence: {
      microAnchor: now,
      breakAnchor: now,
      lunchDone: false,
      headsUpDone: false,
      endDone: false,
    },
    evening: { 'overtime-break': false, 'latest-stop': false, 'night-notice': false },
    afterHours: { count: 0, lastAt: null },
    deferredUntil: null,
    breaksNow: 0,
    cadenceCount: 0,
    dayOffNoticeShown: false,
    workingLate: null,
    fired: [],
    open: null,
    postponed: null,
    heldUntil: null,
    meeting: null,
    held: null,
    lastSeenAt: now,
    lastActiveAt: null,
    firstActiveAt: null,
    lastReadAt: null,
    awaySince: null,
    absenceCountedUntil: now,
    presence: [],
    log: [],
    restFrom: null,
    shortRestNoticeShown: false,
  };
}

/**
 * A copy the step may change without touching the state it was given. Shallow on purpose: the step
 * replaces nested objects and lists whenever it changes them (never edits them in place), so the
 * copy shares everything unchanged. Tests freeze every model to hold the step to this.
 */
export function copyDay(day: DayState): DayState {
  return { ...day };
}

const V1Schema = z.object({
  version: z.literal(1),
  date: z.string(),
  zone: z.string(),
  startedAt: z.number().nullable(),
  cadence: CadenceSchema,
  evening: EveningSchema,
  lastActiveAt: z.number().nullable(),
  lastSeenAt: z.number(),
  awaySince: z.number().nullable(),
  closedAt: z.number().nullable(),
  sessionStart: z.number().nullable(),
  fired: z.array(z.string()),
  postponed: z.object({ at: z.number(), prompt: PromptSchema }).nullable(),
  pausedUntil: z.number().nullable(),
  dayOffNoticeShown: z.boolean(),
  firstActiveAt: z.number().nullable().default(null),
  manualStartAt: z.number().nullable().default(null),
  manualEndAt: z.number().nullable().default(null),
  workingLate: z
    .object({ since: z.number(), reason: z.string().nullable() })
    .nullable()
    .default(null),
  afterHours: z
    .object({ count: z.number(), lastAt: z.number().nullable() })
    .default({ count: 0, lastAt: null }),
  breaksNow: z.number().default(0),
});

/**
 * A day saved by version 1 continues after an update: its cadence, flags and the ids of what was
 * shown carry over, so nothing repeats. Version 1 kept only totals of time worked, not when, so
 * today's record of presence starts at the update; an open prompt or meeting is not carried over.
 */
function fromV1(v1: z.infer<typeof V1Schema>): DayState {
  const day = freshDay(v1.date, v1.zone, v1.lastSeenAt);
  return {
    ...day,
    startedAt: v1.startedAt,
    manualStartAt: v1.manualStartAt,
    manualEndAt: v1.manualEndAt,
    closedAt: v1.closedAt,
    sessionStart: v1.sessionStart,
    cadence: v1.cadence,
    evening: v1.evening,
    afterHours: v1.afterHours,
    breaksNow: v1.breaksNow,
    dayOffNoticeShown: v1.dayOffNoticeShown,
    workingLate: v1.workingLate,
    fired: v1.fired,
    postponed: v1.postponed,
    heldUntil: v1.pausedUntil,
    lastActiveAt: v1.lastActiveAt,
    firstActiveAt: v1.firstActiveAt,
    awaySince: v1.awaySince,
    // Nothing before the update is known to the record, so no short-rest notice is judged on it.
    shortRestNoticeShown: true,
  };
}

/**
 * Version 2 (the releases before the rename) called the hold `pausedUntil`, the word also used
 * for a break the person takes; version 3 renamed it `heldUntil` and changed nothing else. A day
 * held until 10:00 is still held until 10:00 after the update.
 */
const V2Schema = z.looseObject({ version: z.literal(2), pausedUntil: z.number().nullable() });

function fromV2(v2: z.infer<typeof V2Schema>): unknown {
  const { pausedUntil, ...rest } = v2;
  return { ...rest, version: 3, heldUntil: pausedUntil };
}

export function loadDay(store: KeyValueStore): DayState | null {
  const raw: unknown = store.has(DAY_KEY) ? store.get(DAY_KEY) : undefined;
  const parsed = DayStateSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const v2 = V2Schema.safeParse(raw);
  if (v2.success) {
    const carried = DayStateSchema.safeParse(fromV2(v2.data));
    return carried.success ? carried.data : null;
  }
  const old = V1Schema.safeParse(raw);
  return old.success ? fromV1(old.data) : null;
}
