import { describe, expect, it } from 'vitest';
import { WorkProfileSchema, type WorkProfileInput } from '../../../electron/contract/work-profile';
import { endsByItself, planDays, type PlannedDay } from '../../../electron/core/engine';
import { addDays } from '../../../electron/core/engine/time';
import { MemoryStore, simulate } from './harness';

/**
 * The plan is the step run over a day in which the person takes each pause the moment it is
 * offered. Here the same days are lived through the runtime, with every 15-second sample, a
 * locked machine overnight and a person who leaves the keys for exactly each pause's length: the
 * prompts must equal the plan's, prompt for prompt, every day of 2026 and 2027.
 */

const PROFILES: Record<string, WorkProfileInput> = {
  default: {},
  'summer hours': { summerHours: { enabled: true } },
  flexitime: { flexitime: { enabled: true } },
  'Saturday work': { weekdays: { sat: { start: '10:00', end: '14:00' } } },
};
const DAYTIME = new Set(['micro-break', 'break', 'lunch', 'end-of-day-heads-up', 'end-of-day']);
const FIRST = '2026-01-01';
const DAYS = 730;
const ZONE = 'Europe/Oslo';

function liveDays(input: WorkProfileInput, plan: readonly PlannedDay[]) {
  // Years of days: no JSON round trip and no freezing here (other engine tests check both).
  const sim = simulate({
    at: `${addDays(FIRST, -1)}T20:00:00+01:00`,
    profile: input,
    store: new MemoryStore({ json: false }),
    checkPurity: false,
  });
  const lived = new Map<string, Array<{ kind: string; at: number; seconds: number }>>();
  // The person at work: each pause is taken the moment it comes, for its whole length.
  sim.onPrompt((prompt, delivery) => {
    if (delivery.kind !== 'window' || !endsByItself(prompt.kind)) return;
    const end = prompt.shownAt + prompt.seconds * 1000;
    sim.away(new Date(prompt.shownAt).toISOString(), new Date(end + 1).toISOString());
  });
  sim.engine.start();
  sim.emit('lock');
  for (const { shape } of plan) {
    if (!shape.workday || shape.start === null || shape.end === null) continue;
    sim.runUntil(new Date(shape.start).toISOString());
    sim.emit('unlock');
    const from = sim.prompts.length;
    sim.runUntil(new Date(shape.end + 60_000).toISOString());
    sim.emit('lock');
    lived.set(
      shape.date,
      sim.prompts
        .slice(from)
        .filter((p) => DAYTIME.has(p.kind))
        .map((p) => ({ kind: p.kind, at: p.shownAt, seconds: p.seconds })),
    );
  }
  sim.engine.stop();
  return lived;
}

describe('the plan and the lived day agree prompt for prompt', () => {
  for (const [name, input] of Object.entries(PROFILES)) {
    it(`${name}: every day of 2026 and 2027`, () => {
      const profile = WorkProfileSchema.parse(input);
      const plan = planDays(profile, FIRST, DAYS, ZONE);
      const lived = liveDays(input, plan);
      let workdays = 0;
      for (const day of plan) {
        if (!day.shape.workday) continue;
        workdays++;
        const planned = day.events.map((e) => ({ kind: e.kind, at: e.at, seconds: e.seconds }));
        expect({ date: day.shape.date, prompts: lived.get(day.shape.date) }).toEqual({
          date: day.shape.date,
          prompts: planned,
        });
      }
      expect(workdays).toBeGreaterThan(name === 'Saturday work' ? 550 : 450);
    }, 600_000);
  }
});
