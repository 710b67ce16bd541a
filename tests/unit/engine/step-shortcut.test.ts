import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../support/property';
import { simulate } from './harness';
import { ops, perform, type Op } from './ops';

/**
 * Most idle samples take a shortcut through the step (the person at the keys, nothing on screen,
 * nothing due). The shortcut must decide exactly what the full step decides: the same prompts, the
 * same state, the same writes to the store, whatever the day brings.
 */

function live(start: string, plan: Op[], quickSamples: boolean) {
  const sim = simulate({ at: start, quickSamples });
  sim.engine.start();
  for (const step of plan) perform(sim, step);
  const state = sim.engine.state();
  const history = sim.engine.history(7);
  sim.engine.stop();
  return { prompts: sim.prompts, state, history, stored: [...sim.store.data.entries()] };
}

describe('the step’s shortcut for plain samples', () => {
  it('decides exactly what the full step decides', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 7 * 60, max: 16 * 60 }),
        fc.array(ops, { minLength: 1, maxLength: 8 }),
        (startMinute, plan) => {
          const start = new Date(Date.parse('2026-03-26T00:00:00+01:00') + startMinute * 60_000);
          const quick = live(start.toISOString(), plan, true);
          const full = live(start.toISOString(), plan, false);
          expect(quick).toEqual(full);
        },
      ),
      25,
    );
  }, 600_000);
});
