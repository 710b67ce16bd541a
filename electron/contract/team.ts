import { z } from 'zod';

/**
 * Leader mode's private list of team members and when the leader last had a listening
 * conversation with each. Names only, kept on this machine, deletable.
 */
export const TeamMemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** YYYY-MM-DD of the last listening conversation, or null. */
  lastConversation: z.iso.date().nullable(),
});
export type TeamMember = z.infer<typeof TeamMemberSchema>;

export const TeamAddRequestSchema = z.strictObject({ name: z.string().trim().min(1).max(80) });
export const TeamIdRequestSchema = z.strictObject({ id: z.string().min(1).max(64) });
export const TeamTalkedRequestSchema = z.strictObject({
  id: z.string().min(1).max(64),
  on: z.iso.date(),
});
export const TeamListSchema = z.array(TeamMemberSchema);

/** How often the leader wants a listening conversation with each person, in weeks. */
export const CONVERSATION_RHYTHM_WEEKS = [2, 3, 4, 6, 8] as const;
export const DEFAULT_CONVERSATION_RHYTHM_WEEKS = 4;
export const TeamRhythmSchema = z.object({
  weeks: z.literal(CONVERSATION_RHYTHM_WEEKS),
});
export type TeamRhythm = z.infer<typeof TeamRhythmSchema>;
export const TeamRhythmRequestSchema = z.strictObject({ weeks: TeamRhythmSchema.shape.weeks });

/**
 * A team member as the renderer sees it: as stored, plus whether a conversation is due by the
 * chosen rhythm (core decides, so the list and the notification agree).
 */
export const TeamMemberViewSchema = TeamMemberSchema.extend({ due: z.boolean() });
export type TeamMemberView = z.infer<typeof TeamMemberViewSchema>;
export const TeamMemberListSchema = z.array(TeamMemberViewSchema);

/** The end-of-day ritual in progress, kept in core so a reloaded window can resume it. */
export const RitualDraftSchema = z.strictObject({
  date: z.iso.date(),
  step: z.int().min(1).max(3),
  doneToday: z.string().max(5000),
  tomorrowTopThree: z.array(z.string().max(300)).max(3),
  energy: z.int().min(1).max(5).nullable(),
  mood: z.int().min(1).max(5).nullable(),
  stress: z.int().min(1).max(5).nullable(),
  note: z.string().max(5000),
  /** The journal entry the check-in was saved as, once saved. */
  savedEntryId: z.string().nullable(),
});
export type RitualDraft = z.infer<typeof RitualDraftSchema>;
