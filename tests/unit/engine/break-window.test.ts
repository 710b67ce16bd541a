import { describe, expect, it } from 'vitest';
import { localTime, simulate } from './harness';

/** Issue 18: the break window a person can start, finish and put off, and the ritual's way out. */

const at = (iso: string) => Date.parse(iso);

describe('a break the person starts and finishes', () => {
  it('"start the break" runs its countdown in full from then; taken to its end, it says welcome back', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T09:02:00+01:00');
    expect(sim.engine.state().openPrompt).toMatchObject({
      kind: 'break',
      endsAt: at('2026-03-26T09:05:00+01:00'),
    });
    expect(sim.engine.act({ type: 'start-pause' })).toEqual({ ok: true });
    expect(sim.engine.state().openPrompt?.endsAt).toBe(at('2026-03-26T09:07:00+01:00'));
    sim.away('2026-03-26T09:02:00+01:00', '2026-03-26T09:07:01+01:00');
    sim.runUntil('2026-03-26T09:06:59+01:00');
    expect(sim.engine.state().openPrompt?.kind).toBe('break');
    sim.runUntil('2026-03-26T09:08:00+01:00');
    expect(sim.engine.state().openPrompt).toBeNull();
    expect(sim.engine.state().counts).toMatchObject({ taken: 1 });
    const over = sim.prompts.filter((p) => p.kind === 'pause-over');
    expect(over.map((p) => localTime(p.shownAt))).toEqual(['09:07']);
    expect(sim.deliveries[sim.prompts.indexOf(over[0]!)]).toEqual({ kind: 'notification' });
    // The cadence runs from the break's real end: the next break an hour later.
    expect(
      sim.engine.state().timeline.find((e) => e.kind === 'break' && e.state === 'upcoming'),
    ).toMatchObject({ at: at('2026-03-26T10:07:00+01:00') });
    sim.engine.stop();
  });

  it('a break typed through says no welcome back, and counts as not taken', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T09:06:00+01:00');
    expect(sim.kinds()).not.toContain('pause-over');
    expect(sim.engine.state().counts).toMatchObject({ taken: 0, notTaken: 3 });
    sim.engine.stop();
  });

  it('a break the person asked for ("take a break now") cannot be put off', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:30:00+01:00');
    sim.engine.takeBreakNow();
    expect(sim.prompts.at(-1)).toMatchObject({ kind: 'break', canPostpone: false, canSkip: true });
    expect(sim.engine.postpone()).toEqual({ ok: false, reason: 'postpone-limit' });
    sim.engine.stop();
  });
});

describe('the end-of-day ritual', () => {
  it('its last step ends the working day: no second click, no "working after hours" (item 1)', () => {
    const sim = simulate({ at: '2026-03-26T15:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:30:00+01:00');
    expect(sim.engine.state()).toMatchObject({
      status: 'overtime',
      openPrompt: { kind: 'end-of-day' },
    });
    expect(sim.engine.complete()).toEqual({ ok: true });
    expect(sim.engine.state()).toMatchObject({
      status: 'closed',
      manualEnd: at('2026-03-26T15:30:00+01:00'),
    });
    sim.engine.stop();
  });

  it('"not now" brings it back once, half an hour later, even in strict mode; then it can be left', () => {
    const sim = simulate({ at: '2026-03-26T15:00:00+01:00', profile: { strictMode: true } });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:30:00+01:00');
    expect(sim.prompts.at(-1)).toMatchObject({
      kind: 'end-of-day',
      canPostpone: true,
      canSkip: true,
    });
    expect(sim.engine.postpone()).toEqual({ ok: true });
    sim.runUntil('2026-03-26T15:59:59+01:00');
    expect(sim.engine.state().openPrompt?.kind).not.toBe('end-of-day');
    sim.runUntil('2026-03-26T16:00:00+01:00');
    expect(sim.prompts.at(-1)).toMatchObject({
      kind: 'end-of-day',
      postponed: 1,
      canPostpone: false,
      canSkip: true,
    });
    expect(sim.engine.postpone()).toEqual({ ok: false, reason: 'postpone-limit' });
    // "I need to work a little longer" the second time: closed, the day not ended.
    expect(sim.engine.skip()).toEqual({ ok: true });
    expect(sim.engine.state()).toMatchObject({ openPrompt: null, status: 'overtime' });
    // A break in strict mode still cannot be skipped.
    sim.engine.stop();
  });
});
