import type { PustApi } from '../../electron/contract/api';

declare global {
  interface Window {
    /** Set by the preload in Electron and by the bridge in the web preview. */
    pust?: PustApi;
  }
}

/** The contract's client, or null when the page runs without a host (shown as an error). */
export function getPust(): PustApi | null {
  return window.pust ?? null;
}
