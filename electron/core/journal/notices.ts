import {
  JournalNoticeSchema,
  type JournalNotice,
  type RecoveryReason,
} from '../../contract/journal';
import type { KeyValueStore, Logger } from '../ports';

export const NOTICES_KEY = 'journal.notices';

/**
 * What the person is told about a repaired journal (where the untouched copy lies, how much was
 * recovered), kept in state.json until they dismiss it. A notice that cannot be saved is still
 * shown in this session.
 */
export class RecoveryNotices {
  readonly #store: KeyValueStore;
  readonly #logger: Logger;
  #notices: JournalNotice[];

  constructor(store: KeyValueStore, logger: Logger) {
    this.#store = store;
    this.#logger = logger;
    this.#notices = this.#stored();
  }

  list(): JournalNotice[] {
    return [...this.#notices];
  }

  dismiss(id: string): void {
    this.#notices = this.#notices.filter((notice) => notice.id !== id);
    this.#save();
  }

  /** Forgets the notices about copies that were deleted. */
  forgetCopies(copies: readonly string[]): void {
    this.#notices = this.#notices.filter((notice) => !copies.includes(notice.copyPath));
    this.#save();
  }

  add(notice: {
    id: string;
    at: string;
    reason: RecoveryReason;
    copyPath: string;
    recoveredEntries: number;
    unreadableRecords: number;
    detail: string;
  }): void {
    this.#logger.warn(
      `Journal recovered (${notice.reason}): ${notice.recoveredEntries} entries kept, ` +
        `${notice.unreadableRecords} records unreadable; the damaged file was copied to ` +
        `${notice.copyPath}. ${notice.detail}`,
    );
    this.#notices.push({ kind: 'recovered', ...notice });
    this.#save();
  }

  #stored(): JournalNotice[] {
    let raw: unknown;
    try {
      raw = this.#store.get(NOTICES_KEY);
    } catch {
      return [];
    }
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((item) => {
      const parsed = JournalNoticeSchema.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
  }

  #save(): void {
    try {
      this.#store.set(NOTICES_KEY, this.#notices);
    } catch (error) {
      this.#logger.error(`Could not keep journal notices: ${String(error)}`);
    }
  }
}
