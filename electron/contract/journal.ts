import { z } from 'zod';

/**
 * The private reflection journal: what an entry is, and what the renderer may ask of it.
 * Schemas only; the journal service in core owns every rule about storing and finding entries.
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
export const TimeZoneSchema = z.string().min(1).max(64);
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

/** A day range, both ends included, read in each entry's own time zone. */
export const DayRangeSchema = z
  .object({ from: DaySchema.optional(), to: DaySchema.optional() })
  .strict()
  .refine((range) => !range.from || !range.to || range.from <= range.to, {
    message: 'from is after to',
  });
export type DayRange = z.infer<typeof DayRangeSchema>;

// ---- Requests -------------------------------------------------------------------------------

export const JournalAddRequestSchema = z.object({ entry: EntryDraftSchema }).strict();
export type JournalAddRequest = z.infer<typeof JournalAddRequestSchema>;

/** Replaces the content of an entry; the kind cannot change. */
export const JournalEditRequestSchema = z
  .object({ id: EntryIdSchema, entry: EntryDraftSchema })
  .strict();
export type JournalEditRequest = z.infer<typeof JournalEditRequestSchema>;

export const JournalDeleteRequestSchema = z.object({ id: EntryIdSchema }).strict();
export type JournalDeleteRequest = z.infer<typeof JournalDeleteRequestSchema>;

export const JournalUndoDeleteRequestSchema = z.object({ id: EntryIdSchema }).strict();
export type JournalUndoDeleteRequest = z.infer<typeof JournalUndoDeleteRequestSchema>;

const PagingShape = {
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(JOURNAL_LIMITS.pageSize).default(50),
};

export const JournalListRequestSchema = z
  .object({
    kind: EntryKindSchema.optional(),
    tag: TagSchema.optional(),
    range: DayRangeSchema.optional(),
    ...PagingShape,
  })
  .strict();
export type JournalListRequest = z.input<typeof JournalListRequestSchema>;

export const JournalSearchRequestSchema = z
  .object({
    query: z.string().max(JOURNAL_LIMITS.searchQuery),
    kind: EntryKindSchema.optional(),
    tag: TagSchema.optional(),
    range: DayRangeSchema.optional(),
    ...PagingShape,
  })
  .strict();
export type JournalSearchRequest = z.input<typeof JournalSearchRequestSchema>;

