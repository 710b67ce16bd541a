import { createPustApi } from '../../electron/contract/api';
import { setLocale } from '../../src/lib/i18n.svelte';
import { settings } from '../../src/lib/settings.svelte';
import { startCore, type CoreHarness } from '../support/core-harness';
import type { VirtualActivity, VirtualTime } from '../support/fakes';

/** Installs `window.pust` backed by a real core in a temp folder, as the preview does over HTTP. */
export function installPust(
  options: Parameters<typeof startCore<VirtualTime, VirtualActivity>>[1] = {},
): CoreHarness {
  const harness = startCore(undefined, options);
  window.pust = createPustApi({
    invoke: (channel, payload) => harness.core.dispatch(channel, payload),
    subscribe: (listener) => harness.core.subscribe(listener),
  });
  return harness;
}

/** The renderer's state is module-wide, as in the app: each test starts from a fresh window. */
export function resetRenderer(): void {
  delete window.pust;
  setLocale('nb');
  settings.view = null;
  settings.error = null;
  settings.savedAt = null;
}
