import { WorkProfileSchema, type WorkProfileInput } from '../../../electron/contract/work-profile';
import {
  WorkdayRuntime,
  type Delivery,
  type EngineAction,
  type HoldLength,
  type PlanJson,
  type Prompt,
} from '../../../electron/core/engine';
import { MemoryStore, VirtualActivity, VirtualTime } from '../../support/fakes';

export { MemoryStore };

/**
 * A simulated machine for the workday runtime: a virtual clock and timer (stepped, with stalls
 * and sleeps), a person whose idle time the test declares, and an in-memory store. Records what
 * reaches the host: every prompt with its delivery, every window closed. Each step's model is
 * frozen first, so a step that edits the state it was given fails the test.
 */
export function simulate(options: {
  at: string;
  zone?: string;
  profile?: WorkProfileInput;
  store?: MemoryStore;
  /** false: every idle sample takes the full step (to compare with the shortcut). */
  quickSamples?: boolean;
  /** false: skip freezing each model (only for tests that live through years; others check). */
  checkPurity?: boolean;
}) {
  const time = new VirtualTime(options.at, options.zone ?? 'Europe/Oslo');
  const activity = new VirtualActivity(time);
  const store = options.store ?? new MemoryStore();
  const runtime = new WorkdayRuntime({
    clock: time,
    timer: time,
    activity,
    store,
    profile: WorkProfileSchema.parse(options.profile ?? {}),
    checkPurity: options.checkPurity ?? true,
    quickSamples: options.quickSamples ?? true,
  });
  const prompts: Prompt[] = [];
  const deliveries: Delivery[] = [];
  const restored: Prompt[] = [];
  const closed: string[] = [];
  /** For each prompt, which step brought it (every step that offers one ends with a change). */
  const promptSteps: number[] = [];
  /** The prompt window the host has on screen now, as told by the runtime. */
  let hostWindow: string | null = null;
  /** What the simulated person does when a prompt reaches them (set by a test). */
  let person: ((prompt: Prompt, delivery: Delivery) => void) | null = null;
  let changes = 0;
  const act = (action: EngineAction) => runtime.act(action);
  const engine = {
    start() {
      runtime.start({
        prompt(prompt, delivery, wasRestored) {
          if (delivery.kind === 'window') hostWindow = prompt.id;
          if (wasRestored) restored.push(prompt);
          else {
            prompts.push(prompt);
            deliveries.push(delivery);
            promptSteps.push(changes);
            person?.(prompt, delivery);
          }
        },
        close(id) {
          closed.push(id);
          if (hostWindow === id) hostWindow = null;
        },
        changed: () => changes++,
      });
    },
    stop: () => runtime.stop(),
    state: () => runtime.state(),
    history: (days: number) => runtime.history(days),
    act,
    complete: () => act({ type: 'complete' }),
    skip: () => act({ type: 'skip' }),
    postpone: () => act({ type: 'postpone' }),
    takeBreakNow: () => act({ type: 'take-break' }),
    hold: (length: HoldLength) => act({ type: 'hold', length }),
    resumePrompts: () => act({ type: 'resume' }),
    setMeeting: (on: boolean, minutes?: number) =>
      act(minutes === undefined ? { type: 'meeting', on } : { type: 'meeting', on, minutes }),
    startDay: () => act({ type: 'start-day' }),
    endDay: () => act({ type: 'end-day' }),
    workLate: (reason: string | null) => act({ type: 'work-late', reason }),
  };
  const sim = {
    engine,
    runtime,
    time,
    activity,
    prompts,
    deliveries,
    restored,
    closed,
    promptSteps,
    hostWindow: () => hostWindow,
    store,
    changes: () => changes,
    /** Timers armed so far (wall clock: when for, and when armed). */
    armed: time.armed,
    idleReads: () => activity.reads,
    /** Lets time run (timers fire, each at its instant) until the given instant. */
    runUntil(iso: string) {
      time.runUntil(iso);
    },
    /** The event loop is blocked until `iso`; what fell due fires late, at once, afterwards. */
    stallUntil(iso: string) {
      time.stall(iso);
    },
    /** The person leaves the keyboard (idle) between two instants, without locking. */
    away(fromIso: string, toIso: string) {
      activity.away(fromIso, toIso);
    },
    emit(kind: Parameters<VirtualActivity['emit']>[0]) {
      activity.emit(kind);
    },
    /** The lid closes now and opens at `iso`: no timer runs while asleep. */
    sleepUntil(iso: string) {
      activity.emit('suspend');
      time.jump(iso);
      activity.emit('resume');
    },
    /** The screen locks now and is unlocked at `iso`; timers run meanwhile. */
    lockUntil(iso: string) {
      activity.emit('lock');
      time.runUntil(iso);
      activity.emit('unlock');
    },
    /** The wall clock is set to another instant (NTP, the person, a dying CMOS battery). */
    setClock(iso: string) {
      time.jump(iso);
      activity.emit('clock-changed');
    },
    setZone(next: string) {
      time.setZone(next);
      activity.emit('timezone-changed');
    },
    kinds: () => prompts.map((p) => p.kind),
    /** How the person reacts to each prompt as it reaches them (e.g. leaves the keys). */
    onPrompt(react: (prompt: Prompt, delivery: Delivery) => void) {
      person = react;
    },
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

/** A Saturday or Sunday as the plan's `--json` form gives it: no workday, nothing planned. */
export function plannedWeekendDay(date: string): PlanJson['days'][number] {
  return {
    date,
    workday: false,
    reason: 'weekend',
    holiday: null,
    start: null,
    end: null,
    latestStop: null,
    events: [],
  };
}
