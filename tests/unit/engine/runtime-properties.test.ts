import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from './harness';

afterEach(() => {
  vi.useRealTimers();
});

type Step =
  | { op: 'work'; minutes: number }
  | { op: 'sleep'; minutes: number }
  | { op: 'jump-back'; minutes: number }
  | { op: 'lock'; minutes: number }
  | { op: 'zone'; zone: string }
  | { op: 'postpone' | 'skip' | 'complete' | 'meeting-on' | 'meeting-off' | 'pause' };

const steps: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('work' as const),
      minutes: fc.integer({ min: 1, max: 120 }),
    }),
  },
  fc.record({ op: fc.constant('sleep' as const), minutes: fc.integer({ min: 1, max: 300 }) }),
  fc.record({ op: fc.constant('jump-back' as const), minutes: fc.integer({ min: 1, max: 180 }) }),
  fc.record({ op: fc.constant('lock' as const), minutes: fc.integer({ min: 1, max: 120 }) }),
  fc.record({
    op: fc.constant('zone' as const),
    zone: fc.constantFrom('Europe/Oslo', 'Europe/London', 'Europe/Helsinki'),
  }),
  fc.record({
    op: fc.constantFrom(
      'postpone' as const,
      'skip' as const,
      'complete' as const,
      'meeting-on' as const,
      'meeting-off' as const,
      'pause' as const,
    ),
  }),
);

describe('runtime invariants (fast-check)', () => {
  it('no prompt fires twice, end of day and lunch at most once a day, at most one catch-up per wake-up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 6 * 60, max: 14 * 60 }),
        fc.array(steps, { minLength: 1, maxLength: 8 }),
        (startMinute, plan) => {
          const start = Date.parse('2026-03-26T00:00:00+01:00') + startMinute * 60_000;
          const sim = simulate({ at: new Date(start).toISOString() });
          sim.engine.start();
          for (const step of plan) {
            const before = sim.prompts.length;
            switch (step.op) {
              case 'work':
                vi.advanceTimersByTime(step.minutes * 60_000);
                break;
              case 'sleep':
                sim.sleepUntil(new Date(Date.now() + step.minutes * 60_000).toISOString());
                break;
              case 'lock':
                sim.emit('lock');
                vi.setSystemTime(new Date(Date.now() + step.minutes * 60_000));
                sim.emit('unlock');
                break;
              case 'jump-back':
                sim.setClock(new Date(Date.now() - step.minutes * 60_000).toISOString());
                break;
              case 'zone':
                sim.setZone(step.zone);
                break;
              case 'postpone':
                sim.engine.postpone();
                break;
              case 'skip':
                sim.engine.skip();
                break;
              case 'complete':
                sim.engine.complete();
                break;
              case 'meeting-on':
                sim.engine.setMeeting(true);
                break;
              case 'meeting-off':
                sim.engine.setMeeting(false);
                break;
              case 'pause':
                sim.engine.pause('30m');
                break;
            }
            if (
              step.op === 'sleep' ||
              step.op === 'lock' ||
              step.op === 'jump-back' ||
              step.op === 'zone'
            ) {
              expect(sim.prompts.slice(before).length).toBeLessThanOrEqual(1);
            }
          }
          sim.engine.stop();
          const ids = sim.prompts.map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          for (const kind of [
            'end-of-day',
            'lunch',
            'end-of-day-heads-up',
            'night-notice',
            'latest-stop',
          ] as const) {
            const perDay = new Map<string, number>();
            for (const p of sim.prompts.filter((q) => q.kind === kind && q.postponed === 0)) {
              const date = p.id.slice(0, 10);
              perDay.set(date, (perDay.get(date) ?? 0) + 1);
            }
            for (const count of perDay.values()) expect(count).toBe(1);
          }
          vi.useRealTimers();
        },
      ),
      { numRuns: 50 },
    );
    // Thousands of simulated 15 s samples per run: slow to compute, not a timing assertion.
  }, 120_000);
});
