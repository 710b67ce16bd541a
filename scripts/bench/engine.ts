/**
 * Engine figures for `npm run bench` (the lead's scripts/bench.ts prints them): how long planning a
 * year takes, and how many timers a simulated 8-hour day arms. Returns figures; prints nothing.
 */
import { DEFAULT_WORK_PROFILE } from '../../electron/contract/work-profile';
import { WorkdayRuntime, planDays } from '../../electron/core/engine';
import type { ActivitySource, KeyValueStore, Timer } from '../../electron/core/ports';

interface Figure {
  name: string;
  value: number;
  unit: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function planYearMs(): number {
  const runs: number[] = [];
  planDays(DEFAULT_WORK_PROFILE, '2026-01-01', 365, 'Europe/Oslo'); // warm-up: holiday tables, JIT
  for (let i = 0; i < 9; i++) {
    const started = performance.now();
    planDays(DEFAULT_WORK_PROFILE, '2026-01-01', 365, 'Europe/Oslo');
    runs.push(performance.now() - started);
  }
  return Math.round(median(runs) * 100) / 100;
}

/**
 * A discrete-event simulation of 08:00–16:00 on a Thursday: a virtual clock and a timer queue that
 * fires armed callbacks in order, so the count is exact and no real time passes.
 */
function timersInEightHourDay(): { timers: number; samples: number; prompts: number } {
  let now = Date.parse('2026-03-26T08:00:00+01:00');
  const end = Date.parse('2026-03-26T16:00:00+01:00');
  let sequence = 0;
  const queue = new Map<number, { at: number; fire: () => void }>();
  let armed = 0;
  const timer: Timer = {
    armAt(at, fire) {
      armed++;
      const id = sequence++;
      queue.set(id, { at: at.getTime(), fire });
      return () => queue.delete(id);
    },
  };
  let samples = 0;
  const activity: ActivitySource = {
    idleSeconds: () => {
      samples++;
      return 0;
    },
    onEvent: () => () => undefined,
  };
  const data = new Map<string, unknown>();
  const store: KeyValueStore = {
    path: ':memory:',
    get: (key) => data.get(key),
    set: (key, value) => void data.set(key, value),
    has: (key) => data.has(key),
  };
  const runtime = new WorkdayRuntime({
    clock: { now: () => new Date(now), timeZone: () => 'Europe/Oslo' },
    timer,
    activity,
    store,
    profile: DEFAULT_WORK_PROFILE,
  });
  let prompts = 0;
  runtime.start({ prompt: () => prompts++, close: () => undefined, changed: () => undefined });
  for (;;) {
    let next: [number, { at: number; fire: () => void }] | null = null;
    for (const entry of queue) if (!next || entry[1].at < next[1].at) next = entry;
    if (!next || next[1].at > end) break;
    queue.delete(next[0]);
    now = Math.max(now, next[1].at);
    next[1].fire();
  }
  runtime.stop();
  return { timers: armed, samples, prompts };
}

export async function bench(): Promise<Figure[]> {
  const day = timersInEightHourDay();
  return [
    { name: 'engine.plan-365-days', value: planYearMs(), unit: 'ms' },
    { name: 'engine.timers-armed-8h-day', value: day.timers, unit: 'timers' },
    { name: 'engine.idle-samples-8h-day', value: day.samples, unit: 'samples' },
    { name: 'engine.prompts-8h-day', value: day.prompts, unit: 'prompts' },
  ];
}
