import { PustError } from '../../contract/errors';
import { RitualDraftSchema, type RitualDraft } from '../../contract/team';
import type { KeyValueStore } from '../ports';

const DRAFT_KEY = 'ritual.draft';

/**
 * The end-of-day ritual in progress, kept in core so a reloaded or crashed window resumes where
 * the person was. Only today's draft is offered back.
 */
export class RitualDrafts {
  constructor(
    private readonly store: KeyValueStore,
    private readonly today: () => string,
  ) {}

  get(): RitualDraft | null {
    const parsed = RitualDraftSchema.safeParse(this.store.get(DRAFT_KEY));
    return parsed.success && parsed.data.date === this.today() ? parsed.data : null;
  }

  save(draft: RitualDraft): null {
    try {
      this.store.set(DRAFT_KEY, draft);
    } catch (error) {
      throw new PustError('storage-failed', `The ritual could not be saved: ${String(error)}`);
    }
    return null;
  }

  clear(): null {
    this.store.set(DRAFT_KEY, null);
    return null;
  }
}
