import { DateTime } from 'luxon';
import { z } from 'zod';

/** The longest a clock may be moved in one step: two weeks. */
const MAX_STEP_MINUTES = 60 * 24 * 14;

/**
 * A step the dev panel (or an E2E test) asks the simulated machine to take. `speed` needs the real
 * clock; `advance`, `advance-to` and `next-timer` need the manual one (`--clock manual`).
 */
export const SimulationOpSchema = z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('active') }),
  z.strictObject({ op: z.literal('speed'), speed: z.number().positive().max(100_000) }),
  z.strictObject({ op: z.literal('idle') }),
  z.strictObject({ op: z.literal('lock') }),
  z.strictObject({ op: z.literal('unlock') }),
  z.strictObject({
    op: z.literal('suspend'),
    hours: z
      .number()
      .min(0)
      .max(24 * 14),
  }),
  z.strictObject({
    op: z.literal('jump'),
    minutes: z.number().min(-MAX_STEP_MINUTES).max(MAX_STEP_MINUTES),
  }),
  z.strictObject({
    op: z.literal('timezone'),
    zone: z.string().refine((zone) => DateTime.local().setZone(zone).isValid, 'unknown time zone'),
  }),
  z.strictObject({
    op: z.literal('advance'),
    minutes: z.number().positive().max(MAX_STEP_MINUTES),
  }),
  z.strictObject({
    op: z.literal('advance-to'),
    /** An instant with its offset, e.g. 2026-11-26T08:20:00+01:00. */
    at: z.iso.datetime({ offset: true }),
  }),
  z.strictObject({ op: z.literal('next-timer') }),
]);

export type SimulationOp = z.infer<typeof SimulationOpSchema>;

export const MAX_ADVANCE_MS = MAX_STEP_MINUTES * 60_000;
