import { z } from 'zod';

/** Languages Pust speaks. Bokmål is the default (språklova: state bodies use both written standards). */
export const LOCALES = ['nb', 'nn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const LocaleSchema = z.enum(LOCALES);

export const THEMES = ['system', 'light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];
export const ThemeSchema = z.enum(THEMES);

/**
 * The person's settings. Every key has a default, so a fresh install and a damaged key both have a
 * well-defined value. `.strict()` refuses keys the app does not know instead of storing them.
 */
export const SettingsSchema = z
  .object({
    language: LocaleSchema,
    theme: ThemeSchema,
  })
  .strict();
export type Settings = z.infer<typeof SettingsSchema>;
export type SettingKey = keyof Settings;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  language: 'nb',
  theme: 'system',
});

/** A change the person asks for: any subset of the settings, nothing else. */
export const SettingsPatchSchema = SettingsSchema.partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'empty patch' });
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** What the renderer sees: the effective values. */
export const SettingsViewSchema = z.object({
  values: SettingsSchema,
  /** Set when the settings file was damaged and moved aside: where the copy now lies. */
  recoveredFrom: z.string().nullable(),
});
export type SettingsView = z.infer<typeof SettingsViewSchema>;
