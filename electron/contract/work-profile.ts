import { z } from 'zod';

/**
 * The shape of a person's working week. Pure data: the engine (core) turns it into planned days.
 * Every key has a default a Norwegian state employee would recognise (DOMAIN.md: 37.5 h a week,
 * 08:00–15:30 with a 30-minute lunch), so an empty object, a partial admin file and a damaged key
 * all parse to a complete profile. Objects are strict: an unknown key is a typo, not a setting.
 */

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A local wall-clock time of day, "HH:MM" (24 h). */
export const TimeOfDaySchema = z.string().regex(HHMM, 'expected a time of day as HH:MM');
/** A calendar date, "YYYY-MM-DD". */
export const IsoDateSchema = z.iso.date();
/** A date in any year, "MM-DD" (summer hours recur every year). */
export const MonthDaySchema = z
  .string()
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected a date in the year as MM-DD');

export function minutesOfDay(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

const HoursSchema = z
  .strictObject({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .refine((h) => minutesOfDay(h.end) > minutesOfDay(h.start), {
    message: 'end must be after start',
  });
/** A weekday's hours, or null when the person does not work that weekday. */
export const DayHoursSchema = HoursSchema.nullable();
export type DayHours = z.infer<typeof DayHoursSchema>;

const OFFICE_HOURS = { start: '08:00', end: '15:30' } as const;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const WeekSchema = z.strictObject({
  mon: DayHoursSchema.default(OFFICE_HOURS),
  tue: DayHoursSchema.default(OFFICE_HOURS),
  wed: DayHoursSchema.default(OFFICE_HOURS),
  thu: DayHoursSchema.default(OFFICE_HOURS),
  fri: DayHoursSchema.default(OFFICE_HOURS),
  sat: DayHoursSchema.default(null),
  sun: DayHoursSchema.default(null),
});

/** Vacation and other days off the person enters; both ends included. */
export const DaysOffRangeSchema = z
  .strictObject({
    from: IsoDateSchema,
    to: IsoDateSchema,
    kind: z.enum(['vacation', 'day-off']).default('vacation'),
  })
  .refine((r) => r.to >= r.from, { message: 'to must not be before from' });
export type DaysOffRange = z.infer<typeof DaysOffRangeSchema>;

const SummerHoursSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** SPH 3.1: optional summer hours 15 May – 14 September. */
  from: MonthDaySchema.default('05-15'),
  to: MonthDaySchema.default('09-14'),
  end: TimeOfDaySchema.default('15:00'),
});

const ShortDaysSchema = z.strictObject({
  /** SPH 3.1.1: the central administration works until 12:00 on Christmas Eve and New Year's Eve. */
  christmasEve: z.boolean().default(true),
  newYearsEve: z.boolean().default(true),
  end: TimeOfDaySchema.default('12:00'),
});

const FlexitimeSchema = z.strictObject({
  enabled: z.boolean().default(false),
  /** The start may fall anywhere in this window; the day then lasts the weekday's planned length. */
  windowStart: TimeOfDaySchema.default('06:00'),
  windowEnd: TimeOfDaySchema.default('09:00'),
  /** Shown, never enforced. */
  coreStart: TimeOfDaySchema.default('09:00'),
  coreEnd: TimeOfDaySchema.default('14:30'),
});

const MicroBreakSchema = z.strictObject({
  enabled: z.boolean().default(true),
  /** The 20-20-20 eye rule: every 20 minutes of work, 20 seconds looking far away. */
  everyMinutes: z.int().min(5).max(240).default(20),
  seconds: z.int().min(5).max(600).default(20),
});

const BreakSchema = z.strictObject({
  enabled: z.boolean().default(true),
  everyMinutes: z.int().min(15).max(480).default(60),
  minutes: z.int().min(1).max(60).default(5),
});

const LunchSchema = z.strictObject({
  enabled: z.boolean().default(true),
  at: TimeOfDaySchema.default('11:30'),
  minutes: z.int().min(10).max(120).default(30),
});

const PostponeSchema = z.strictObject({
  limit: z.int().min(0).max(10).default(2),
  minutes: z.int().min(1).max(60).default(5),
});

export const END_OF_DAY_FIRMNESS = ['gentle', 'firm', 'strict'] as const;
export type EndOfDayFirmness = (typeof END_OF_DAY_FIRMNESS)[number];

/** `.prefault({})` lets a missing group be filled from its own field defaults. */
export const WorkProfileSchema = z.strictObject({
  weekdays: WeekSchema.prefault({}),
  daysOff: z.array(DaysOffRangeSchema).max(500).default([]),
  summerHours: SummerHoursSchema.prefault({}),
  shortDays: ShortDaysSchema.prefault({}),
  flexitime: FlexitimeSchema.prefault({}),
  microBreak: MicroBreakSchema.prefault({}),
  break: BreakSchema.prefault({}),
  lunch: LunchSchema.prefault({}),
  /** How long before the end the "wrap up" heads-up comes. */
  endOfDayHeadsUpMinutes: z.int().min(0).max(120).default(10),
  /** Opt-in: no skip, no postpone. */
  strictMode: z.boolean().default(false),
  postpone: PostponeSchema.prefault({}),
  /** Opt-in: other features add role-model prompts for leaders (aml. §10-12 still shown as guidance). */
  leaderMode: z.boolean().default(false),
  /**
   * How firmly the end of the day is held: notifications only, a window that asks for an answer,
   * or a rest screen that returns. Named `restBoundary` before settings format 2.
   */
  endOfDayFirmness: z.enum(END_OF_DAY_FIRMNESS).default('firm'),
});

export type WorkProfile = z.output<typeof WorkProfileSchema>;
/** What a person or an admin may write: any part of the profile, at any depth. */
export type WorkProfileInput = z.input<typeof WorkProfileSchema>;

export const DEFAULT_WORK_PROFILE: Readonly<WorkProfile> = Object.freeze(
  WorkProfileSchema.parse({}),
);

/**
 * The defaults part of an admin policy file (and `npm run plan -- --settings FILE`):
 * `{ "workProfile": { ... } }`, any subset of the profile.
 */
export const PolicyDefaultsSchema = z.strictObject({
  workProfile: WorkProfileSchema.prefault({}),
});
export type PolicyDefaults = z.output<typeof PolicyDefaultsSchema>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepMerge(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) merged[key] = deepMerge(base[key], value);
  return merged;
}

/**
 * A profile with a partial one laid over it, at any depth (arrays such as `daysOff` are replaced,
 * `null` for a weekday means "not worked"). Used to lay policy defaults or a person's change over a
 * profile; the result is validated, so a bad patch throws a ZodError instead of being stored.
 */
export function mergeWorkProfile(base: WorkProfile, patch: WorkProfileInput): WorkProfile {
  return WorkProfileSchema.parse(deepMerge(base, patch));
}
