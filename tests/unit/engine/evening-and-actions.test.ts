import { describe, expect, it } from 'vitest';
import { HISTORY_KEY, HISTORY_MAX_DAYS } from '../../../electron/core/engine';
import { MemoryStore, localTime, simulate } from './harness';

const at = (iso: string) => Date.parse(iso);
const after = (sim: ReturnType<typeof simulate>, iso: string) =>
  sim.prompts.filter((p) => p.shownAt > at(iso));
const shown = (prompts: Array<{ shownAt: number; kind: string }>) =>
  prompts.map((p) => [localTime(p.shownAt), p.kind]);

describe('after-hours nudges', () => {
  it('a person still at work after the end gets a nudge 15 min after it, then every 30 min, each with the rest boundary', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T17:00:00+01:00');
    const nudges = after(sim, '2026-03-26T15:30:00+01:00');
    expect(shown(nudges)).toEqual([
      ['15:45', 'after-hours'],
      ['16:15', 'after-hours'],
      ['16:45', 'after-hours'],
    ]);
    for (const nudge of nudges) {
      expect(nudge).toMatchObject({
        catchUp: false,
        seconds: 0,
        earliestStartTomorrow: null,
        restBoundary: {
          latestStop: at('2026-03-26T21:00:00+01:00'),
          nextStart: at('2026-03-27T08:00:00+01:00'),
        },
      });
    }
    expect(new Set(nudges.map((p) => p.id)).size).toBe(nudges.length);
    expect(sim.engine.state().next).toEqual({
      kind: 'after-hours',
      at: at('2026-03-26T17:15:00+01:00'),
    });
    sim.engine.stop();
  });

  it('every prompt carries the rest boundary; before a weekend it has no latest stop', () => {
    const sim = simulate({ at: '2026-03-27T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-27T16:00:00+01:00');
    expect(sim.prompts[0]!.restBoundary).toEqual({ latestStop: null, nextStart: null });
    expect(shown(after(sim, '2026-03-27T15:30:00+01:00'))).toEqual([['15:45', 'after-hours']]);
    expect(sim.prompts.at(-1)!.restBoundary).toEqual({ latestStop: null, nextStart: null });
    sim.engine.stop();
  });

  it('no nudge while the person is idle: it waits for the return and comes once, as a catch-up', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.away('2026-03-26T15:35:00+01:00', '2026-03-26T15:55:00+01:00');
    sim.runUntil('2026-03-26T15:56:00+01:00');
    const evening = after(sim, '2026-03-26T15:30:00+01:00');
    expect(evening).toHaveLength(1);
    expect(evening[0]).toMatchObject({ kind: 'after-hours', catchUp: true });
    expect(localTime(evening[0]!.shownAt)).toBe('15:55');
    sim.runUntil('2026-03-26T16:26:00+01:00');
    expect(shown(after(sim, '2026-03-26T16:00:00+01:00'))).toEqual([['16:25', 'after-hours']]);
    sim.engine.stop();
  });

  it('going home (30 min idle) stops the nudges for the evening', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.away('2026-03-26T15:35:00+01:00', '2026-03-27T07:00:00+01:00');
    sim.runUntil('2026-03-26T23:59:00+01:00');
    expect(after(sim, '2026-03-26T15:30:00+01:00')).toEqual([]);
    expect(sim.engine.state().status).toBe('closed');
    sim.engine.stop();
  });

  it('the latest-stop notice comes half an hour before the boundary it names', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T21:30:00+01:00');
    const evening = after(sim, '2026-03-26T20:00:00+01:00').filter((p) => p.kind !== 'after-hours');
    expect(evening.map((p) => [localTime(p.shownAt), p.kind, p.catchUp])).toEqual([
      ['20:30', 'latest-stop', false],
      ['21:00', 'night-notice', false],
    ]);
    expect(evening[0]!.restBoundary).toEqual({
      latestStop: at('2026-03-26T21:00:00+01:00'),
      nextStart: at('2026-03-27T08:00:00+01:00'),
    });
    // Stopping at the boundary still gives 11 h; past it, the night notice says when tomorrow
    // may start at the earliest.
    expect(evening[0]!.earliestStartTomorrow).toBe(at('2026-03-27T08:00:00+01:00'));
    expect(evening[1]!.earliestStartTomorrow).toBe(at('2026-03-27T08:00:00+01:00'));
    sim.engine.stop();
  });

  it('where the night notice and the latest-stop notice clash, both are shown on time, a minute apart', () => {
    // Friday starts at 08:30: the latest stop is 21:30, its notice 21:00, with the night notice.
    const sim = simulate({
      at: '2026-03-26T08:00:00+01:00',
      profile: { weekdays: { fri: { start: '08:30', end: '16:00' } } },
    });
    sim.engine.start();
    sim.runUntil('2026-03-26T21:30:00+01:00');
    const evening = after(sim, '2026-03-26T20:50:00+01:00').filter((p) => p.kind !== 'after-hours');
    expect(evening.map((p) => [localTime(p.shownAt), p.kind, p.catchUp])).toEqual([
      ['21:00', 'latest-stop', false],
      ['21:01', 'night-notice', false],
    ]);
    const instants = sim.prompts.map((p) => p.shownAt);
    expect(new Set(instants).size).toBe(instants.length);
    sim.engine.stop();
  });
});