export const EXPORT_FORMATS = ['md', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const JournalExportRequestSchema = z
  .object({ format: z.enum(EXPORT_FORMATS), range: DayRangeSchema.optional() })
  .strict();
export type JournalExportRequest = z.infer<typeof JournalExportRequestSchema>;

/** The text of a file this app exported as JSON (the renderer reads the file the person picked). */
export const JournalImportRequestSchema = z.object({ json: z.string().max(50_000_000) }).strict();
export type JournalImportRequest = z.infer<typeof JournalImportRequestSchema>;

/** Deleting everything needs an explicit yes; the view first shows `summary()` to name it. */
export const JournalDeleteAllRequestSchema = z
  .object({ confirm: z.literal(true), includeRecoveryCopies: z.boolean().default(false) })
  .strict();
export type JournalDeleteAllRequest = z.input<typeof JournalDeleteAllRequestSchema>;

/** Keep everything (`months: null`) or delete entries older than N months. */
export const JournalRetentionRequestSchema = z
  .object({ months: z.number().int().min(1).max(1200).nullable() })
  .strict();
export type JournalRetentionRequest = z.infer<typeof JournalRetentionRequestSchema>;

export const TrendsRequestSchema = z.object({ range: DayRangeSchema.optional() }).strict();
export type TrendsRequest = z.infer<typeof TrendsRequestSchema>;

export const ENCRYPTION_CHOICES = ['file-key', 'none'] as const;
export type EncryptionChoice = (typeof ENCRYPTION_CHOICES)[number];
/** The person's answer when the OS secret store is unavailable. */
export const JournalEncryptionChoiceRequestSchema = z
  .object({ choice: z.enum(ENCRYPTION_CHOICES) })
  .strict();
export type JournalEncryptionChoiceRequest = z.infer<typeof JournalEncryptionChoiceRequestSchema>;

export const NoticeIdRequestSchema = z.object({ id: z.string().min(1).max(64) }).strict();

// ---- Replies --------------------------------------------------------------------------------

export const JournalPageSchema = z.object({
  entries: z.array(JournalEntrySchema),
  total: z.number().int().min(0),
});
export type JournalPage = z.infer<typeof JournalPageSchema>;

export const JournalExportSchema = z.object({
  format: z.enum(EXPORT_FORMATS),
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  count: z.number().int().min(0),
});
export type JournalExport = z.infer<typeof JournalExportSchema>;

export const JournalImportResultSchema = z.object({
  added: z.number().int().min(0),
  alreadyPresent: z.number().int().min(0),
});
export type JournalImportResult = z.infer<typeof JournalImportResultSchema>;

/** What "delete everything" would delete, so the confirmation can name it. */
export const JournalSummarySchema = z.object({
  total: z.number().int().min(0),
  byKind: z.object({
    'check-in': z.number().int().min(0),
    'tool-result': z.number().int().min(0),
    note: z.number().int().min(0),
  }),
  oldest: OffsetDateTimeSchema.nullable(),
  newest: OffsetDateTimeSchema.nullable(),
  recoveryCopies: z.array(z.string()),
});
export type JournalSummary = z.infer<typeof JournalSummarySchema>;

export const JournalDeleteAllResultSchema = z.object({
  deletedEntries: z.number().int().min(0),
  deletedRecoveryCopies: z.array(z.string()),
});
export type JournalDeleteAllResult = z.infer<typeof JournalDeleteAllResultSchema>;

export const RECOVERY_REASONS = ['truncated', 'damaged', 'wrong-key', 'unreadable'] as const;
export type RecoveryReason = (typeof RECOVERY_REASONS)[number];

/** Shown to the person until dismissed: what happened to the file and where the copy lies. */
export const JournalNoticeSchema = z.object({
  id: z.string(),
  kind: z.literal('recovered'),
  /** The worst thing found; the renderer picks its localised text by this. */
  reason: z.enum(RECOVERY_REASONS),
  at: OffsetDateTimeSchema,
  /** Where the untouched copy of the damaged file now lies. */
  copyPath: z.string(),
  recoveredEntries: z.number().int().min(0),
  unreadableRecords: z.number().int().min(0),
  /** A developer-facing explanation (logs, diagnostics). */
  detail: z.string(),
});
export type JournalNotice = z.infer<typeof JournalNoticeSchema>;

/**
 * How the journal is protected. `needs-decision`: the OS secret store is unavailable and the
 * person has not yet chosen between a key file next to the journal and no encryption.
 */
export const ENCRYPTION_STATES = ['os-key', 'file-key', 'none', 'needs-decision'] as const;
export type EncryptionState = (typeof ENCRYPTION_STATES)[number];

export const JournalStatusSchema = z.object({
  encryption: z.enum(ENCRYPTION_STATES),
  /** Whether the OS secret store could protect the key right now. */
  osSecretStoreAvailable: z.boolean(),
  entries: z.number().int().min(0),
  filePath: z.string(),
  notices: z.array(JournalNoticeSchema),
});
export type JournalStatus = z.infer<typeof JournalStatusSchema>;

export const TrendWeekSchema = z.object({
  /** ISO week, `2026-W48`. */
  week: z.string(),
  /** Monday of that week, `YYYY-MM-DD`. */
  weekStart: DaySchema,
  checkIns: z.number().int().min(1),
  energy: z.number(),
  mood: z.number(),
  stress: z.number(),
});
export type TrendWeek = z.infer<typeof TrendWeekSchema>;
