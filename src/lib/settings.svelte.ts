import type { ErrorCode, SettingsPatch, SettingsView } from '../../electron/contract';
import { getPust } from './api';
import { setLocale } from './i18n.svelte';
import { applyTheme } from './theme';

/** The settings as the renderer last heard them from core; core owns them, this only mirrors. */
class SettingsState {
  view = $state<SettingsView | null>(null);
  error = $state<ErrorCode | 'unavailable' | null>(null);
  savedAt = $state<number | null>(null);
  /** Counts updates asked for, so an answer that arrives after a later one's is not applied. */
  #updates = 0;

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

  /** Asks core to change settings; true when saved. On false, `error` says why. */
  async update(patch: SettingsPatch): Promise<boolean> {
    const pust = getPust();
    if (!pust) {
      this.error = 'unavailable';
      return false;
    }
    const update = ++this.#updates;
    const result = await pust.settings.update(patch);
    if (result.ok) {
      this.error = null;
      this.savedAt = Date.now();
      // Two quick saves (a time field left for the next one) may answer out of order; the older
      // answer lacks the newer change, which core's settings.changed event has already shown.
      if (update === this.#updates) this.apply(result.value);
      return true;
    }
    this.error = result.error.code;
    return false;
  }

  /**
   * After a refused change, put a radio group back on the value core still has: the browser
   * already moved the dot, and the person must not be shown a choice that was not saved.
   */
  restoreRadio(name: string, value: string): void {
    const input = document.querySelector<HTMLInputElement>(
      `input[type="radio"][name="${name}"][value="${value}"]`,
    );
    if (input) input.checked = true;
  }
}

export const settings = new SettingsState();
