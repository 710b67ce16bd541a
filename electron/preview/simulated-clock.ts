import type { PreviewClock } from './preview-clock';

/**
 * The preview's clock: starts at `--now` and runs `--speed` times faster than real time, so a whole
 * workday can be watched (or tested) in minutes. `jump` moves it like a changed system clock.
 */
export class SimulatedClock implements PreviewClock {
  readonly mode = 'real';
  #originSimulated: number;
  #originReal: number;
  #zone: string;

  #speed: number;
  readonly #changeListeners = new Set<() => void>();

  constructor(
    start: Date,
    speed: number,
    zone: string,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.#speed = speed;
    this.#originSimulated = start.getTime();
    this.#originReal = this.realNow();
    this.#zone = zone;
  }

  now(): Date {
    return new Date(this.#originSimulated + (this.realNow() - this.#originReal) * this.#speed);
  }

  timeZone(): string {
    return this.#zone;
  }

  get speed(): number {
    return this.#speed;
  }

  rate(): number {
    return this.#speed;
  }

  /** Runs faster or slower from now on, without moving the simulated time. */
  setSpeed(speed: number): void {
    this.#originSimulated = this.now().getTime();
    this.#originReal = this.realNow();
    this.#speed = speed;
    this.#changed();
  }

  jump(milliseconds: number): void {
    this.#originSimulated += milliseconds;
    this.#changed();
  }

  /** Called after the simulated time jumps or changes speed (armed waits must be recomputed). */
  onChange(listener: () => void): () => void {
    this.#changeListeners.add(listener);
    return () => this.#changeListeners.delete(listener);
  }

  #changed(): void {
    for (const listener of this.#changeListeners) listener();
  }

  setTimeZone(zone: string): void {
    this.#zone = zone;
  }

  /** Real milliseconds until the simulated clock reaches `at` (0 when it already has). */
  realDelayUntil(at: Date): number {
    return Math.max(0, (at.getTime() - this.now().getTime()) / this.#speed);
  }
}
