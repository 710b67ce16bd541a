import { z } from 'zod';
import { translate, type MessageLocale } from '../../../content/messages';
import type { TeamMemberView } from '../../contract/team';
import type { WorkdayView } from '../../contract/workday';
import type { KeyValueStore, Logger, Notifier } from '../ports';
import { daysBetween } from './conversation-due';

const STATE_KEY = 'team.reminders';
/** The same person is named in a reminder at most once in this many days. */
export const SAME_PERSON_DAYS = 7;

/** What the reminders remember between starts: the last day checked, and who was named when. */
const ReminderStateSchema = z.object({
  checkedOn: z.iso.date().nullable(),
  remindedOn: z.record(z.string(), z.iso.date()),
});
export type ReminderState = z.infer<typeof ReminderStateSchema>;

const EMPTY: ReminderState = { checkedOn: null, remindedOn: {} };

/**
 * Whether to remind the leader today, and of whom. Checked once a day, at the first moment the
 * workday is under way ("working"): a leader planning the day can act on it, and Pust says
 * nothing on days off, in the evening or in a meeting. Who is due comes from the team list
 * (the rhythm the leader chose); someone already named in the last week is left out, so a busy
 * week brings one reminder, not five.
 */
export function decideReminder(
  state: ReminderState,
  view: Pick<WorkdayView, 'date' | 'status' | 'leaderMode'>,
  members: readonly TeamMemberView[],
): { state: ReminderState; remind: TeamMemberView[] } | null {
  if (!view.leaderMode || view.status !== 'working' || state.checkedOn === view.date) return null;
  const remind = members.filter((member) => {
    if (!member.due) return false;
    const last = state.remindedOn[member.id];
    return last === undefined || daysBetween(last, view.date) >= SAME_PERSON_DAYS;
  });
  // Only people still on the list are remembered, so the state never grows past the list.
  const remindedOn: Record<string, string> = {};
  for (const member of members) {
    const last = state.remindedOn[member.id];
    if (last !== undefined) remindedOn[member.id] = last;
  }
  for (const member of remind) remindedOn[member.id] = view.date;
  return { state: { checkedOn: view.date, remindedOn }, remind };
}

export interface ConversationRemindersOptions {
  store: KeyValueStore;
  members: () => TeamMemberView[];
  notifier: Notifier;
  locale: () => MessageLocale;
  logger: Logger;
}

/**
 * The leader's reminder of listening conversations that are due, as a system notification at
 * most once a day (see decideReminder for when). It names how many, never who: a notification
 * can pop up on a shared screen, and the team list is the leader's private note.
 */
export class ConversationReminders {
  readonly #o: ConversationRemindersOptions;

  constructor(options: ConversationRemindersOptions) {
    this.#o = options;
  }

  /** Given each new workday view. */
  onWorkday(view: Pick<WorkdayView, 'date' | 'status' | 'leaderMode'>): void {
    if (!view.leaderMode || view.status !== 'working') return;
    const decision = decideReminder(this.#read(), view, this.#o.members());
    if (!decision) return;
    try {
      this.#o.store.set(STATE_KEY, decision.state);
    } catch (error) {
      // Not remembering means at worst one more reminder tomorrow; never lose the day over it.
      this.#o.logger.warn(`Conversation reminders not saved: ${String(error)}`);
    }
    const count = decision.remind.length;
    if (count === 0) return;
    const locale = this.#o.locale();
    this.#o.notifier.show({
      title: translate(locale, 'tools.team.notifyTitle'),
      body:
        count === 1
          ? translate(locale, 'tools.team.notifyOne')
          : translate(locale, 'tools.team.notifyMany', { count }),
    });
  }

  #read(): ReminderState {
    const parsed = ReminderStateSchema.safeParse(this.#o.store.get(STATE_KEY));
    return parsed.success ? parsed.data : EMPTY;
  }
}
