import type { Timer } from '../core/ports';
import type { SimulatedClock } from './simulated-clock';

/** The longest delay setTimeout accepts; longer waits are re-armed in steps. */
const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/**
 * The preview's timer: arms at a simulated instant by waiting the matching real time. After the
 * simulated clock jumps, the engine re-plans (it hears `clock-changed`), so stale waits are
 * cancelled by their owner, as node-schedule jobs are after a resume in Electron.
 */
export class SimulatedTimer implements Timer {
  readonly #pending = new Set<() => void>();

  constructor(private readonly clock: SimulatedClock) {
    // After a jump or a change of speed every wait is recomputed from the new simulated time.
    clock.onChange(() => {
      for (const rewait of [...this.#pending]) rewait();
    });
  }

  armAt(at: Date, fire: () => void): () => void {
    let handle: ReturnType<typeof setTimeout> | null = null;
    const clear = () => {
      if (handle) clearTimeout(handle);
      handle = null;
    };
    const wait = () => {
      clear();
      const delay = this.clock.realDelayUntil(at);
      handle = setTimeout(
        () => {
          handle = null;
          if (delay > MAX_TIMEOUT_MS || this.clock.now().getTime() < at.getTime()) {
            wait();
            return;
          }
          this.#pending.delete(wait);
          fire();
        },
        Math.min(delay, MAX_TIMEOUT_MS),
      );
    };
    this.#pending.add(wait);
    wait();
    return () => {
      this.#pending.delete(wait);
      clear();
    };
  }
}
