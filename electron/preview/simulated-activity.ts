import type { ActivityEventKind, ActivitySource } from '../core/ports';
import type { PreviewClock } from './preview-clock';
import type { SimulationOp } from './simulation-op';

/** What the person and the machine do; the clock's own steps are the Simulator's. */
export type MachineOp = Extract<
  SimulationOp,
  { op: 'active' | 'idle' | 'lock' | 'unlock' | 'suspend' | 'jump' | 'timezone' }
>;

/**
 * What the person at the machine is doing, driven from the dev panel: present or idle, screen
 * locked, machine asleep for some hours, the clock or time zone changed. Stands in for Electron's
 * powerMonitor.
 */
export class SimulatedActivity implements ActivitySource {
  #idleSince: number | null = null;
  readonly #listeners = new Set<(kind: ActivityEventKind) => void>();

  constructor(private readonly clock: PreviewClock) {}

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

  apply(operation: MachineOp): void {
    const now = this.clock.now().getTime();
    switch (operation.op) {
      case 'active':
        this.#idleSince = null;
        return;
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
        // Asleep: nobody at the machine, time passes at once (no timer fires at the instants in
        // between, as none does in a sleeping machine), then the machine wakes up.
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

  /** Tells core what the operating system would report (e.g. the clock changed). */
  announce(kind: ActivityEventKind): void {
    this.#emit(kind);
  }

  #emit(kind: ActivityEventKind): void {
    for (const listener of this.#listeners) listener(kind);
  }
}
