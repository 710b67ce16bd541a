import { describe, expect, it } from 'vitest';
import type { ActivityEventKind } from '../../../electron/core/ports';
import { SimulatedActivity } from '../../../electron/preview/simulated-activity';
import { SimulatedClock } from '../../../electron/preview/simulated-clock';
import { Simulator } from '../../../electron/preview/simulator';
import { SteppedClock } from '../../../electron/preview/stepped-clock';
import { SteppedTimer } from '../../../electron/preview/stepped-timer';

const START = '2026-11-26T07:00:00.000Z';
const MINUTE = 60_000;
const at = (minutes: number) => new Date(Date.parse(START) + minutes * MINUTE);

function manual() {
  const clock = new SteppedClock(new Date(START), 'Europe/Oslo');
  const timer = new SteppedTimer(clock);
  const activity = new SimulatedActivity(clock);
  const simulator = new Simulator({ mode: 'manual', clock, timer }, activity);
  const fired: string[] = [];
  const arm = (name: string, minutes: number, then?: () => void) =>
    timer.armAt(at(minutes), () => {
      fired.push(`${name}@${clock.now().toISOString().slice(11, 16)}`);
      then?.();
    });
  return { clock, timer, activity, simulator, fired, arm };
}

describe('Simulate steps with the manual clock', () => {
  it('advance lets N minutes pass, fires what fell due, and answers with where the clock is', async () => {
    const { simulator, fired, arm } = manual();
    arm('micro-break', 20);
    arm('break', 60);
    const reply = await simulator.run({ op: 'advance', minutes: 30 });
    expect(fired).toEqual(['micro-break@07:20']);
    expect(reply).toEqual({
      ok: true,
      value: {
        clock: {
          now: '2026-11-26T07:30:00.000Z',
          mode: 'manual',
          speed: 0,
          timeZone: 'Europe/Oslo',
          nextTimer: '2026-11-26T08:00:00.000Z',
        },
        activity: { idle: false, idleSeconds: 0 },
        fired: 1,
      },
    });
  });

  it('advance-to and next-timer step to an instant; next-timer reports the instant it reached', async () => {
    const { simulator, fired, arm } = manual();
    arm('a', 45);
    const to = await simulator.run({ op: 'advance-to', at: '2026-11-26T08:20:00+01:00' });
    expect(to.ok && to.value.clock.now).toBe('2026-11-26T07:20:00.000Z');
    const next = await simulator.run({ op: 'next-timer' });
    expect(next.ok && next.value.clock.now).toBe('2026-11-26T07:45:00.000Z');
    expect(fired).toEqual(['a@07:45']);
  });

  it('answers only after the callbacks a step caused, and what they set going, have run', async () => {
    const { simulator, fired, arm, timer, clock } = manual();
    arm('wake', 10, () => {
      // As a callback that finishes its work a moment later, or arms a 0-delay timer.
      void Promise.resolve().then(() => fired.push('follow-up'));
      timer.armAt(clock.now(), () => fired.push('zero-delay'));
    });
    await simulator.run({ op: 'advance', minutes: 10 });
    expect(fired).toEqual(['wake@07:10', 'follow-up', 'zero-delay']);
  });

  it('runs steps one at a time, in the order asked', async () => {
    const { simulator } = manual();
    const [first, second] = await Promise.all([
      simulator.run({ op: 'advance', minutes: 10 }),
      simulator.run({ op: 'advance', minutes: 5 }),
    ]);
    expect(first.ok && first.value.clock.now).toBe('2026-11-26T07:10:00.000Z');
    expect(second.ok && second.value.clock.now).toBe('2026-11-26T07:15:00.000Z');
  });

  it('a jump moves the clock without firing the timers in between; core hears of it first', async () => {
    const { simulator, activity, clock, fired, arm } = manual();
    arm('stale-wake', 20);
    const heard: string[] = [];
    activity.onEvent((kind) => {
      heard.push(`${kind}@${clock.now().toISOString().slice(11, 16)} fired=${fired.length}`);
      // As the engine re-plans on clock-changed: a wake-up at the new "now".
      if (kind === 'clock-changed')
        arm('re-planned', (clock.now().getTime() - at(0).getTime()) / MINUTE);
    });
    await simulator.run({ op: 'jump', minutes: 60 });
    expect(heard).toEqual(['clock-changed@08:00 fired=0']);
    expect(fired).toEqual(['re-planned@08:00']);
    expect(clock.now()).toEqual(at(60));
  });

  it('a sleep moves the clock between suspend and resume without firing the timers in between', async () => {
    const { simulator, activity, clock, fired, arm } = manual();
    arm('during-sleep', 30);
    const heard: ActivityEventKind[] = [];
    const times: string[] = [];
    activity.onEvent((kind) => {
      heard.push(kind);
      times.push(clock.now().toISOString().slice(11, 16));
    });
    await simulator.run({ op: 'suspend', hours: 14 });
    expect(heard).toEqual(['suspend', 'resume']);
    expect(times).toEqual(['07:00', '21:00']);
    expect(fired).toEqual([]);
  });

  it('refuses what the manual clock cannot do, with a message that says why', async () => {
    const { simulator, arm } = manual();
    expect(await simulator.run({ op: 'next-timer' })).toEqual({
      ok: false,
      error: { code: 'action-refused', message: expect.stringMatching(/no timer is armed/) },
    });
    expect(await simulator.run({ op: 'speed', speed: 60 })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/manual clock has no speed/) },
    });
    expect(
      await simulator.run({ op: 'advance-to', at: '2026-11-26T07:59:00+01:00' }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/cannot go back/) } });
    expect(
      await simulator.run({ op: 'advance-to', at: '2026-12-11T08:00:00+01:00' }),
    ).toMatchObject({ ok: false, error: { message: expect.stringMatching(/14 days/) } });
    // A refusal leaves the clock where it was and the next step still runs.
    arm('still-works', 5);
    const next = await simulator.run({ op: 'next-timer' });
    expect(next.ok && next.value.clock.now).toBe('2026-11-26T07:05:00.000Z');
  });
});

describe('Simulate steps with the real clock', () => {
  it('refuses the manual clock’s steps and keeps changing speed', async () => {
    const clock = new SimulatedClock(new Date(START), 60, 'Europe/Oslo', () => 0);
    const activity = new SimulatedActivity(clock);
    const simulator = new Simulator({ mode: 'real', clock }, activity);
    for (const op of [
      { op: 'advance', minutes: 5 },
      { op: 'advance-to', at: '2026-11-26T09:00:00+01:00' },
      { op: 'next-timer' },
    ] as const) {
      expect(await simulator.run(op)).toMatchObject({
        ok: false,
        error: {
          code: 'action-refused',
          message: expect.stringMatching(/needs the manual clock \(--clock manual\)/),
        },
      });
    }
    const heard: ActivityEventKind[] = [];
    activity.onEvent((kind) => heard.push(kind));
    const reply = await simulator.run({ op: 'speed', speed: 600 });
    expect(reply).toMatchObject({ ok: true, value: { clock: { mode: 'real', speed: 600 } } });
    expect(heard).toEqual(['clock-changed']);
  });
});
