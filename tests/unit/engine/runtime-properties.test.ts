import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { simulate } from './harness';
import { assertProperty } from '../../support/property';

afterEach(() => {
  vi.useRealTimers();
});

type Step =
  | { op: 'work'; minutes: number }
  | { op: 'sleep'; minutes: number }
  | { op: 'jump-back'; minutes: number }
  | { op: 'lock'; minutes: number }
  | { op: 'zone'; zone: string }
  | { op: 'postpone' | 'skip' | 'complete' | 'meeting-on' | 'meeting-off' | 'pause' }
  | { op: 'take-break' | 'work-late' | 'start-day' | 'end-day' };

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
      'take-break' as const,
      'work-late' as const,
      'start-day' as const,
      'end-day' as const,
    ),
  }),
);

const SILENCED_BY_WORKING_LATE = new Set(['after-hours', 'latest-stop', 'night-notice']);

describe('runtime invariants (fast-check)', () => {
  it('no prompt fires twice, end of day and lunch at most once a day, at most one catch-up per wake-up, no burst in the evening', () => {
    assertProperty(
      fc.property(
        // A Thursday, and a Saturday the person may start by hand; into the evening.
        fc.constantFrom('2026-03-26', '2026-03-28'),
        fc.integer({ min: 6 * 60, max: 21 * 60 }),
        fc.array(steps, { minLength: 1, maxLength: 10 }),
        (date, startMinute, plan) => {
          const start = Date.parse(`${date}T00:00:00+01:00`) + startMinute * 60_000;
          const sim = simulate({ at: new Date(start).toISOString() });
          sim.engine.start();
          // Where in the prompt list the person said they work late, and for which date.
          const workingLate: Array<{ index: number; date: string }> = [];
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
              case 'take-break':
                sim.engine.takeBreakNow();
                break;
              case 'work-late':
                if (sim.engine.workLate('deadline').ok)
                  workingLate.push({ index: sim.prompts.length, date: sim.engine.state().date });
                break;
              case 'start-day':
                sim.engine.startDay();
                break;
              case 'end-day':
                sim.engine.endDay();
                break;
            }
            // No burst: within a step, never two prompts at the same instant. (A clock or zone
            // change at the very instant a prompt fired may show one more, as its own wake-up.)
            const instants = sim.prompts.slice(before).map((p) => p.shownAt);
            expect(new Set(instants).size).toBe(instants.length);
            // An action opens at most one prompt (take a break now opens exactly its own).
            if (step.op !== 'work' && step.op !== 'sleep' && step.op !== 'lock') {
              expect(sim.prompts.slice(before).length).toBeLessThanOrEqual(1);
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
          // After-hours nudges at most every 30 minutes (on a clock that only runs forwards).
          if (!plan.some((s) => s.op === 'jump-back')) {
            const nudges = sim.prompts.filter((p) => p.kind === 'after-hours');
            for (let i = 1; i < nudges.length; i++) {
              expect(nudges[i]!.shownAt - nudges[i - 1]!.shownAt).toBeGreaterThanOrEqual(
                30 * 60_000,
              );
            }
          }
          // Working late on purpose silences the evening's nudges and notices for that date.
          for (const { index, date: lateDate } of workingLate) {
            const silenced = sim.prompts
              .slice(index)
              .filter((p) => p.id.startsWith(lateDate) && SILENCED_BY_WORKING_LATE.has(p.kind));
            expect(silenced).toEqual([]);
          }
          // Every prompt carries the rest boundary.
          for (const p of sim.prompts) expect(p.restBoundary).toBeDefined();
          vi.useRealTimers();
        },
      ),
      50,
    );
    // Thousands of simulated 15 s samples per run: slow to compute, not a timing assertion.
  }, 120_000);
});
