import { randomUUID } from 'node:crypto';
import { PustError } from '../../contract/errors';
import { TeamListSchema, type TeamMember } from '../../contract/team';
import type { KeyValueStore } from '../ports';

const TEAM_KEY = 'team.members';
const MAX_MEMBERS = 200;

/**
 * Leader mode's private list of the people a leader has listening conversations with: names and
 * the date of the last conversation, nothing else, on this machine only.
 */
export class TeamService {
  constructor(
    private readonly store: KeyValueStore,
    private readonly newId: () => string = randomUUID,
  ) {}

  list(): TeamMember[] {
    const parsed = TeamListSchema.safeParse(this.store.get(TEAM_KEY) ?? []);
    return parsed.success
      ? [...parsed.data].sort((a, b) => a.name.localeCompare(b.name, 'nb'))
      : [];
  }

  add(name: string): TeamMember[] {
    const members = this.list();
    if (members.length >= MAX_MEMBERS) {
      throw new PustError('invalid-payload', `At most ${MAX_MEMBERS} team members`);
    }
    return this.#save([
      ...members,
      { id: this.newId(), name: name.trim(), lastConversation: null },
    ]);
  }

  remove(id: string): TeamMember[] {
    const members = this.list();
    if (!members.some((member) => member.id === id))
      throw new PustError('not-found', `No member ${id}`);
    return this.#save(members.filter((member) => member.id !== id));
  }

  talked(id: string, on: string): TeamMember[] {
    const members = this.list();
    const member = members.find((candidate) => candidate.id === id);
    if (!member) throw new PustError('not-found', `No member ${id}`);
    member.lastConversation = on;
    return this.#save(members);
  }

  #save(members: TeamMember[]): TeamMember[] {
    try {
      this.store.set(TEAM_KEY, members);
    } catch (error) {
      throw new PustError('storage-failed', `The team list could not be saved: ${String(error)}`);
    }
    return this.list();
  }
}
