import { z } from 'zod';
import { deepPartial } from './schema-tools';
import { WorkProfileSchema } from './work-profile';

/** Languages Pust speaks. Bokmål is the default (språklova: state bodies use both written standards). */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = z.enum(LOCALES);

export const THEMES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const ThemeSchema = z.enum(THEMES);

/**
 * The person's settings. Every key has a default, so a fresh install and a damaged key both have a
 * well-defined value. Strict objects refuse keys the app does not know instead of storing them.
 */
export const SettingsSchema = z.strictObject({
  language: LocaleSchema.default('nb'),
  theme: ThemeSchema.default('system'),
  workProfile: WorkProfileSchema.prefault({}),
  /** Start Pust at login (Windows/macOS login items, a Linux XDG autostart entry). */
  autostart: z.boolean().default(true),
  /** A soft sound when a break ends. */
  sounds: z.boolean().default(true),
  journal: z
    .strictObject({
      /** Keep everything (null) or delete entries older than this many months. */
      retentionMonths: z.int().min(1).max(1200).nullable().default(null),
    })
    .prefault({}),
  /**
   * The first-run setup was finished or skipped: the main window then opens on Today. Kept with
   * the settings (not state.json) so IT can set it too and spare a managed install the setup.
   */
  firstRunDone: z.boolean().default(false),
});
export type Settings = z.output<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(SettingsSchema.parse({}));

type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
/** A change the person asks for: any part of the settings at any depth, nothing else. */
export type SettingsPatch = DeepPartial<Settings>;
export const SettingsPatchSchema = deepPartial(SettingsSchema).refine(
  (patch) => Object.keys(patch).length > 0,
  { message: 'empty patch' },
) as unknown as z.ZodType<SettingsPatch, SettingsPatch>;

/**
 * A file Pust could not use as it was on this start (settings.json or state.json), and what it did
 * instead. `moved-aside`: the file now lies at `movedTo`, untouched, and Pust started afresh and
 * saves as usual. `memory-only`: it could not even be moved, so changes last until Pust closes.
 */
export const StoreNoticeSchema = z.object({
  file: z.enum(['settings', 'state']),
  path: z.string(),
  /** Not JSON, JSON that is not an object, or not readable at all (permissions, a folder or a
   * link loop in its place). */
  reason: z.enum(['not-json', 'not-object', 'unreadable']),
  outcome: z.enum(['moved-aside', 'memory-only']),
  movedTo: z.string().nullable(),
  /** A developer-facing explanation (logs). */
  detail: z.string(),
});
export type StoreNotice = z.infer<typeof StoreNoticeSchema>;

/** What the renderer sees: the effective values, what IT has locked, and any notice. */
export const SettingsViewSchema = z.object({
  values: SettingsSchema,
  /** Setting paths an admin policy fixes (`theme`, `workProfile.endOfDayFirmness`, or a group). */
  locked: z.array(z.string()),
  policy: z.object({
    /** The IT department's message in the person's language, shown beside locked settings. */
    message: z.string().nullable(),
    /** True when the policy file had problems: only its valid parts apply. */
    incomplete: z.boolean(),
  }),
  /** Set when the settings file was damaged and moved aside: where the copy now lies. */
  recoveredFrom: z.string().nullable(),
  /** Files that could not be used as they were on this start: settings.json, state.json. */
  storeNotices: z.array(StoreNoticeSchema),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;
