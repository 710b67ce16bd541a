import { createPustApi } from '../../electron/contract/api';
import { startCore, type CoreHarness } from '../support/core-harness';

/** Installs `window.pust` backed by a real core in a temp folder, as the preview does over HTTP. */
export function installPust(): CoreHarness {
  const harness = startCore();
  window.pust = createPustApi({
    invoke: (channel, payload) => harness.core.dispatch(channel, payload),
    subscribe: (listener) => harness.core.subscribe(listener),
  });
  return harness;
}
