import { z } from 'zod';
import { REST_BOUNDARY_FIRMNESS } from './work-profile';

/**
 * The workday as the renderer sees it: today's plan, where the person is in it, the prompt that
 * is open, and the rest boundary for tonight. Instants are epoch milliseconds; the renderer formats
 * them in `zone`. Core's clock is the only clock (the preview's runs simulated time).
 */

export const PROMPT_KINDS = [
  'micro-break',
  'break',
  'lunch',
  'end-of-day-heads-up',
  'end-of-day',
  'overtime-break',
  'latest-stop',
  'night-notice',
  'after-hours',
  'day-off-notice',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export const WORKDAY_STATUSES = [
  'day-off',
  'before-start',
  'working',
  'paused',
  'meeting',
  'away',
  'overtime',
  'closed',
] as const;
export type WorkdayStatus = (typeof WORKDAY_STATUSES)[number];

const Instant = z.number().int();

export const PROMPT_PRESENTATIONS = ['mini', 'window', 'fullscreen', 'notification'] as const;

export const PromptViewSchema = z.object({
  id: z.string(),
  kind: z.enum(PROMPT_KINDS),
  /** How core delivers it: a corner card, a window, the full-screen rest screen, or a notification. */
  presentation: z.enum(PROMPT_PRESENTATIONS),
  dueAt: Instant,
  shownAt: Instant,
  seconds: z.number().int().min(0),
  catchUp: z.boolean(),
  postponed: z.number().int().min(0),
  canPostpone: z.boolean(),
  canSkip: z.boolean(),
  firmness: z.enum(REST_BOUNDARY_FIRMNESS),
  earliestStartTomorrow: Instant.nullable(),
  /** Stop by `latestStop` to keep 11 h of rest before `nextStart` (aml. §10-8). */
  restBoundary: z.object({ latestStop: Instant.nullable(), nextStart: Instant.nullable() }),
});
export type PromptView = z.infer<typeof PromptViewSchema>;

export const PlannedEventSchema = z.object({
  at: Instant,
  kind: z.enum(PROMPT_KINDS),
  seconds: z.number().int().min(0),
});

export const BreakCountsSchema = z.object({
  offered: z.number().int().min(0),
  taken: z.number().int().min(0),
  natural: z.number().int().min(0),
  skipped: z.number().int().min(0),
  postponed: z.number().int().min(0),
});

export const WorkdayViewSchema = z.object({
  now: Instant,
  /**
   * How fast core's clock runs against real time (1 in Electron; `--speed` in the preview; 0 with
   * the preview's manual clock, which moves only by Simulate steps).
   */
  clockRate: z.number().min(0),
  zone: z.string(),
  /**
   * The zone's UTC offsets from a day before `now` to two days after. The renderer writes
   * wall-clock times from these: a fresh renderer's first Intl time formatter costs ~20 ms, which
   * the first view should not wait for. Instants outside the spans are formatted with Intl.
   */
  zoneOffsets: z.array(z.object({ from: Instant, until: Instant, minutes: z.number().int() })),
  date: z.string(),
  status: z.enum(WORKDAY_STATUSES),
  reason: z.enum(['weekend', 'holiday', 'vacation', 'day-off']).nullable(),
  holiday: z.string().nullable(),
  start: Instant.nullable(),
  end: Instant.nullable(),
  latestStop: Instant.nullable(),
  earliestStartTomorrow: Instant.nullable(),
  next: z.object({ kind: z.enum(PROMPT_KINDS), at: Instant }).nullable(),
  openPrompt: PromptViewSchema.nullable(),
  pausedUntil: Instant.nullable(),
  meeting: z.boolean(),
  workingLate: z.object({ since: Instant, reason: z.string().nullable() }).nullable(),
  counts: BreakCountsSchema,
  overtimeTodayMinutes: z.number().min(0),
  overtime: z.object({
    days7: z.number(),
    weeks4: z.number(),
    weeks52: z.number(),
    exceeded: z.array(z.string()),
  }),
  weeklyRest: z.object({ longestMs: z.number(), holds: z.boolean() }),
  strictMode: z.boolean(),
  leaderMode: z.boolean(),
  firmness: z.enum(REST_BOUNDARY_FIRMNESS),
  /** Today's planned prompts, for the timeline. */
  plan: z.array(PlannedEventSchema),
});
export type WorkdayView = z.infer<typeof WorkdayViewSchema>;

export const PAUSE_LENGTHS = ['30m', '1h', '2h', 'tomorrow'] as const;
export type PauseLength = (typeof PAUSE_LENGTHS)[number];

/** What the person can do; each maps to one engine action. */
export const WorkdayActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('complete') }),
  z.strictObject({ action: z.literal('skip') }),
  z.strictObject({ action: z.literal('postpone') }),
  z.strictObject({ action: z.literal('take-break') }),
  z.strictObject({ action: z.literal('pause'), length: z.enum(PAUSE_LENGTHS) }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('meeting'), on: z.boolean() }),
  z.strictObject({ action: z.literal('start-day') }),
  z.strictObject({ action: z.literal('end-day') }),
  z.strictObject({
    action: z.literal('work-late'),
    reason: z.string().trim().max(500).nullable(),
  }),
]);
export type WorkdayAction = z.infer<typeof WorkdayActionSchema>;

export const DaySummarySchema = z.object({
  date: z.string(),
  workday: z.boolean(),
  plannedStart: Instant.nullable(),
  plannedEnd: Instant.nullable(),
  workedMinutes: z.number().min(0),
  afterEndMinutes: z.number().min(0),
  counts: BreakCountsSchema,
  workingLate: z.object({ reason: z.string().nullable() }).nullable(),
});
export type DaySummary = z.infer<typeof DaySummarySchema>;
export const HistoryRequestSchema = z.strictObject({ days: z.int().min(1).max(400) });
