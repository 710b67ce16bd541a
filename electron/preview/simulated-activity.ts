import type { ActivityEventKind, ActivitySource, Timer } from '../core/ports';
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

export type SimulationOp =
  | { op: 'active' }
  | { op: 'speed'; speed: number }
  | { op: 'idle' }
  | { op: 'lock' }
  | { op: 'unlock' }
  | { op: 'suspend'; hours: number }
  | { op: 'jump'; minutes: number }
  | { op: 'timezone'; zone: string };

/**
 * What the person at the machine is doing, driven from the dev panel: present or idle, screen
 * locked, machine asleep for some hours, the clock or time zone changed. Stands in for Electron's
 * powerMonitor.
 */
export class SimulatedActivity implements ActivitySource {
  #idleSince: number | null = null;
  readonly #listeners = new Set<(kind: ActivityEventKind) => void>();

  constructor(private readonly clock: SimulatedClock) {}

  idleSeconds(): number {
    return this.#idleSince === null
      ? 0
      : Math.max(0, (this.clock.now().getTime() - this.#idleSince) / 1000);
  }

  onEvent(listener: (kind: ActivityEventKind) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** What the person is doing now, for the dev panel. */
  describe(): { idle: boolean; idleSeconds: number } {
    return { idle: this.#idleSince !== null, idleSeconds: Math.round(this.idleSeconds()) };
  }

  apply(operation: SimulationOp): void {
    const now = this.clock.now().getTime();
    switch (operation.op) {
      case 'active':
        this.#idleSince = null;
        return;
      case 'speed':
        // Armed timers wait in real time: re-plan them at the new speed, as after a clock change.
        this.clock.setSpeed(operation.speed);
        return this.#emit('clock-changed');
      case 'idle':
        this.#idleSince ??= now;
        return;
      case 'lock':
        this.#idleSince ??= now;
        return this.#emit('lock');
      case 'unlock':
        this.#idleSince = null;
        return this.#emit('unlock');
      case 'suspend':
        // Asleep: nobody at the machine, time passes at once, then the machine wakes up.
        this.#idleSince ??= now;
        this.#emit('suspend');
        this.clock.jump(operation.hours * 3_600_000);
        this.#emit('resume');
        this.#idleSince = null;
        return;
      case 'jump':
        this.clock.jump(operation.minutes * 60_000);
        return this.#emit('clock-changed');
      case 'timezone':
        this.clock.setTimeZone(operation.zone);
        return this.#emit('timezone-changed');
    }
  }

  #emit(kind: ActivityEventKind): void {
    for (const listener of this.#listeners) listener(kind);
  }
}