describe('working late on purpose', () => {
  it('silences nudges, the latest stop and the night notice until the next day, and is recorded', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T16:00:00+01:00');
    expect(sim.engine.workLate('  Release tonight  ')).toEqual({ ok: true });
    const since = at('2026-03-26T16:00:00+01:00');
    expect(sim.engine.state().workingLate).toEqual({ since, reason: 'Release tonight' });
    sim.runUntil('2026-03-26T23:30:00+01:00');
    // §10-9's overtime break is a right, not a nudge: it still comes.
    expect(shown(after(sim, '2026-03-26T16:00:00+01:00'))).toEqual([['17:30', 'overtime-break']]);
    expect(sim.engine.history(1)[0]!.workingLate).toEqual({ reason: 'Release tonight' });
    // The next day is a new evening.
    sim.away('2026-03-26T23:30:00+01:00', '2026-03-27T08:00:00+01:00');
    sim.runUntil('2026-03-27T15:50:00+01:00');
    expect(sim.engine.state().workingLate).toBeNull();
    expect(shown(after(sim, '2026-03-27T15:30:00+01:00'))).toEqual([['15:45', 'after-hours']]);
    const thursday = sim.engine.history(2)[0]!;
    expect(thursday).toMatchObject({
      date: '2026-03-26',
      workingLate: { reason: 'Release tonight' },
    });
    sim.engine.stop();
  });

  it('closes an open nudge, and an empty reason is recorded as none', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:46:00+01:00');
    expect(sim.engine.state().openPrompt?.kind).toBe('after-hours');
    expect(sim.engine.workLate('   ')).toEqual({ ok: true });
    expect(sim.engine.state()).toMatchObject({
      openPrompt: null,
      workingLate: { since: at('2026-03-26T15:46:00+01:00'), reason: null },
    });
    sim.engine.stop();
  });

  it('is refused before the day has begun', () => {
    const sim = simulate({ at: '2026-03-26T07:00:00+01:00' });
    sim.engine.start();
    expect(sim.engine.workLate('x')).toEqual({ ok: false, reason: 'not-working' });
    sim.engine.stop();
  });
});

describe('take a break now', () => {
  it('opens a break prompt at once with a fresh id; completing it restarts the cadence', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:30:00+01:00');
    expect(sim.engine.takeBreakNow()).toEqual({ ok: true });
    expect(sim.prompts.at(-1)).toMatchObject({
      kind: 'break',
      catchUp: false,
      dueAt: at('2026-03-26T08:30:00+01:00'),
      shownAt: at('2026-03-26T08:30:00+01:00'),
      seconds: 300,
    });
    expect(sim.engine.state().openPrompt?.id).toBe(sim.prompts.at(-1)!.id);
    // Away from the keys for three of the five minutes, then "done": taken, and the cadence
    // counts from then.
    sim.away('2026-03-26T08:30:00+01:00', '2026-03-26T08:33:00+01:00');
    sim.runUntil('2026-03-26T08:33:00+01:00');
    expect(sim.engine.complete()).toEqual({ ok: true });
    sim.runUntil('2026-03-26T09:34:00+01:00');
    expect(shown(after(sim, '2026-03-26T08:30:00+01:00'))).toEqual([
      ['08:53', 'micro-break'],
      ['09:13', 'micro-break'],
      ['09:33', 'break'],
    ]);
    expect(sim.engine.state().counts).toMatchObject({ taken: 1, notTaken: 3 });
    sim.engine.stop();
  });

  it('each request is a new prompt; it is not offered to be put off, since the person asked', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:05:00+01:00');
    sim.engine.takeBreakNow();
    sim.engine.skip();
    sim.engine.takeBreakNow();
    expect(sim.engine.postpone()).toEqual({ ok: false, reason: 'postpone-limit' });
    const ids = sim.prompts.map((p) => p.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
    expect(sim.prompts.every((p) => p.kind === 'break' && !p.canPostpone)).toBe(true);
    sim.engine.stop();
  });

  it('is refused outside a working day: on a holiday and before the start', () => {
    const holiday = simulate({ at: '2026-05-14T10:00:00+02:00' });
    holiday.engine.start();
    expect(holiday.engine.takeBreakNow()).toEqual({ ok: false, reason: 'not-working' });
    holiday.engine.stop();
    const early = simulate({ at: '2026-03-26T07:00:00+01:00' });
    early.engine.start();
    expect(early.engine.takeBreakNow()).toEqual({ ok: false, reason: 'not-working' });
    early.engine.stop();
  });
});

