import { z } from 'zod';

import {
  EntryKindSchema,
  JOURNAL_LIMITS,
  EntryIdSchema,
  OffsetDateTimeSchema,
  DaySchema,
  TagSchema,
  EntryDraftSchema,
  JournalEntrySchema,
} from './journal-entry';

/**
 * What the renderer may ask of the private journal, and what it gets back. What an entry is lives
 * in journal-entry.ts, re-exported here so the journal's contract has one import path.
 */
export * from './journal-entry';

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

/**
 * Bounds on an import, so no file can hold core up for long: JSON.parse of a file within them
 * takes well under a second and each entry is then checked in small batches. A file Pust
 * exported needs 6 levels of brackets; a 10,000-entry journal is a few million characters.
 */
export const JOURNAL_IMPORT_LIMITS = {
  /** Characters in one import file, all its parts together. */
  chars: 20_000_000,
  /** Characters the renderer sends in one request (well under the channel's payload budget). */
  partChars: 400_000,
  /** How deep brackets may nest. */
  depth: 16,
  entries: 50_000,
} as const;

/**
 * The text of a file this app exported as JSON (the renderer reads the file the person picked).
 * A large file comes in parts, in order, under one `importId`: core keeps them until the last one
 * arrives and only then imports the whole file, all or nothing.
 */
export const JournalImportRequestSchema = z
  .object({
    json: z.string().max(JOURNAL_IMPORT_LIMITS.chars),
    part: z
      .object({
        importId: z.string().min(1).max(64),
        index: z.number().int().min(0),
        count: z
          .number()
          .int()
          .min(1)
          .max(Math.ceil(JOURNAL_IMPORT_LIMITS.chars / JOURNAL_IMPORT_LIMITS.partChars)),
      })
      .strict()
      .refine((part) => part.index < part.count, { message: 'index is not below count' })
      .optional(),
  })
  .strict();
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

/** Why a file was not imported; `limit` names the bound it went over, `entry` the bad one (1-based). */
export const IMPORT_PROBLEMS = [
  'too-large',
  'too-deep',
  'too-many',
  'not-json',
  'not-export',
  'unknown-version',
  'invalid-entry',
  'parts',
] as const;
export type ImportProblemKind = (typeof IMPORT_PROBLEMS)[number];
export const ImportProblemSchema = z.object({
  kind: z.enum(IMPORT_PROBLEMS),
  limit: z.number().int().nullable(),
  entry: z.number().int().min(1).nullable(),
  /** A developer-facing explanation (logs); the renderer words it from `kind`. */
  detail: z.string(),
});
export type ImportProblem = z.infer<typeof ImportProblemSchema>;

/**
 * `imported`: the whole file is in (entries already present by id are left as they are).
 * `waiting`: a part was kept and more are expected; nothing has changed yet.
 * `refused`: nothing has changed, and `problem` says why.
 */
export const JournalImportResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('imported'),
    added: z.number().int().min(0),
    alreadyPresent: z.number().int().min(0),
  }),
  z.object({ outcome: z.literal('waiting'), received: z.number().int().min(1) }),
  z.object({ outcome: z.literal('refused'), problem: ImportProblemSchema }),
]);
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
  /** Records in the file that no key Pust holds can open: delete-all removes them too. */
  unopenedRecords: z.number().int().min(0),
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

export const KEY_ROLES = ['os', 'file'] as const;
export const KEY_PROBLEMS = ['unreadable', 'damaged', 'os-store-failed'] as const;
/** A key Pust has but cannot use right now: records sealed with it stay unopened, and kept. */
export const JournalKeyProblemSchema = z.object({
  /** The key the OS key store protects, or the key file beside the journal. */
  key: z.enum(KEY_ROLES),
  path: z.string(),
  reason: z.enum(KEY_PROBLEMS),
  detail: z.string(),
});
export type JournalKeyProblem = z.infer<typeof JournalKeyProblemSchema>;

export const JOURNAL_PROBLEMS = [
  'folder-unusable',
  'log-unreadable',
  'log-not-writable',
  'key-unusable',
] as const;
export type JournalProblemReason = (typeof JOURNAL_PROBLEMS)[number];
/**
 * Why the journal cannot work fully on this start. `closed`: nothing can be read or saved;
 * `read-only`: what could be opened is shown, but nothing new can be saved. Everything else in
 * Pust works either way.
 */
export const JournalProblemSchema = z.object({
  state: z.enum(['closed', 'read-only']),
  reason: z.enum(JOURNAL_PROBLEMS),
  /** The file or folder at fault. */
  path: z.string(),
  detail: z.string(),
});
export type JournalProblem = z.infer<typeof JournalProblemSchema>;

export const JournalStatusSchema = z.object({
  encryption: z.enum(ENCRYPTION_STATES),
  /** Whether the OS secret store could protect the key right now. */
  osSecretStoreAvailable: z.boolean(),
  entries: z.number().int().min(0),
  filePath: z.string(),
  notices: z.array(JournalNoticeSchema),
  /**
   * Records in the file that no key Pust holds can open (sealed with a key that is missing,
   * unreadable or from another machine). They are kept in the file as they are, never compacted
   * away, and open again once their key is back.
   */
  unopenedRecords: z.number().int().min(0),
  keyProblems: z.array(JournalKeyProblemSchema),
  problem: JournalProblemSchema.nullable(),
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
