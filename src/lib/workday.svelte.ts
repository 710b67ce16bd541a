import type { DaySummary, ErrorCode, WorkdayAction, WorkdayView } from '../../electron/contract';
import { getPust } from './api';

/**
 * The workday as core last described it, plus a ticking "now" on core's clock (which runs
 * simulated time in the preview: `clockRate` says how fast, 0 for not at all). Core owns the day;
 * this only mirrors it and asks for actions.
 */
class WorkdayState {
  view = $state<WorkdayView | null>(null);
  week = $state<DaySummary[]>([]);
  error = $state<ErrorCode | null>(null);
  /** Core's "now", advanced locally between updates. */
  now = $state(Date.now());
  #receivedAt = 0;
  #loaded = false;

  apply(view: WorkdayView): void {
    // The week's figures change with the day's status and break counts; refetch only then. The
    // first week comes with the first day (see load).
    const previous = this.view;
    const dayChanged =
      previous !== null &&
      (previous.date !== view.date ||
        previous.status !== view.status ||
        JSON.stringify(previous.counts) !== JSON.stringify(view.counts));
    this.view = view;
    this.#receivedAt = performance.now();
    this.now = view.now;
    if (dayChanged) void this.loadWeek();
  }

  async load(): Promise<void> {
    const pust = getPust();
    if (!pust || this.#loaded) return;
    this.#loaded = true;
    pust.on('workday.changed', (view) => this.apply(view));
    // The day and its week in parallel: Today shows both, and neither depends on the other.
    const [result] = await Promise.all([pust.workday.get(), this.loadWeek()]);
    if (result.ok) this.apply(result.value);
    else this.error = result.error.code;
    // One ticker for the life of the window: the clock on screen follows core's clock.
    setInterval(() => this.#tick(), 1000);
  }

  async loadWeek(): Promise<void> {
    const result = await getPust()?.workday.history({ days: 7 });
    if (result?.ok) this.week = result.value;
  }

  async act(action: WorkdayAction): Promise<boolean> {
    const result = await getPust()?.workday.act(action);
    if (!result) return false;
    if (result.ok) {
      this.error = null;
      this.apply(result.value);
      return true;
    }
    this.error = result.error.code;
    return false;
  }

  #tick(): void {
    // A clock rate of 0 (the preview's manual clock) stands still: "now" moves only with core.
    if (!this.view || this.view.clockRate === 0) return;
    this.now = this.view.now + (performance.now() - this.#receivedAt) * this.view.clockRate;
  }
}

export const workday = new WorkdayState();
