import type {
  ActivityEventKind,
  ActivitySource,
  Clock,
  KeyValueStore,
  Logger,
  Timer,
} from '../../electron/core/ports';

/**
 * One fake per port, for every test that needs one. Time is virtual and stepped: nothing here
 * waits for real time, so a slow or busy machine cannot change what a test sees.
 */

/**
 * An in-memory KeyValueStore that round-trips through JSON, as electron-store does. A test that
 * lives through years may keep values as they are (`json: false`): the engine never edits what it
 * stored, and writing JSON every minute of 2,000 days is most of such a test's time.
 */
export class MemoryStore implements KeyValueStore {
  readonly path = '/memory/state.json';
  readonly data = new Map<string, unknown>();
  readonly #json: boolean;
  writes = 0;
  constructor(options: { json?: boolean } = {}) {
    this.#json = options.json ?? true;
  }
  get(key: string): unknown {
    const stored = this.data.get(key);
    if (!this.#json) return stored;
    return stored === undefined ? undefined : JSON.parse(stored as string);
  }
  set(key: string, value: unknown): void {
    this.writes++;
    this.data.set(key, this.#json ? JSON.stringify(value) : value);
  }
  has(key: string): boolean {
    return this.data.has(key);
  }
}

/** A logger that keeps every line, as "level: message" (in `lines`, or the array it is given). */
export class RecordingLogger implements Logger {
  constructor(readonly lines: string[] = []) {}
  info(message: string): void {
    this.lines.push(`info: ${message}`);
  }
  warn(message: string): void {
    this.lines.push(`warn: ${message}`);
  }
  error(message: string): void {
    this.lines.push(`error: ${message}`);
  }
}

interface Job {
  /** Due on the elapsed-time clock, as Node's timers (and node-schedule) are. */
  monoAt: number;
  seq: number;
  fire: () => void;
  live: boolean;
  armedAt: number;
  at: number;
}

/**
 * A wall clock and a timer that the test moves by hand. Timers run on elapsed time, as Node's do:
 * a wall clock that jumps (a sleep, a changed clock) does not move them, so one armed before a
 * sleep fires late unless its owner re-arms it, exactly as node-schedule behaves. `stall` blocks
 * the event loop: time passes and every timer due meanwhile fires late, in due order, at once.
 */
export class VirtualTime implements Clock, Timer {
  #wall: number;
  #mono = 0;
  #zone: string;
  #seq = 0;
  readonly #jobs = new Set<Job>();
  /** Every timer ever armed: when for, and when it was armed (wall clock). */
  readonly armed: Array<{ at: number; armedAt: number }> = [];

  constructor(start: string | number | Date, zone = 'Europe/Oslo') {
    this.#wall = new Date(start).getTime();
    this.#zone = zone;
  }

  now(): Date {
    return new Date(this.#wall);
  }

  timeZone(): string {
    return this.#zone;
  }

  setZone(zone: string): void {
    this.#zone = zone;
  }

  armAt(at: Date, fire: () => void): () => void {
    const job: Job = {
      monoAt: this.#mono + (at.getTime() - this.#wall),
      seq: this.#seq++,
      fire,
      live: true,
      armedAt: this.#wall,
      at: at.getTime(),
    };
    this.armed.push({ at: job.at, armedAt: job.armedAt });
    this.#jobs.add(job);
    return () => {
      job.live = false;
      this.#jobs.delete(job);
    };
  }

  /** Timers armed and not yet fired or cancelled. */
  pending(): number {
    return this.#jobs.size;
  }

  #advance(ms: number): void {
    this.#mono += ms;
    this.#wall += ms;
  }

  /** Lets time run to `target`: due timers fire in order, each at its own instant. */
  runUntil(target: string | number | Date): void {
    const until = new Date(target).getTime();
    for (;;) {
      const horizon = this.#mono + (until - this.#wall);
      let next: Job | null = null;
      for (const job of this.#jobs) {
        if (!job.live || job.monoAt > horizon) continue;
        if (!next || job.monoAt < next.monoAt || (job.monoAt === next.monoAt && job.seq < next.seq))
          next = job;
      }
      if (!next) break;
      this.#advance(Math.max(0, next.monoAt - this.#mono));
      next.live = false;
      this.#jobs.delete(next);
      next.fire();
    }
    if (until > this.#wall) this.#advance(until - this.#wall);
  }

  runFor(ms: number): void {
    this.runUntil(this.#wall + ms);
  }

  /** The event loop is blocked until `target`: nothing fires now; what fell due fires late next. */
  stall(target: string | number | Date): void {
    const until = new Date(target).getTime();
    if (until > this.#wall) this.#advance(until - this.#wall);
  }

  /** The wall clock moves without elapsed time (asleep, or the clock was set). */
  jump(target: string | number | Date): void {
    this.#wall = new Date(target).getTime();
  }
}

/**
 * The person at the machine: idle time comes from the stretches a test declares (or from an idle
 * start it sets), and lock, sleep, clock and zone changes are events the test emits.
 */
export class VirtualActivity implements ActivitySource {
  readonly #time: Clock;
  #away: Array<{ from: number; to: number }> = [];
  readonly #listeners = new Set<(kind: ActivityEventKind) => void>();
  #idleSince: number | null = null;
  /** How many times the idle time was read. */
  reads = 0;

  constructor(time: Clock) {
    this.#time = time;
  }

  idleSeconds(): number {
    this.reads++;
    const now = this.#time.now().getTime();
    if (this.#idleSince !== null && now >= this.#idleSince) {
      return Math.floor((now - this.#idleSince) / 1000);
    }
    // Stretches long past cannot matter again (a clock set back goes hours, not days): drop them,
    // so a test living through years reads idle time as fast on the last day as on the first.
    if (this.#away.length > 64) this.#away = this.#away.filter((a) => a.to > now - 2 * 86_400_000);
    const away = this.#away.find((a) => now >= a.from && now < a.to);
    return away ? Math.floor((now - away.from) / 1000) : 0;
  }

  /** The person leaves the keyboard (idle, not locked) between two instants. */
  away(from: string | number, to: string | number): void {
    this.#away.push({ from: new Date(from).getTime(), to: new Date(to).getTime() });
  }

  /** From `since` on the person is idle, until `active()`. */
  idleFrom(since: number): void {
    this.#idleSince = since;
  }

  active(): void {
    this.#idleSince = null;
  }

  onEvent(listener: (kind: ActivityEventKind) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(kind: ActivityEventKind): void {
    for (const listener of [...this.#listeners]) listener(kind);
  }
}
