import { setImmediate as nextMacrotask } from 'node:timers/promises';
import type { Timer } from '../core/ports';
import type { SteppedClock } from './stepped-clock';

/**
 * More timers than this fired at one simulated instant means a callback re-arms itself at once
 * (a loop that would spin forever), not a busy moment of a day.
 */
export const MAX_FIRES_AT_ONE_INSTANT = 10_000;

interface Armed {
  at: number;
  fire: () => void;
}

/**
 * The manual clock's timer: armed callbacks wait in a queue, earliest first (ties in the order
 * they were armed), and fire only when simulated time is stepped past them, each with the clock
 * set to its own instant. However slow the machine, nothing is skipped or reordered, because real
 * time plays no part. A timer armed at or before the current instant fires on the next macrotask
 * without moving the clock, as a real 0-delay timer would.
 *
 * A jump of the clock or a sleep fires nothing: every armed timer keeps the time it had left, as
 * timers on a monotonic clock do (node-schedule's jobs run late by the time a machine slept), and
 * their owners re-plan when they hear of it (clock-changed, resume).
 */
export class SteppedTimer implements Timer {
  readonly #queue: Armed[] = [];
  #fired = 0;
  #promptFirePending = false;
  #atInstant = { at: Number.NaN, fired: 0 };

  constructor(private readonly clock: SteppedClock) {
    clock.onJump((milliseconds) => {
      for (const armed of this.#queue) armed.at += milliseconds;
    });
  }

  armAt(at: Date, fire: () => void): () => void {
    if (Number.isNaN(at.getTime()))
      throw new RangeError('a timer cannot be armed at an invalid date');
    const armed: Armed = { at: at.getTime(), fire };
    const later = this.#queue.findIndex((other) => other.at > armed.at);
    this.#queue.splice(later < 0 ? this.#queue.length : later, 0, armed);
    if (armed.at <= this.#now()) this.#firePromptly();
    return () => {
      const index = this.#queue.indexOf(armed);
      if (index >= 0) this.#queue.splice(index, 1);
    };
  }

  /** The earliest armed timer's instant; null when none is armed. */
  nextAt(): Date | null {
    const head = this.#queue[0];
    return head ? new Date(head.at) : null;
  }

  /**
   * Simulated time passes until `target`: each timer due by then fires in due order with the
   * clock at its own instant (timers armed by those callbacks too, if due by then); then the clock
   * is set to `target`. Resolves with how many fired, once every callback has run, each followed
   * by a macrotask so that what it set going has run too.
   */
  async advanceTo(target: number): Promise<number> {
    const before = this.#fired;
    for (;;) {
      await nextMacrotask();
      const head = this.#queue[0];
      if (!head || head.at > target) break;
      this.#fireEarliest();
    }
    this.clock.passTo(target);
    return this.#fired - before;
  }

  /**
   * Advances to the earliest armed timer and fires it, with every other timer due at that same
   * instant. Resolves with the instant the clock is now at and how many fired, or null when no
   * timer is armed.
   */
  async advanceToNext(): Promise<{ at: Date; fired: number } | null> {
    await nextMacrotask();
    const head = this.#queue[0];
    if (!head) return null;
    const target = Math.max(head.at, this.#now());
    const fired = await this.advanceTo(target);
    return { at: new Date(target), fired };
  }

  /**
   * Resolves once no timer is due at the current instant: after a jump, a sleep or a change of
   * presence, the timers it made due (and their consequences) have fired.
   */
  async settle(): Promise<number> {
    return this.advanceTo(this.#now());
  }

  #now(): number {
    return this.clock.now().getTime();
  }

  #fireEarliest(): void {
    const armed = this.#queue.shift()!;
    this.clock.passTo(armed.at);
    const now = this.#now();
    if (this.#atInstant.at !== now) this.#atInstant = { at: now, fired: 0 };
    if (++this.#atInstant.fired > MAX_FIRES_AT_ONE_INSTANT) {
      throw new Error(
        `more than ${MAX_FIRES_AT_ONE_INSTANT} timers fired at ${new Date(now).toISOString()}: ` +
          'a timer callback re-arms itself at once',
      );
    }
    this.#fired++;
    armed.fire();
  }

  /** A due timer fires on the next macrotask even when nobody steps the clock. */
  #firePromptly(): void {
    if (this.#promptFirePending) return;
    this.#promptFirePending = true;
    setImmediate(() => {
      this.#promptFirePending = false;
      const head = this.#queue[0];
      if (!head || head.at > this.#now()) return;
      this.#fireEarliest();
      const next = this.#queue[0];
      if (next && next.at <= this.#now()) this.#firePromptly();
    });
  }
}
