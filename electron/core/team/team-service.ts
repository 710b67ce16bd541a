import { randomUUID } from 'node:crypto';
import { PustError } from '../../contract/errors';
import {
  DEFAULT_CONVERSATION_RHYTHM_WEEKS,
  TeamListSchema,
  TeamRhythmSchema,
  type TeamMember,
  type TeamMemberView,
  type TeamRhythm,
} from '../../contract/team';
import type { KeyValueStore } from '../ports';
import { isConversationDue } from './conversation-due';

const TEAM_KEY = 'team.members';
const RHYTHM_KEY = 'team.rhythm';
const MAX_MEMBERS = 200;

export interface TeamServiceOptions {
  store: KeyValueStore;
  /** Today's date (YYYY-MM-DD) in the person's zone: the workday's date. */
  today: () => string;
  newId?: () => string;
}

/**
 * Leader mode's private list of the people a leader has listening conversations with: names and
 * the date of the last conversation, nothing else, on this machine only; and the rhythm the
 * leader chose for those conversations, by which each person is due or not.
 */
export class TeamService {
  readonly #store: KeyValueStore;
  readonly #today: () => string;
  readonly #newId: () => string;

  constructor(options: TeamServiceOptions) {
    this.#store = options.store;
    this.#today = options.today;
    this.#newId = options.newId ?? randomUUID;
  }

  /** The list, by name, each member marked due or not by the rhythm as of today. */
  list(): TeamMemberView[] {
    const today = this.#today();
    const rhythmDays = this.rhythm().weeks * 7;
    return this.#members().map((member) => ({
      ...member,
      due: isConversationDue(member.lastConversation, today, rhythmDays),
    }));
  }

  add(name: string): TeamMemberView[] {
    const members = this.#members();
    if (members.length >= MAX_MEMBERS) {
      throw new PustError('invalid-payload', `At most ${MAX_MEMBERS} team members`);
    }
    return this.#save([
      ...members,
      { id: this.#newId(), name: name.trim(), lastConversation: null },
    ]);
  }

  remove(id: string): TeamMemberView[] {
    const members = this.#members();
    if (!members.some((member) => member.id === id))
      throw new PustError('not-found', `No member ${id}`);
    return this.#save(members.filter((member) => member.id !== id));
  }

  talked(id: string, on: string): TeamMemberView[] {
    const members = this.#members();
    const member = members.find((candidate) => candidate.id === id);
    if (!member) throw new PustError('not-found', `No member ${id}`);
    member.lastConversation = on;
    return this.#save(members);
  }

  rhythm(): TeamRhythm {
    const parsed = TeamRhythmSchema.safeParse(this.#store.get(RHYTHM_KEY));
    return parsed.success ? parsed.data : { weeks: DEFAULT_CONVERSATION_RHYTHM_WEEKS };
  }

  setRhythm(rhythm: TeamRhythm): TeamRhythm {
    this.#write(RHYTHM_KEY, { weeks: rhythm.weeks }, 'The conversation rhythm');
    return this.rhythm();
  }

  #members(): TeamMember[] {
    const parsed = TeamListSchema.safeParse(this.#store.get(TEAM_KEY) ?? []);
    return parsed.success
      ? [...parsed.data].sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      : [];
  }

  #save(members: TeamMember[]): TeamMemberView[] {
    this.#write(TEAM_KEY, members, 'The team list');
    return this.list();
  }

  #write(key: string, value: unknown, what: string): void {
    try {
      this.#store.set(key, value);
    } catch (error) {
      throw new PustError('storage-failed', `${what} could not be saved: ${String(error)}`);
    }
  }
}
