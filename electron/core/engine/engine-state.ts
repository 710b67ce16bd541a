import { z } from 'zod';
import { PROMPT_KINDS } from '../../contract/workday';
import type { KeyValueStore } from '../ports';
import type { OvertimeEntry } from './rules/overtime';

/**
 * What the engine keeps across a restart: the current day's cadence, flags and counters, and the
 * overtime entries behind the §10-6 totals. Read back through a schema, so a damaged or older
 * value starts a fresh day instead of crashing the app.
 */

const PromptSchema = z.object({
  id: z.string(),
  // The same kinds the contract promises the renderer: one list, so they cannot drift apart.
  kind: z.enum(PROMPT_KINDS),
  dueAt: z.number(),
  shownAt: z.number(),
  seconds: z.number(),
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

export const DayStateSchema = z.object({
  version: z.literal(1),
  date: z.string(),
  zone: z.string(),
  /** Flexitime: when the person started (null until then); fixed days use the planned start. */
  startedAt: z.number().nullable(),
  cadence: z.object({
    microAnchor: z.number(),
    breakAnchor: z.number(),
    lunchDone: z.boolean(),
    headsUpDone: z.boolean(),
    endDone: z.boolean(),
  }),
  evening: z.object({
    'overtime-break': z.boolean(),
    'latest-stop': z.boolean(),
    'night-notice': z.boolean(),
  }),
  lastActiveAt: z.number().nullable(),
  lastSeenAt: z.number(),
  /** Set on lock/suspend, cleared on unlock/resume: the away time counts as idle. */
  awaySince: z.number().nullable(),
  closedAt: z.number().nullable(),
  /** Overtime already banked from earlier evening sessions (ms). */
  overtimeMs: z.number(),
  /** When the current evening session began after a return (null: it runs on from the end). */
  sessionStart: z.number().nullable(),
  fired: z.array(z.string()),
  openPrompt: PromptSchema.nullable(),
  postponed: z.object({ at: z.number(), prompt: PromptSchema }).nullable(),
  pausedUntil: z.number().nullable(),
  meeting: z.boolean(),
  held: PromptSchema.nullable(),
  dayOffNoticeShown: z.boolean(),
  counts: z.object({
    offered: z.number(),
    taken: z.number(),
    natural: z.number(),
    skipped: z.number(),
    postponed: z.number(),
  }),
  // Added with the after-hours nudges and day history; defaults keep a day saved by an older
  // version readable, so updating mid-day continues the day.
  /** The first activity seen today. */
  firstActiveAt: z.number().nullable().default(null),
  /** Time seen at work after the day began, and the part of it after the planned end (ms). */
  workedMs: z.number().default(0),
  afterEndMs: z.number().default(0),
  /** startDay(): the day was begun by hand at this instant (its shape runs from here). */
  manualStartAt: z.number().nullable().default(null),
  /** endDay(): the day was ended by hand at this instant (no more daytime prompts). */
  manualEndAt: z.number().nullable().default(null),
  /** workLate(): evening nudges, the latest stop and the night notice are silenced. */
  workingLate: z
    .object({ since: z.number(), reason: z.string().nullable() })
    .nullable()
    .default(null),
  /** After-hours nudges: how many were passed (for their ids), and the last evening prompt shown. */
  afterHours: z
    .object({ count: z.number(), lastAt: z.number().nullable() })
    .default({ count: 0, lastAt: null }),
  /** Evening notices that clashed with a shown prompt wait until then (the next wake-up). */
  deferredUntil: z.number().nullable().default(null),
  /** How many prompts takeBreakNow() opened today (for their ids). */
  breaksNow: z.number().default(0),
});
export type DayState = z.infer<typeof DayStateSchema>;

const OvertimeSchema = z.array(z.object({ date: z.string(), minutes: z.number() }));

export const DAY_KEY = 'engine.day';
export const OVERTIME_KEY = 'engine.overtime';

export function loadDay(store: KeyValueStore): DayState | null {
  const parsed = DayStateSchema.safeParse(store.has(DAY_KEY) ? store.get(DAY_KEY) : undefined);
  return parsed.success ? parsed.data : null;
}

export function loadOvertime(store: KeyValueStore): OvertimeEntry[] {
  const parsed = OvertimeSchema.safeParse(store.has(OVERTIME_KEY) ? store.get(OVERTIME_KEY) : []);
  return parsed.success ? parsed.data : [];
}

export function freshDay(date: string, zone: string, now: number): DayState {
  return {
    version: 1,
    date,
    zone,
    startedAt: null,
    cadence: {
      microAnchor: now,
      breakAnchor: now,
      lunchDone: false,
      headsUpDone: false,
      endDone: false,
    },
    evening: { 'overtime-break': false, 'latest-stop': false, 'night-notice': false },
    lastActiveAt: null,
    lastSeenAt: now,
    awaySince: null,
    closedAt: null,
    overtimeMs: 0,
    sessionStart: null,
    fired: [],
    openPrompt: null,
    postponed: null,
    pausedUntil: null,
    meeting: false,
    held: null,
    dayOffNoticeShown: false,
    counts: { offered: 0, taken: 0, natural: 0, skipped: 0, postponed: 0 },
    firstActiveAt: null,
    workedMs: 0,
    afterEndMs: 0,
    manualStartAt: null,
    manualEndAt: null,
    workingLate: null,
    afterHours: { count: 0, lastAt: null },
    deferredUntil: null,
    breaksNow: 0,
  };
}
