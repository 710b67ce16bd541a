import { z } from 'zod';
import { asObject, deepPartial, schemaPaths, unwrap } from './schema-tools';
import { LOCALES, SettingsSchema } from './settings';

/**
 * The admin policy as IT writes it and as the policy page shows it. Settings are named by their
 * dotted path (`workProfile.lunch.at`) in every source: the JSON file's `locked` list, registry
 * value names, the page.
 */

/** A setting an admin can set or lock on its own: every leaf of the settings schema. */
export interface SettingLeaf {
  path: string;
  /** The schema that judges a value (defaults stripped). */
  schema: z.ZodType;
}

function leavesOf(schema: z.ZodObject, prefix: string): SettingLeaf[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([key, child]) => {
    const object = asObject(child);
    return object
      ? leavesOf(object, `${prefix}${key}.`)
      : [{ path: `${prefix}${key}`, schema: unwrap(child) }];
  });
}

export const SETTING_LEAVES: readonly SettingLeaf[] = Object.freeze(leavesOf(SettingsSchema, ''));

/** Leaves and groups (`workProfile.lunch`): what the JSON file's `locked` list may name. */
export const LOCKABLE_PATHS: readonly string[] = Object.freeze(schemaPaths(SettingsSchema));

const MESSAGE_MAX = 300;
const MessageTextSchema = z.string().trim().min(1).max(MESSAGE_MAX);
/** Shown beside locked settings: one text for every language, or one per language. */
export const PolicyMessageSchema = z.union([
  MessageTextSchema,
  z.strictObject(Object.fromEntries(LOCALES.map((l) => [l, MessageTextSchema.optional()]))),
]);

/** Any part of the settings, at any depth, nothing else. */
const SettingValuesSchema = deepPartial(SettingsSchema);

/** `policy.json` (Windows %ProgramData%\Pust, macOS /Library/Application Support/Pust, /etc/pust). */
export const PolicyFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1).optional(),
    defaults: SettingValuesSchema.optional(),
    locked: z.array(z.enum(LOCKABLE_PATHS as [string, ...string[]])).optional(),
    message: PolicyMessageSchema.optional(),
  })
  .meta({
    title: 'Pust admin policy (policy.json)',
    description:
      'defaults apply where the person has chosen nothing; locked settings cannot be changed. See docs/admin.md.',
  });

/**
 * A drop-in (/etc/pust/policies/managed|recommended/*.json) and the macOS managed preferences:
 * setting values, the message, and (macOS only) recommended values beside the mandatory ones.
 */
export const PolicyValuesFileSchema = SettingValuesSchema.extend({
  $schema: z.string().optional(),
  message: PolicyMessageSchema.optional(),
  recommended: SettingValuesSchema.optional(),
}).meta({
  title: 'Pust policy values (Linux drop-in, macOS managed preferences)',
  description:
    'Settings by name, nested as in settings.json. In managed/ and in a configuration profile they are locked; in recommended/ and under "recommended" they are defaults.',
});

// ---- What the policy page shows -------------------------------------------------------------

export const POLICY_SOURCE_KINDS = ['registry', 'managed-preferences', 'drop-in', 'file'] as const;
export type PolicySourceKind = (typeof POLICY_SOURCE_KINDS)[number];
export const POLICY_LEVELS = ['mandatory', 'recommended'] as const;
export type PolicyLevel = (typeof POLICY_LEVELS)[number];
/**
 * applied: read, every part used; partly-applied: read, some parts had problems and were left
 * out; refused: not used at all (writable by non-administrators, unreadable, not JSON); absent.
 */
export const POLICY_SOURCE_STATUSES = ['applied', 'partly-applied', 'refused', 'absent'] as const;
export type PolicySourceStatus = (typeof POLICY_SOURCE_STATUSES)[number];

export const PolicyProblemSchema = z.object({ path: z.string(), message: z.string() });
export type PolicyProblem = z.infer<typeof PolicyProblemSchema>;

export const PolicyEntrySchema = z.object({
  path: z.string(),
  level: z.enum(POLICY_LEVELS),
  /** Absent for a lock without a value of its own (the JSON file's `locked`). */
  value: z.json().optional(),
  /** False when a source with a higher place in the order (or a lock) sets the same setting. */
  applied: z.boolean(),
});
export type PolicyEntry = z.infer<typeof PolicyEntrySchema>;

export const PolicySourceSchema = z.object({
  kind: z.enum(POLICY_SOURCE_KINDS),
  /** A file path or a registry key. */
  location: z.string(),
  status: z.enum(POLICY_SOURCE_STATUSES),
  entries: z.array(PolicyEntrySchema),
  problems: z.array(PolicyProblemSchema),
});
export type PolicySource = z.infer<typeof PolicySourceSchema>;

export const PolicyReportSchema = z.object({
  /** When the sources were last read (ISO 8601, the machine's real clock). */
  readAt: z.string(),
  /** In the order they are merged: earlier sources win over later ones at the same level. */
  sources: z.array(PolicySourceSchema),
  locked: z.array(z.string()),
  message: z.object({ nb: z.string(), nn: z.string(), en: z.string() }).partial().nullable(),
});
export type PolicyReport = z.infer<typeof PolicyReportSchema>;
