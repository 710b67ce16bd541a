import type { Clock } from '../core/ports';

/**
 * The preview's clock: starts at `--now` and runs `--speed` times faster than real time, so a whole
 * workday can be watched (or tested) in minutes. `jump` moves it like a changed system clock.
 */
export class SimulatedClock implements Clock {
  #originSimulated: number;
  #originReal: number;
  #zone: string;

  constructor(
    start: Date,
    readonly speed: number,
    zone: string,
    private readonly realNow: () => number = () => performance.now(),
  ) {
    this.#originSimulated = start.getTime();
    this.#originReal = this.realNow();
    this.#zone = zone;
  }

  now(): Date {
    return new Date(this.#originSimulated + (this.realNow() - this.#originReal) * this.speed);
  }

  timeZone(): string {
    return this.#zone;
  }

  rate(): number {
    return this.speed;
  }

  jump(milliseconds: number): void {
    this.#originSimulated += milliseconds;
  }

  setTimeZone(zone: string): void {
    this.#zone = zone;
  }

  /** Real milliseconds until the simulated clock reaches `at` (0 when it already has). */
  realDelayUntil(at: Date): number {
    return Math.max(0, (at.getTime() - this.now().getTime()) / this.speed);
  }
}
