/**
 * Chromium speaks the language Pust speaks: `--lang` is set from the person's settings (with the
 * IT policy on top) before the app is ready, because Chromium reads it only at start-up. Without
 * it, Chromium takes the operating system's locale and, on a machine set to American English,
 * writes native date and time fields as "09:00 AM" in a Norwegian interface.
 */
import { CHROMIUM_LANGUAGES } from '../../content/messages';
import type { Locale } from '../contract/settings';
import { EventBus } from '../core/events';
import type { AdminPolicy } from '../core/policy/admin-policy';
import type { KeyValueStore, Logger } from '../core/ports';
import { SettingsService } from '../core/settings/settings-service';

/** Core reports problems in the settings once it starts; this early read stays quiet. */
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** The language Pust will speak: the same merge of settings and policy that core uses. */
export function startupLanguage(store: KeyValueStore, policy: AdminPolicy): Locale {
  return new SettingsService({ store, bus: new EventBus(), logger: quiet, policy }).values()
    .language;
}

/** Appends `--lang` for Pust's language; call before `app.whenReady()`. */
export function applyChromiumLanguage(
  commandLine: { appendSwitch(name: string, value?: string): void },
  language: Locale,
): void {
  commandLine.appendSwitch('lang', CHROMIUM_LANGUAGES[language]);
}
