import { createPustApi } from '../../electron/contract/api';
import { firstRun } from '../../src/lib/first-run.svelte';
import { setLocale } from '../../src/lib/i18n.svelte';
import { settings } from '../../src/lib/settings.svelte';
import {
  startCore,
  type CoreHarness,
  type ManualActivity,
  type ManualTime,
} from '../support/core-harness';

/**
 * Installs `window.pust` backed by a real core in a temp folder, as the preview does over HTTP.
 * The person has been through the first-run setup unless `firstRun` is true: most tests are about
 * the views used every day.
 */
export function installPust(
  options: Parameters<typeof startCore<ManualTime, ManualActivity>>[1] & {
    firstRun?: boolean;
  } = {},
): CoreHarness {
  const { firstRun: fresh = false, ...coreOptions } = options;
  const harness = startCore(undefined, coreOptions);
  // The dispatcher runs a handler before its first await, so this is saved before anything renders.
  if (!fresh) void harness.core.dispatch('settings.update', { firstRunDone: true });
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
  firstRun.reopened = false;
  firstRun.left = false;
}
