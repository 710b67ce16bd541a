import fc from 'fast-check';
import type { ActionResult } from '../../../electron/core/engine';
import type { simulate } from './harness';

/** One thing that happens to the simulated machine or that the person does. */
export type Op =
  | { op: 'work' | 'idle' | 'stall' | 'sleep' | 'jump-back' | 'lock'; minutes: number }
  | { op: 'zone'; zone: string }
  | { op: 'postpone' | 'skip' | 'complete' | 'meeting-on' | 'meeting-off' | 'hold' }
  | { op: 'take-break' | 'work-late' | 'start-day' | 'end-day' };

const ACTIONS = [
  'postpone',
  'skip',
  'complete',
  'meeting-on',
  'meeting-off',
  'hold',
  'take-break',
  'work-late',
  'start-day',
  'end-day',
] as const;

const timed = (op: 'work' | 'idle' | 'stall' | 'sleep' | 'jump-back' | 'lock', max: number) =>
  fc.record({ op: fc.constant(op), minutes: fc.integer({ min: 1, max }) });

/** Days as they come: mostly work, with idling, stalls, sleep, clocks and zones, and answers. */
export const ops: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: timed('work', 120) },
  timed('idle', 90),
  timed('stall', 30),
  timed('sleep', 300),
  timed('jump-back', 180),
  timed('lock', 120),
  fc.record({
    op: fc.constant('zone' as const),
    zone: fc.constantFrom('Europe/Oslo', 'Europe/London', 'Europe/Helsinki'),
  }),
  fc.record({ op: fc.constantFrom(...ACTIONS) }),
);

/** Does it to the simulated machine; an action's result is returned (null for time passing). */
export function perform(sim: ReturnType<typeof simulate>, step: Op): ActionResult | null {
  const now = sim.time.now().getTime();
  const later = (minutes: number) => new Date(now + minutes * 60_000).toISOString();
  switch (step.op) {
    case 'work':
      sim.runUntil(later(step.minutes));
      return null;
    case 'idle':
      sim.away(new Date(now).toISOString(), later(step.minutes));
      sim.runUntil(later(step.minutes));
      return null;
    case 'stall':
      sim.stallUntil(later(step.minutes));
      sim.time.runFor(0);
      return null;
    case 'sleep':
      sim.sleepUntil(later(step.minutes));
      return null;
    case 'lock':
      sim.lockUntil(later(step.minutes));
      return null;
    case 'jump-back':
      sim.setClock(later(-step.minutes));
      return null;
    case 'zone':
      sim.setZone(step.zone);
      return null;
    case 'postpone':
      return sim.engine.postpone();
    case 'skip':
      return sim.engine.skip();
    case 'complete':
      return sim.engine.complete();
    case 'meeting-on':
      return sim.engine.setMeeting(true);
    case 'meeting-off':
      return sim.engine.setMeeting(false);
    case 'hold':
      return sim.engine.hold('30m');
    case 'take-break':
      return sim.engine.takeBreakNow();
    case 'work-late':
      return sim.engine.workLate('deadline');
    case 'start-day':
      return sim.engine.startDay();
    case 'end-day':
      return sim.engine.endDay();
  }
}
