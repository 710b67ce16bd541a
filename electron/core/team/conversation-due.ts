/** Whole days from `from` to `to`, both `YYYY-MM-DD` (calendar days, whatever the zone). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A listening conversation is due when there has been none yet, or when the rhythm's days have
 * passed since the last one (every 4 weeks: due on the 28th day after).
 */
export function isConversationDue(
  lastConversation: string | null,
  today: string,
  rhythmDays: number,
): boolean {
  return lastConversation === null || daysBetween(lastConversation, today) >= rhythmDays;
}
