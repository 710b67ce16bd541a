/**
 * aml. §10-6(5): overtime "must not exceed ten hours in seven days, 25 hours in four consecutive
 * weeks and 200 hours within 52 weeks" (Pust's paraphrase). Pust keeps running totals locally of
 * the minutes worked past each day's planned end and shows them against these limits; it never
 * reports them anywhere. Its figure is the time past the person's own planned day, so it can
 * overstate overtime in the act's sense, which begins only past §10-4's normal hours (9 h a day,
 * 40 h a week); time between is "merarbeid". Leaders in managerial posts are outside chapter 10
 * (§10-12(1)): for them the totals are an example to set, not a limit that binds them.
 */
export const OVERTIME_LIMITS_MINUTES = {
  days7: 10 * 60,
  weeks4: 25 * 60,
  weeks52: 200 * 60,
} as const;

/**
 * aml. §10-6(8): total working time must not exceed 13 hours in 24 hours. Pust flags a day whose
 * span from its start to its last activity passes this, as a sign worth noticing; the span is not
 * the same as working time (a long absence in between is not work), so the flag says "long day",
 * not "unlawful". Outside chapter 10 (§10-12(1)) it is guidance only.
 */
export const LONG_DAY_MS = 13 * 60 * 60_000;
