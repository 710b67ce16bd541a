import type { SettingsView } from '../../electron/contract';
import { createPustApi } from '../../electron/contract/api';
import { firstRun } from '../../src/lib/first-run.svelte';
import { setLocale } from '../../src/lib/i18n.svelte';
import { journalStatus } from '../../src/lib/journal-status.svelte';
import { settings } from '../../src/lib/settings.svelte';
import { startCore, type CoreHarness } from '../support/core-harness';
import type { VirtualActivity, VirtualTime } from '../support/fakes';

/**
 * Installs `window.pust` backed by a real core in a temp folder, as the preview does over HTTP.
 * The person has been through the first-run setup unless `firstRun` is true: most tests are about
 * the views used every day.
 */
export function installPust(
  options: Parameters<typeof startCore<VirtualTime, VirtualActivity>>[1] & {
    firstRun?: boolean;
    /** Told of every call the renderer makes, before core answers it. */
    onInvoke?: (channel: string, payload: unknown) => void;
    /** A call waits for this before core sees it (a slow machine); calls keep their order. */
    before?: (channel: string) => Promise<void> | undefined;
  } = {},
): CoreHarness {
  const { firstRun: fresh = false, onInvoke, before, ...coreOptions } = options;
  const harness = startCore(undefined, coreOptions);
  // The dispatcher runs a handler before its first await, so this is saved before anything renders.
  if (!fresh) void harness.core.dispatch('settings.update', { firstRunDone: true });
  window.pust = createPustApi({
    invoke: (channel, payload) => {
      onInvoke?.(channel, payload);
      const wait = before?.(channel);
      const dispatch = () => harness.core.dispatch(channel, payload);
      return wait ? wait.then(dispatch) : dispatch();
    },
    subscribe: (listener) => harness.core.subscribe(listener),
  });
  return harness;
}

/** As installPust, also listing each settings change the renderer asks core to save. */
export function installCountingPust(): { harness: CoreHarness; saves: unknown[] } {
  const saves: unknown[] = [];
  const harness = installPust({
    onInvoke: (channel, payload) => {
      if (channel === 'settings.update') saves.push(payload);
    },
  });
  return { harness, saves };
}

/** The settings as core has saved them. */
export async function savedValues(harness: CoreHarness): Promise<SettingsView['values']> {
  const result = await harness.core.dispatch('settings.get', undefined);
  if (!result.ok) throw new Error('settings.get failed');
  return (result.value as SettingsView).values;
}

/** The renderer's state is module-wide, as in the app: each test starts from a fresh window. */
export function resetRenderer(): void {
  delete window.pust;
  setLocale('nb');
  settings.view = null;
  settings.error = null;
  settings.savedAt = null;
  firstRun.reopened = false;
  firstRun.left = false;
  journalStatus.reset();
  document.documentElement.removeAttribute('data-contrast');
  location.hash = '';
}
