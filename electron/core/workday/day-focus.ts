import type { DayFocus, FocusPlan, FocusTick } from '../../contract/focus';
import type { JournalEntry } from '../../contract/journal';
import type { Locale } from '../../contract/settings';
import type { WorkProfile } from '../../contract/work-profile';
import { translate } from '../../../content/messages';
import { itemsOf, loadToolContent } from '../../../content/tools/load';
import { resolveDay } from '../engine';
import { addDays, isoWeekday } from '../engine/time';
import type { JournalService } from '../journal';
import type { KeyValueStore, Notifier } from '../ports';

/**
 * The day's focus (issue 18): the top three written at the last end-of-day ritual come back the
 * next workday, to tick off in Today and in the day's first notification; and on the week's last
 * workday, the self-care tool's picks "for this week" come back in the ritual. Read from the
 * journal (nothing is copied out of it but the ticks, kept per day in state.json).
 */

const TICKS_KEY = 'focus.ticks';
const PLAN_KEY = 'focus.plan';
const ANNOUNCED_KEY = 'focus.announced';
/** A top three older than this (a long holiday) is not brought back. */
const LOOK_BACK_DAYS = 7;
const SELF_CARE_TOOL = 'egenomsorg';
const WEEK_PICKS_ITEM = 'tiltak';

interface Ticks {
  date: string;
  done: boolean[];
}

export interface DayFocusOptions {
  journal: JournalService;
  store: KeyValueStore;
  notifier: Notifier;
  locale: () => Locale;
  profile: () => WorkProfile;
  /** Today's local date and zone, as the workday sees them. */
  today: () => { date: string; zone: string };
}

const localDateOf = (entry: JournalEntry) => entry.createdAt.slice(0, 10);

export class DayFocusService {
  readonly #o: DayFocusOptions;

  constructor(options: DayFocusOptions) {
    this.#o = options;
  }

  view(): DayFocus {
    const { date, zone } = this.#o.today();
    const written = this.#lastTopThree(date);
    const ticks = this.#ticks(date);
    return {
      date,
      tasks: (written?.tasks ?? []).map((text, index) => ({ text, done: ticks[index] ?? false })),
      writtenOn: written?.date ?? null,
      weekPicks: this.#lastWorkdayOfWeek(date, zone) ? this.#weekPicks(date) : null,
    };
  }

  tick({ index, done }: FocusTick): DayFocus {
    const { date } = this.#o.today();
    const ticks = [...this.#ticks(date)];
    ticks[index] = done;
    this.#o.store.set(TICKS_KEY, { date, done: ticks } satisfies Ticks);
    return this.view();
  }

  /** The ritual keeps the top three for the next workday (the check-in may have been skipped). */
  plan({ tasks }: FocusPlan): null {
    const { date } = this.#o.today();
    const kept = tasks.map((task) => task.trim()).filter(Boolean);
    this.#o.store.set(PLAN_KEY, { date, tasks: kept });
    return null;
  }

  /** Once a workday has begun, the day's first notification names its top three (once a day). */
  announce(working: boolean): void {
    // Called on every change of the day: the cheap "said already today" check comes first, so
    // the journal is read at most until the day's notice has gone out.
    if (!working || this.#o.store.get(ANNOUNCED_KEY) === this.#o.today().date) return;
    const focus = this.view();
    if (focus.tasks.length === 0) return;
    this.#o.store.set(ANNOUNCED_KEY, focus.date);
    const locale = this.#o.locale();
    this.#o.notifier.show({
      title: translate(locale, 'focus.notify.title'),
      body: focus.tasks.map((task, index) => `${index + 1}. ${task.text}`).join('\n'),
    });
  }

  #entries(kind: 'check-in' | 'tool-result'): JournalEntry[] {
    try {
      return this.#o.journal.list({ kind, limit: 20 }).entries;
    } catch {
      // A journal that cannot be read now (locked, no encryption chosen) has no focus to give.
      return [];
    }
  }

  /** The latest top three written before today: by the ritual's plan, or in a check-in. */
  #lastTopThree(today: string): { date: string; tasks: string[] } | null {
    const oldest = addDays(today, -LOOK_BACK_DAYS);
    const recent = (date: unknown): date is string =>
      typeof date === 'string' && date < today && date >= oldest;
    const stored = this.#o.store.get(PLAN_KEY) as { date?: unknown; tasks?: unknown } | undefined;
    const plan =
      stored && recent(stored.date) && Array.isArray(stored.tasks)
        ? {
            date: stored.date,
            tasks: stored.tasks.filter((t): t is string => typeof t === 'string' && t !== ''),
          }
        : null;
    let checkIn: { date: string; tasks: string[] } | null = null;
    for (const entry of this.#entries('check-in')) {
      const date = localDateOf(entry);
      if (entry.kind !== 'check-in' || !recent(date)) continue;
      const tasks = entry.tomorrowTopThree.map((task) => task.trim()).filter(Boolean);
      if (tasks.length > 0) {
        checkIn = { date, tasks };
        break;
      }
    }
    // The newest ritual decides, even when it left the three empty.
    const latest = plan && (!checkIn || plan.date >= checkIn.date) ? plan : checkIn;
    return latest && latest.tasks.length > 0 ? latest : null;
  }

  #ticks(date: string): boolean[] {
    const stored = this.#o.store.get(TICKS_KEY) as Partial<Ticks> | undefined;
    return stored?.date === date && Array.isArray(stored.done) ? stored.done.map(Boolean) : [];
  }

  /** No workday left in this ISO week after today. */
  #lastWorkdayOfWeek(date: string, zone: string): boolean {
    const profile = this.#o.profile();
    for (let day = addDays(date, 1); isoWeekday(day) !== 1; day = addDays(day, 1)) {
      if (resolveDay(profile, day, zone).workday) return false;
    }
    return true;
  }

  /** The self-care picks made this ISO week, in the person's language (their own words too). */
  #weekPicks(date: string): string[] | null {
    const monday = addDays(date, 1 - isoWeekday(date));
    const entry = this.#entries('tool-result').find(
      (e) => e.kind === 'tool-result' && e.toolId === SELF_CARE_TOOL && localDateOf(e) >= monday,
    );
    if (!entry || entry.kind !== 'tool-result') return null;
    const answer = entry.answers[WEEK_PICKS_ITEM];
    if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return null;
    const tool = loadToolContent(this.#o.locale(), SELF_CARE_TOOL);
    const item = itemsOf(tool).find(({ item: i }) => i.id === WEEK_PICKS_ITEM)?.item;
    const labels = new Map(
      item && 'options' in item ? item.options.map((option) => [option.id, option.label]) : [],
    );
    const picks = answer.chosen.map((id) => labels.get(id) ?? id);
    if (answer.custom?.trim()) picks.push(answer.custom.trim());
    return picks.length > 0 ? picks : null;
  }
}
