import { vi } from 'vitest';
import { WorkProfileSchema, type WorkProfileInput } from '../../../electron/contract/work-profile';
import { WorkdayEngine } from '../../../electron/core/engine';
import type { Prompt } from '../../../electron/core/engine';
import type {
  ActivityEventKind,
  ActivitySource,
  KeyValueStore,
  Timer,
} from '../../../electron/core/ports';

/** An in-memory KeyValueStore that round-trips through JSON, as electron-store does. */
export class MemoryStore implements KeyValueStore {
  readonly path = '/memory/engine.json';
  readonly data = new Map<string, string>();
  get(key: string): unknown {
    const text = this.data.get(key);
    return text === undefined ? undefined : JSON.parse(text);
  }
  set(key: string, value: unknown): void {
    this.data.set(key, JSON.stringify(value));
  }
  has(key: string): boolean {
    return this.data.has(key);
  }
}

/**
 * A simulated machine on vitest's fake timers: the Timer port arms setTimeout (which, like
 * node-schedule, runs on elapsed time), the clock reads the faked Date, and the person's idle time
 * comes from the away intervals a test declares.
 */
export function simulate(options: {
  at: string;
  zone?: string;
  profile?: WorkProfileInput;
  store?: MemoryStore;
}) {
  vi.useFakeTimers();
  vi.setSystemTime(new Date(options.at));
  let zone = options.zone ?? 'Europe/Oslo';
  const armed: Array<{ at: number; armedAt: number }> = [];
  const timer: Timer = {
    armAt(at, fire) {
      armed.push({ at: at.getTime(), armedAt: Date.now() });
      const id = setTimeout(fire, Math.max(0, at.getTime() - Date.now()));
      return () => clearTimeout(id);
    },
  };
  const awayIntervals: Array<{ from: number; to: number }> = [];
  let idleSamples = 0;
  const listeners = new Set<(kind: ActivityEventKind) => void>();
  const activity: ActivitySource = {
    idleSeconds() {
      idleSamples++;
      const now = Date.now();
      const away = awayIntervals.find((a) => now >= a.from && now < a.to);
      return away ? Math.floor((now - away.from) / 1000) : 0;
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const store = options.store ?? new MemoryStore();
  const engine = new WorkdayEngine({
    clock: { now: () => new Date(), timeZone: () => zone },
    timer,
    activity,
    store,
    profile: WorkProfileSchema.parse(options.profile ?? {}),
  });
  const prompts: Prompt[] = [];
  engine.onPrompt((prompt) => prompts.push(prompt));
  const sim = {
    engine,
    prompts,
    store,
    armed,
    idleSamples: () => idleSamples,
    /** Lets time run (timers fire) until the given instant. */
    runUntil(iso: string) {
      const target = new Date(iso).getTime();
      vi.advanceTimersByTime(Math.max(0, target - Date.now()));
    },
    /** The person leaves the keyboard (idle) between two instants, without locking. */
    away(fromIso: string, toIso: string) {
      awayIntervals.push({ from: Date.parse(fromIso), to: Date.parse(toIso) });
    },
    emit(kind: ActivityEventKind) {
      for (const listener of listeners) listener(kind);
    },
    /** The lid closes now and opens at `untilIso`: no timer runs while asleep. */
    sleepUntil(iso: string) {
      sim.emit('suspend');
      vi.setSystemTime(new Date(iso));
      sim.emit('resume');
    },
    /** The wall clock is set to another instant (NTP, the person, a dying CMOS battery). */
    setClock(iso: string) {
      vi.setSystemTime(new Date(iso));
      sim.emit('clock-changed');
    },
    setZone(next: string) {
      zone = next;
      sim.emit('timezone-changed');
    },
    kinds: () => prompts.map((p) => p.kind),
  };
  return sim;
}

export function localTime(at: number, zone = 'Europe/Oslo'): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(at));
}