describe('starting and ending the workday by hand', () => {
  it('starting before the planned start runs the planned length from now', () => {
    const sim = simulate({ at: '2026-03-26T07:00:00+01:00' });
    sim.engine.start();
    expect(sim.engine.state().status).toBe('before-start');
    expect(sim.engine.startDay()).toEqual({ ok: true });
    const state = sim.engine.state();
    expect(state).toMatchObject({
      status: 'working',
      manualStart: at('2026-03-26T07:00:00+01:00'),
    });
    expect([localTime(state.start!), localTime(state.end!)]).toEqual(['07:00', '14:30']);
    sim.runUntil('2026-03-26T14:31:00+01:00');
    expect(shown(sim.prompts.slice(0, 1))).toEqual([['07:20', 'micro-break']]);
    expect(
      sim.prompts.filter((p) => p.kind === 'end-of-day').map((p) => localTime(p.shownAt)),
    ).toEqual(['14:30']);
    expect(sim.kinds().filter((k) => k === 'lunch')).toHaveLength(1);
    expect(sim.engine.startDay()).toEqual({ ok: false, reason: 'already-started' });
    sim.engine.stop();
  });

  it('starting a day off makes it a working day of the usual length with the full cadence', () => {
    const sim = simulate({ at: '2026-03-28T10:00:00+01:00' });
    sim.engine.start();
    expect(sim.kinds()).toEqual(['day-off-notice']);
    expect(sim.engine.startDay()).toEqual({ ok: true });
    const state = sim.engine.state();
    expect(state).toMatchObject({ status: 'working', reason: 'weekend', openPrompt: null });
    expect(localTime(state.end!)).toBe('17:30');
    expect(state.lunch).not.toBeNull();
    sim.runUntil('2026-03-28T17:31:00+01:00');
    const worked = sim.prompts.slice(1);
    expect(shown(worked.slice(0, 1))).toEqual([['10:20', 'micro-break']]);
    expect(worked.filter((p) => p.kind === 'end-of-day')).toHaveLength(1);
    expect(worked.filter((p) => p.kind === 'lunch')).toHaveLength(1);
    expect(sim.engine.history(1)[0]).toMatchObject({ date: '2026-03-28', workday: true });
    sim.engine.stop();
  });

  it('a day started by hand survives a restart', () => {
    const store = new MemoryStore();
    const first = simulate({ at: '2026-03-28T10:00:00+01:00', store });
    first.engine.start();
    first.engine.startDay();
    first.runUntil('2026-03-28T10:30:00+01:00');
    first.engine.stop();
    const second = simulate({ at: '2026-03-28T10:31:00+01:00', store });
    second.engine.start();
    expect(second.engine.state()).toMatchObject({
      status: 'working',
      manualStart: at('2026-03-28T10:00:00+01:00'),
    });
    second.runUntil('2026-03-28T11:01:00+01:00');
    expect(second.kinds()).toContain('break');
    second.engine.stop();
  });

  it('ending the day by hand stops the daytime prompts; evening nudges follow if work goes on', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T14:00:00+01:00');
    expect(sim.engine.endDay()).toEqual({ ok: true });
    expect(sim.engine.state()).toMatchObject({
      status: 'closed',
      manualEnd: at('2026-03-26T14:00:00+01:00'),
    });
    sim.runUntil('2026-03-26T15:40:00+01:00');
    expect(shown(after(sim, '2026-03-26T14:00:00+01:00'))).toEqual([
      ['14:15', 'after-hours'],
      ['14:45', 'after-hours'],
      ['15:15', 'after-hours'],
    ]);
    // Still at work: no longer closed, but nothing before the planned end is overtime.
    expect(sim.engine.state()).toMatchObject({ status: 'overtime', overtimeTodayMinutes: 10 });
    expect(sim.engine.endDay()).toEqual({ ok: false, reason: 'not-working' });
    sim.engine.stop();
  });

  it('ending the day by hand and going home: nothing more that evening', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:00:00+01:00');
    sim.engine.endDay();
    sim.emit('lock');
    sim.runUntil('2026-03-26T23:00:00+01:00');
    expect(after(sim, '2026-03-26T15:00:00+01:00')).toEqual([]);
    expect(sim.engine.state().overtimeTodayMinutes).toBe(0);
    sim.engine.stop();
  });

  it('ending is refused before the day has begun', () => {
    const sim = simulate({ at: '2026-03-26T07:00:00+01:00' });
    sim.engine.start();
    expect(sim.engine.endDay()).toEqual({ ok: false, reason: 'not-working' });
    sim.engine.stop();
  });
});

