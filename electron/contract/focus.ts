import { z } from 'zod';

/**
 * The day's focus: the top three the person wrote at the last end-of-day ritual, shown the next
 * workday to tick off; and, on the week's last workday, the self-care picks made "for this week",
 * brought back in the ritual.
 */

export const FocusTaskSchema = z.object({ text: z.string(), done: z.boolean() });

export const DayFocusSchema = z.object({
  /** Today's local date. */
  date: z.string(),
  /** The tasks written for today at an earlier ritual (none when there are none). */
  tasks: z.array(FocusTaskSchema).max(3),
  /** The date of the ritual they were written at, or null. */
  writtenOn: z.string().nullable(),
  /**
   * On the last workday of the ISO week: the self-care tool's picks for this week, as the person
   * read them when choosing (their own words for "write your own"). Null on other days.
   */
  weekPicks: z.array(z.string()).nullable(),
});
export type DayFocus = z.infer<typeof DayFocusSchema>;

/** The top three for the next workday, kept by the ritual whether or not a check-in was saved. */
export const FocusPlanSchema = z.strictObject({
  tasks: z.array(z.string().trim().max(300)).max(3),
});
export type FocusPlan = z.infer<typeof FocusPlanSchema>;

export const FocusTickSchema = z.strictObject({
  index: z.int().min(0).max(2),
  done: z.boolean(),
});
export type FocusTick = z.infer<typeof FocusTickSchema>;
