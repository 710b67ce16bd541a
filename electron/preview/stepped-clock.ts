import type { PreviewClock } from './preview-clock';

/**
 * The preview's manual clock (`--clock manual`): it stands still, whatever real time does, and
 * moves only when asked: forward by the stepped timer as simulated time passes, or either way by a
 * jump (a changed system clock) or a sleep. A busy machine cannot lose simulated time with it.
 */
export class SteppedClock implements PreviewClock {
  readonly mode = 'manual';
  readonly speed = 0;
  #at: number;
  #zone: string;
  readonly #jumpListeners = new Set<(milliseconds: number) => void>();

  constructor(start: Date, zone: string) {
    this.#at = start.getTime();
    this.#zone = zone;
  }

  now(): Date {
    return new Date(this.#at);
  }

  timeZone(): string {
    return this.#zone;
  }

  /** 0: the renderer must not tick its clock on its own; it hears of each step instead. */
  rate(): number {
    return 0;
  }

  setTimeZone(zone: string): void {
    this.#zone = zone;
  }

  /** A changed system clock, or a sleep: the clock leaps without time passing for timers. */
  jump(milliseconds: number): void {
    this.#at += milliseconds;
    for (const listener of this.#jumpListeners) listener(milliseconds);
  }

  /** Called at once when the clock jumps, before anyone is told (the stepped timer's cue). */
  onJump(listener: (milliseconds: number) => void): () => void {
    this.#jumpListeners.add(listener);
    return () => this.#jumpListeners.delete(listener);
  }

  /** Time passing: moves forward to `at`, never back (a timer due in the past leaves it). */
  passTo(at: number): void {
    if (at > this.#at) this.#at = at;
  }
}
