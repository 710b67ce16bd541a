import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../support/property';
import { simulate } from './harness';
import { ops, perform } from './ops';

const SILENCED_BY_WORKING_LATE = new Set(['after-hours', 'latest-stop', 'night-notice']);
const ONCE_A_DAY = ['end-of-day', 'lunch', 'end-of-day-heads-up', 'night-notice', 'latest-stop'];
const MINUTE = 60_000;

describe('runtime invariants (fast-check)', () => {
  it('every decided prompt reaches the host, nothing is offered twice (a postponed one comes back on time), one catch-up per wake-up at most, and the figures agree', () => {
    assertProperty(
      fc.property(
        // A Thursday, and a Saturday the person may start by hand; into the evening.
        fc.constantFrom('2026-03-26', '2026-03-28'),
        fc.integer({ min: 6 * 60, max: 21 * 60 }),
        fc.array(ops, { minLength: 1, maxLength: 10 }),
        (date, startMinute, plan) => {
          const start = Date.parse(`${date}T00:00:00+01:00`) + startMinute * MINUTE;
          const sim = simulate({ at: new Date(start).toISOString() });
          const now = () => sim.time.now().getTime();
          sim.engine.start();
          // Where in the prompt list the person said they work late, and for which date.
          const workingLate: Array<{ index: number; date: string }> = [];
          const postponedAt = new Map<string, number>();
          for (const step of plan) {
            const before = sim.prompts.length;
            const open = sim.engine.state().openPrompt;
            const result = perform(sim, step);
            if (step.op === 'postpone' && result?.ok && open) {
              postponedAt.set(open.id.split('#')[0]!, now());
            }
            if (step.op === 'work-late' && result?.ok) {
              workingLate.push({ index: sim.prompts.length, date: sim.engine.state().date });
            }
            const state = sim.engine.state();
            // What the engine has on screen is what the host was told to show: nothing decided
            // is lost on the way out (issue 16, fault 1).
            expect(sim.hostWindow()).toBe(state.openPrompt?.id ?? null);
            // One timer armed, never more, never none.
            expect(sim.time.pending()).toBe(1);
            // At most one catch-up per wake-up; no wake-up shows two prompts unless the person
            // asked for one (taking a break) in the same instant another fell due.
            const fresh = sim.prompts.slice(before);
            const perStep = new Map<number, number>();
            const catchUps = new Map<number, number>();
            fresh.forEach((p, i) => {
              // The welcome back at a break's end is that break's, not a prompt of its own.
              if (p.kind === 'pause-over') return;
              const stepNo = sim.promptSteps[before + i]!;
              perStep.set(stepNo, (perStep.get(stepNo) ?? 0) + 1);
              if (p.catchUp) catchUps.set(stepNo, (catchUps.get(stepNo) ?? 0) + 1);
            });
            for (const count of catchUps.values()) expect(count).toBe(1);
            for (const count of perStep.values()) {
              expect(count).toBeLessThanOrEqual(step.op === 'take-break' ? 2 : 1);
            }
            // The figures agree with each other.
            expect(state.today.afterEndMinutes).toBe(state.overtimeTodayMinutes);
            expect(state.today.counts).toEqual(state.counts);
            const counts = state.counts;
            expect(counts.taken + counts.notTaken + counts.skipped).toBeLessThanOrEqual(
              counts.offered,
            );
          }
          sim.engine.stop();
          // Nothing is offered twice; a postponed prompt comes back as a new showing, after its
          // postpone time (5 minutes).
          const ids = sim.prompts.map((p) => p.id);
          expect(new Set(ids).size).toBe(ids.length);
          if (!plan.some((s) => s.op === 'jump-back')) {
            for (const p of sim.prompts.filter((q) => q.postponed > 0)) {
              const asked = postponedAt.get(p.id.split('#')[0]!);
              if (asked !== undefined) expect(p.shownAt - asked).toBeGreaterThanOrEqual(5 * MINUTE);
            }
          }
          for (const kind of ONCE_A_DAY) {
            const perDay = new Map<string, number>();
            for (const p of sim.prompts.filter((q) => q.kind === kind && q.postponed === 0)) {
              const day = p.id.slice(0, 10);
              perDay.set(day, (perDay.get(day) ?? 0) + 1);
            }
            for (const count of perDay.values()) expect(count).toBe(1);
          }
          // After-hours nudges at most every 30 minutes (on a clock that only runs forwards); a
          // postponed one coming back is the same nudge, not a new one.
          if (!plan.some((s) => s.op === 'jump-back')) {
            const nudges = sim.prompts.filter((p) => p.kind === 'after-hours' && p.postponed === 0);
            for (let i = 1; i < nudges.length; i++) {
              expect(nudges[i]!.shownAt - nudges[i - 1]!.shownAt).toBeGreaterThanOrEqual(
                30 * MINUTE,
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
          // Each prompt's rest boundary is 11 h before the next planned start, when there is one.
          for (const p of sim.prompts) {
            const { latestStop, nextStart } = p.restBoundary;
            expect(latestStop === null ? null : latestStop + 11 * 60 * MINUTE).toBe(nextStart);
          }
        },
      ),
      50,
    );
    // Thousands of simulated 15 s samples per run: slow to compute, not a timing assertion.
  }, 600_000);
});