describe('day history', () => {
  it('each day is summarised at rollover under engine.history; history() ends with today so far', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.away('2026-03-26T16:00:00+01:00', '2026-03-27T08:00:00+01:00');
    sim.runUntil('2026-03-27T09:00:00+01:00');
    const [thursday, friday] = sim.engine.history(7);
    expect(thursday).toEqual({
      date: '2026-03-26',
      workday: true,
      plannedStart: at('2026-03-26T08:00:00+01:00'),
      plannedEnd: at('2026-03-26T15:30:00+01:00'),
      firstActive: at('2026-03-26T08:00:00+01:00'),
      lastActive: at('2026-03-26T16:00:00+01:00'),
      workedMinutes: 480,
      afterEndMinutes: 30,
      // Going home is idle long enough to count as a natural break. Nobody left the keys for
      // any prompt, so none was taken.
      counts: expect.objectContaining({ natural: 1, taken: 0, skipped: 0, postponed: 0 }),
      workingLate: null,
      longDay: false,
      shortRestMinutes: null,
    });
    expect(thursday!.counts.offered).toBeGreaterThan(0);
    // Worked time is the record of presence: back at the keys at 08:00, an hour by 09:00.
    expect(friday).toMatchObject({ date: '2026-03-27', workday: true, workedMinutes: 60 });
    expect(sim.engine.history(1).map((d) => d.date)).toEqual(['2026-03-27']);
    expect(sim.engine.history(0)).toEqual([]);
    sim.engine.stop();
    // Kept where a restart finds it: Pust started again the same morning still has Thursday.
    const restarted = simulate({ at: '2026-03-27T09:00:00+01:00', store: sim.store });
    restarted.engine.start();
    expect(restarted.engine.history(7).map((d) => d.date)).toEqual(['2026-03-26', '2026-03-27']);
    restarted.engine.stop();
  });

  it('records how far work went past the latest stop (§10-8)', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.away('2026-03-26T21:40:00+01:00', '2026-03-27T08:00:00+01:00');
    sim.runUntil('2026-03-27T08:30:00+01:00');
    expect(sim.engine.history(2)[0]).toMatchObject({
      date: '2026-03-26',
      restBrokenMinutes: 40,
      afterEndMinutes: 370,
    });
    expect(sim.engine.history(2)[1]!.restBrokenMinutes).toBeUndefined();
    sim.engine.stop();
  });

  it('keeps at most 400 days and drops damaged entries on read', () => {
    const store = new MemoryStore();
    const old: unknown[] = [];
    for (let i = 410; i >= 1; i--) {
      const date = new Date(Date.UTC(2026, 2, 26) - i * 86_400_000).toISOString().slice(0, 10);
      old.push({
        date,
        workday: false,
        plannedStart: null,
        plannedEnd: null,
        firstActive: null,
        lastActive: null,
        workedMinutes: 0,
        afterEndMinutes: 0,
        counts: { offered: 0, taken: 0, natural: 0, skipped: 0, postponed: 0 },
        workingLate: null,
      });
    }
    old.push({ date: '2026-03-25', workday: 'yes' }, 'not a day');
    store.set(HISTORY_KEY, old);
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00', store });
    sim.engine.start();
    const all = sim.engine.history(1000);
    expect(all).toHaveLength(HISTORY_MAX_DAYS);
    expect(all.at(-1)!.date).toBe('2026-03-26');
    expect(all.at(-2)!.date).toBe('2026-03-25');
    expect(all.at(-2)!.workday).toBe(false);
    sim.away('2026-03-26T16:00:00+01:00', '2026-03-27T08:00:00+01:00');
    sim.runUntil('2026-03-27T01:00:00+01:00');
    sim.engine.stop();
    // What a restart finds: still at most the kept number of days, the newest last.
    const restarted = simulate({ at: '2026-03-27T01:00:00+01:00', store });
    restarted.engine.start();
    const kept = restarted.engine.history(1000);
    expect(kept).toHaveLength(HISTORY_MAX_DAYS);
    expect(kept.at(-2)!.date).toBe('2026-03-26');
    expect(kept.at(-1)!.date).toBe('2026-03-27');
    restarted.engine.stop();
  });
});
