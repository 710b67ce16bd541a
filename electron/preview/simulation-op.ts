import { DateTime } from 'luxon';
import { z } from 'zod';

/** A step the dev panel (or an E2E test) asks the simulated machine to take. */
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
    minutes: z
      .number()
      .min(-60 * 24 * 14)
      .max(60 * 24 * 14),
  }),
  z.strictObject({
    op: z.literal('timezone'),
    zone: z.string().refine((zone) => DateTime.local().setZone(zone).isValid, 'unknown time zone'),
  }),
]);
