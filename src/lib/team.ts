/**
 * Leader mode's team list as the tools use it: a saved listening conversation marks the person it
 * was with as talked to today.
 */
import type { TeamMemberView, TeamRhythm } from '../../electron/contract/team';
import type { Section } from '../../content/tools/schema';
import { getPust } from './api';
import { localDay } from './format';
import type { Answers } from './tools';
import { workday } from './workday.svelte';

/**
 * The conversation rhythms a leader may choose, in weeks. The renderer may import only types from
 * the contract, so the list is repeated here, typed so that it holds only allowed values.
 */
export const RHYTHM_WEEKS = [2, 3, 4, 6, 8] as const satisfies readonly TeamRhythm['weeks'][];
type Missing = Exclude<TeamRhythm['weeks'], (typeof RHYTHM_WEEKS)[number]>;
/** Fails to type-check when the contract allows a rhythm this list does not offer. */
export const rhythmListIsComplete: [Missing] extends [never] ? true : false = true;

/** Today as core's workday has it (the preview's simulated day too), else the machine's. */
export function teamToday(): string {
  return workday.view?.date ?? localDay(new Date());
}

/** The team list as core has it (each member marked due or not), or null when it cannot be read. */
export async function loadTeam(): Promise<TeamMemberView[] | null> {
  const result = await getPust()?.team.list();
  return result?.ok ? result.value : null;
}

/**
 * Marks each person picked in a `team-member` item as talked to today. Returns the names it
 * marked; a name no longer on the list (removed meanwhile) is skipped.
 */
export async function markTalked(
  sections: readonly Section[],
  answers: Answers,
): Promise<string[]> {
  const names = sections
    .flatMap((section) => section.items)
    .filter((item) => item.kind === 'team-member')
    .map((item) => answers[item.id])
    .filter((answer): answer is string => typeof answer === 'string' && answer.length > 0);
  if (names.length === 0) return [];
  const pust = getPust();
  const list = await loadTeam();
  if (!pust || !list) return [];
  const marked: string[] = [];
  for (const name of new Set(names)) {
    const member = list.find((candidate) => candidate.name === name);
    if (!member) continue;
    const result = await pust.team.talked({ id: member.id, on: teamToday() });
    if (result.ok) marked.push(name);
  }
  return marked;
}
