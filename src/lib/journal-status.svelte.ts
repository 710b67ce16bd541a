import type { JournalStatus } from '../../electron/contract/journal';
import type { ErrorCode } from '../../electron/contract/errors';
import { getPust } from './api';

/** How the journal is protected and what notices wait, as core last reported it. */
class JournalStatusState {
  status = $state<JournalStatus | null>(null);
  error = $state<ErrorCode | 'unavailable' | null>(null);
  #unsubscribe: (() => void) | null = null;

  async load(): Promise<void> {
    const pust = getPust();
    if (!pust) {
      this.error = 'unavailable';
      return;
    }
    // One subscription for the whole renderer, whichever view asked first.
    this.#unsubscribe ??= pust.on('journal.changed', (status) => (this.status = status));
    const result = await pust.journal.status();
    if (result.ok) {
      this.status = result.value;
      this.error = null;
    } else {
      this.error = result.error.code;
    }
  }

  /** Forgets everything (tests start each case from a fresh window). */
  reset(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = null;
    this.status = null;
    this.error = null;
  }
}

export const journalStatus = new JournalStatusState();
