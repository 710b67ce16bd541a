import type { ErrorCode, SettingsPatch, SettingsView } from '../../electron/contract';
import { getPust } from './api';
import { setLocale } from './i18n.svelte';
import { applyTheme } from './theme';

/** The settings as the renderer last heard them from core; core owns them, this only mirrors. */
class SettingsState {
  view = $state<SettingsView | null>(null);
  error = $state<ErrorCode | 'unavailable' | null>(null);
  savedAt = $state<number | null>(null);

  apply(view: SettingsView): void {
    this.view = view;
    setLocale(view.values.language);
    applyTheme(view.values.theme);
  }

  async load(): Promise<void> {
    const pust = getPust();
    if (!pust) {
      this.error = 'unavailable';
      return;
    }
    pust.on('settings.changed', (view) => this.apply(view));
    const result = await pust.settings.get();
    if (result.ok) this.apply(result.value);
    else this.error = result.error.code;
  }

  async update(patch: SettingsPatch): Promise<void> {
    const pust = getPust();
    if (!pust) {
      this.error = 'unavailable';
      return;
    }
    const result = await pust.settings.update(patch);
    if (result.ok) {
      this.error = null;
      this.savedAt = Date.now();
      this.apply(result.value);
    } else {
      this.error = result.error.code;
    }
  }
}

export const settings = new SettingsState();
