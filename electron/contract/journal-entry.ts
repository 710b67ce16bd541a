import { z } from 'zod';

/**
 * The private reflection journal: what an entry is (its kinds, its content, its stored form).
 * What the renderer may ask of the journal is in journal.ts. Schemas only; the journal service in
 * core owns every rule about storing and finding entries.
 */

/** The entry format this app writes. Older entries are migrated forward when read or imported. */
export const JOURNAL_SCHEMA_VERSION = 2;

export const ENTRY_KINDS = ['check-in', 'tool-result', 'note'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
export const EntryKindSchema = z.enum(ENTRY_KINDS);

/** Limits that keep one entry small enough to save in a single small append. */
export const JOURNAL_LIMITS = {
  text: 20_000,
  line: 500,
  tags: 20,
  tag: 40,
  answers: 100,
  searchQuery: 200,
  pageSize: 500,
} as const;

export const EntryIdSchema = z.string().min(1).max(64);
/** An instant with its UTC offset, as the person saw it: `2026-11-26T16:05:00.000+01:00`. */
export const OffsetDateTimeSchema = z.iso.datetime({ offset: true, local: false });
/** A calendar day `YYYY-MM-DD`, read in the entry's own time zone. */
export const DaySchema = z.iso.date();
/**
 * An IANA time-zone name that Intl knows (`Europe/Oslo`, `UTC`), since every view formats an
 * entry's time on that zone's wall clock: a made-up name (`Mars/Olympus_Mons`) would make the
 * renderer throw. Checked once per distinct name.
 */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isTimeZone, { message: 'not a known IANA time zone' });
const knownZones = new Map<string, boolean>();
export function isTimeZone(zone: string): boolean {
  let known = knownZones.get(zone);
  if (known === undefined) {
    known = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone);
    try {
      if (known) new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      known = false;
    }
    if (knownZones.size < 1000) knownZones.set(zone, known);
  }
  return known;
}
export const ScaleSchema = z.number().int().min(1).max(5);
export const TagSchema = z.string().trim().min(1).max(JOURNAL_LIMITS.tag);
export const TagsSchema = z.array(TagSchema).max(JOURNAL_LIMITS.tags);

const LineSchema = z.string().max(JOURNAL_LIMITS.line);
const TextSchema = z.string().max(JOURNAL_LIMITS.text);

export const CheckInContentSchema = z
  .object({
    kind: z.literal('check-in'),
    energy: ScaleSchema,
    mood: ScaleSchema,
    stress: ScaleSchema,
    doneToday: TextSchema,
    tomorrowTopThree: z.array(LineSchema).max(3),
    note: TextSchema,
  })
  .strict();

/**
 * One answer in a tool result, as the tools' content defines it (content/tools/schema.ts): a
 * number (a 1–5 scale), a text, a tick (checklist), a list of chosen ids, or chosen actions with
 * an own one. Bounded so one entry stays small.
 */
const AnswerIdListSchema = z.array(z.string().max(80)).max(JOURNAL_LIMITS.answers);
export const ToolAnswerValueSchema = z.union([
  z.string().max(JOURNAL_LIMITS.text),
  z.number(),
  z.boolean(),
  AnswerIdListSchema,
  z
    .object({ chosen: AnswerIdListSchema, custom: z.string().max(JOURNAL_LIMITS.line).optional() })
    .strict(),
]);
export type ToolAnswerValue = z.infer<typeof ToolAnswerValueSchema>;

export const ToolResultContentSchema = z
  .object({
    kind: z.literal('tool-result'),
    toolId: z.string().min(1).max(80),
    answers: z
      .record(z.string().max(80), ToolAnswerValueSchema)
      .refine((answers) => Object.keys(answers).length <= JOURNAL_LIMITS.answers, {
        message: 'too many answers',
      }),
    summary: TextSchema,
  })
  .strict();

export const NoteContentSchema = z
  .object({
    kind: z.literal('note'),
    text: TextSchema.refine((text) => text.trim().length > 0, { message: 'empty note' }),
  })
  .strict();

/** What the person writes: the kind-specific part of an entry plus its tags. */
export const EntryDraftSchema = z.discriminatedUnion('kind', [
  CheckInContentSchema.extend({ tags: TagsSchema.default([]) }),
  ToolResultContentSchema.extend({ tags: TagsSchema.default([]) }),
  NoteContentSchema.extend({ tags: TagsSchema.default([]) }),
]);
export type EntryDraft = z.infer<typeof EntryDraftSchema>;
export type EntryDraftInput = z.input<typeof EntryDraftSchema>;

const EntryMetaShape = {
  id: EntryIdSchema,
  createdAt: OffsetDateTimeSchema,
  editedAt: OffsetDateTimeSchema,
  timeZone: TimeZoneSchema,
  tags: TagsSchema,
  schemaVersion: z.literal(JOURNAL_SCHEMA_VERSION),
};

export const CheckInEntrySchema = CheckInContentSchema.extend(EntryMetaShape);
export const ToolResultEntrySchema = ToolResultContentSchema.extend(EntryMetaShape);
export const NoteEntrySchema = NoteContentSchema.extend(EntryMetaShape);

/** One stored entry, in the latest format. */
export const JournalEntrySchema = z.discriminatedUnion('kind', [
  CheckInEntrySchema,
  ToolResultEntrySchema,
  NoteEntrySchema,
]);
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
export type CheckInEntry = z.infer<typeof CheckInEntrySchema>;
