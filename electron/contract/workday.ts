import { z } from 'zod';
import { END_OF_DAY_FIRMNESS } from './work-profile';

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
  'short-rest-notice',
  'pause-over',
] as const;
export type PromptKind = (typeof PROMPT_KINDS)[number];

export const WORKDAY_STATUSES = [
  'day-off',
  'before-start',
  'working',
  'held',
  'meeting',
  'away',
  'overtime',
  'closed',
] as const;
export type WorkdayStatus = (typeof WORKDAY_STATUSES)[number];

const Instant = z.number().int();

/**
 * What became of a prompt: on screen ('open'), waiting for a meeting to end ('held'); a pause
 * 'taken' (the person was away for most of it), 'not-taken' (its time ran out while they worked
 * on), 'skipped' or 'postponed'; 'missed' (it fell due while they were away or reminders were
 * held, and was never shown); 'natural' (a break or lunch taken by being away, without a
 * prompt); a notification 'shown'; a window 'answered', or 'closed' without an answer (the day
 * ended, a more important prompt came). 'upcoming' is still to come today.
 */
export const PROMPT_OUTCOMES = [
  'open',
  'held',
  'taken',
  'not-taken',
  'skipped',
  'postponed',
  'missed',
  'natural',
  'shown',
  'answered',
  'closed',
] as const;
export type PromptOutcome = (typeof PROMPT_OUTCOMES)[number];

export const PROMPT_PRESENTATIONS = ['mini', 'window', 'fullscreen', 'notification'] as const;

export const PromptViewSchema = z.object({
  id: z.string(),
  kind: z.enum(PROMPT_KINDS),
  /** How core delivers it: a corner card, a window, the full-screen rest screen, or a notification. */
  presentation: z.enum(PROMPT_PRESENTATIONS),
  dueAt: Instant,
  shownAt: Instant,
  seconds: z.number().int().min(0),
  /** When the countdown ends (after it was shown, or after "start the break"); null without one. */
  endsAt: Instant.nullable(),
  catchUp: z.boolean(),
  postponed: z.number().int().min(0),
  canPostpone: z.boolean(),
  canSkip: z.boolean(),
  firmness: z.enum(END_OF_DAY_FIRMNESS),
  earliestStartTomorrow: Instant.nullable(),
  /** Stop by `latestStop` to keep 11 h of rest before `nextStart` (aml. §10-8). */
  restBoundary: z.object({ latestStop: Instant.nullable(), nextStart: Instant.nullable() }),
});
export type PromptView = z.infer<typeof PromptViewSchema>;

/** One line of Today's list: what came when and what became of it, or what is still to come. */
export const TimelineItemSchema = z.object({
  kind: z.enum(PROMPT_KINDS),
  /** When it really came (or, for 'upcoming', when it will come if the day goes as planned). */
  at: Instant,
  /** When it was planned for (a postponed or caught-up prompt came later). */
  dueAt: Instant,
  seconds: z.number().int().min(0),
  state: z.enum([...PROMPT_OUTCOMES, 'upcoming']),
  catchUp: z.boolean(),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

/**
 * Today's pauses (micro-breaks, breaks, lunch, the overtime break), all counted from one record
 * of the day: offered once each however often postponed; taken, not taken, skipped; postponements;
 * natural breaks (away long enough without a prompt); missed (fell due while away or while
 * reminders were held).
 */
export const BreakCountsSchema = z.object({
  offered: z.number().int().min(0),
  taken: z.number().int().min(0),
  notTaken: z.number().int().min(0).default(0),
  natural: z.number().int().min(0),
  skipped: z.number().int().min(0),
  postponed: z.number().int().min(0),
  missed: z.number().int().min(0).default(0),
});

export type BreakCounts = z.infer<typeof BreakCountsSchema>;

/** A day with no pause yet: the start every count grows from. */
export const NO_BREAKS: Readonly<BreakCounts> = Object.freeze({
  offered: 0,
  taken: 0,
  notTaken: 0,
  natural: 0,
  skipped: 0,
  postponed: 0,
  missed: 0,
});

export const DaySummarySchema = z.object({
  date: z.string(),
  workday: z.boolean(),
  plannedStart: Instant.nullable(),
  plannedEnd: Instant.nullable(),
  /** Time at the machine after the day began (a stretch of 5 min or more without input is away). */
  workedMinutes: z.number().min(0),
  /** The part of workedMinutes after the day's end: what the overtime totals add up. */
  afterEndMinutes: z.number().min(0),
  counts: BreakCountsSchema,
  workingLate: z.object({ reason: z.string().nullable() }).nullable(),
  /** From the day's start (or first activity, if earlier) to its last activity, over 13 h. */
  longDay: z.boolean().default(false),
  /** §10-8: the rest before the day's first activity, when it was under 11 h; else null. */
  shortRestMinutes: z.number().min(0).nullable().default(null),
});
export type DaySummary = z.infer<typeof DaySummarySchema>;

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
  /** Before the day has begun: when it will (the planned start, or flexitime's window). */
  startsAt: Instant.nullable(),
  /** Flexitime's core hours (shown, never enforced); null without flexitime. */
  core: z.object({ start: Instant, end: Instant }).nullable(),
  latestStop: Instant.nullable(),
  earliestStartTomorrow: Instant.nullable(),
  next: z.object({ kind: z.enum(PROMPT_KINDS), at: Instant }).nullable(),
  openPrompt: PromptViewSchema.nullable(),
  heldUntil: Instant.nullable(),
  meeting: z.boolean(),
  /** When meeting mode ends by itself (it always has an end). */
  meetingUntil: Instant.nullable(),
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
  firmness: z.enum(END_OF_DAY_FIRMNESS),
  /** Today's prompts as they came, and those still to come, in time order. */
  timeline: z.array(TimelineItemSchema),
  /** Today so far, from the same record as the history's days. */
  today: DaySummarySchema,
  /**
   * §10-8: this morning came after less than 11 h of rest (said once, gently): how long it was,
   * and when the day could have begun with 11 h. Null when the rest held or is unknown.
   */
  shortRest: z.object({ restMinutes: z.number().int().min(0), fineFrom: Instant }).nullable(),
});
export type WorkdayView = z.infer<typeof WorkdayViewSchema>;

export const HOLD_LENGTHS = ['30m', '1h', '2h', 'tomorrow'] as const;
export type HoldLength = (typeof HOLD_LENGTHS)[number];

/** What the person can do; each maps to one engine action. */
export const WorkdayActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('complete') }),
  /** The person starts the offered break or lunch now: its countdown runs from here. */
  z.strictObject({ action: z.literal('start-pause') }),
  z.strictObject({ action: z.literal('skip') }),
  z.strictObject({ action: z.literal('postpone') }),
  z.strictObject({ action: z.literal('take-break') }),
  z.strictObject({ action: z.literal('hold'), length: z.enum(HOLD_LENGTHS) }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({
    action: z.literal('meeting'),
    on: z.boolean(),
    /** How long the meeting lasts when turned on; an hour when left out. */
    minutes: z.int().min(5).max(480).optional(),
  }),
  z.strictObject({ action: z.literal('start-day') }),
  z.strictObject({ action: z.literal('end-day') }),
  z.strictObject({
    action: z.literal('work-late'),
    reason: z.string().trim().max(500).nullable(),
  }),
]);
export type WorkdayAction = z.infer<typeof WorkdayActionSchema>;

export const HistoryRequestSchema = z.strictObject({ days: z.int().min(1).max(400) });
