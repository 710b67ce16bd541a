import { describe, expect, it } from 'vitest';
import { DEFAULT_WORK_PROFILE } from '../../../electron/contract/work-profile';
import { IDLE_SAMPLE_MS, planDays } from '../../../electron/core/engine';
import { MemoryStore, localTime, simulate } from './harness';

const PLANNED_THURSDAY = planDays(DEFAULT_WORK_PROFILE, '2026-03-26', 1, 'Europe/Oslo')[0]!.events;

const times = (prompts: Array<{ shownAt: number }>) => prompts.map((p) => localTime(p.shownAt));
const expectNoRepeats = (prompts: Array<{ id: string }>) =>
  expect(new Set(prompts.map((p) => p.id)).size).toBe(prompts.length);

describe('a working day without surprises', () => {
  it('prompts exactly the planned events, at their planned times, each once', () => {
    const sim = simulate({ at: '2026-03-26T07:30:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:31:00+01:00');
    expect(sim.prompts.map((p) => [p.kind, p.dueAt])).toEqual(
      PLANNED_THURSDAY.map((e) => [e.kind, e.at]),
    );
    expect(sim.prompts.every((p) => p.shownAt === p.dueAt && !p.catchUp)).toBe(true);
    expectNoRepeats(sim.prompts);
    sim.engine.stop();
  });

  it('keeps one timer armed at a time, and reads idle time at most once per 15 s in an 8-hour day', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    let most = 0;
    for (let minute = 1; minute <= 8 * 60; minute++) {
      sim.runUntil(
        new Date(Date.parse('2026-03-26T08:00:00+01:00') + minute * 60_000).toISOString(),
      );
      most = Math.max(most, sim.time.pending());
    }
    expect(most).toBe(1);
    // 8 h of samples on the 15-s grid, less those a micro-break's own end reading stands in for.
    const reads = sim.idleReads();
    expect(reads).toBeLessThanOrEqual((8 * 3_600_000) / IDLE_SAMPLE_MS);
    expect(reads).toBeGreaterThan((8 * 3_600_000) / IDLE_SAMPLE_MS - 40);
    // Every timer is a sample or something due: prompts sharing a sample's instant share its timer.
    expect(sim.armed.length).toBeLessThanOrEqual(reads + sim.prompts.length + 2);
    sim.engine.stop();
  });

  it('samples idle time only during an active workday: not before the start, not after going home', () => {
    const sim = simulate({ at: '2026-03-26T06:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T07:59:59+01:00');
    expect(sim.idleReads()).toBe(0);
    sim.away('2026-03-26T15:40:00+01:00', '2026-03-27T07:00:00+01:00');
    sim.runUntil('2026-03-26T23:00:00+01:00');
    const atNight = sim.idleReads();
    sim.runUntil('2026-03-27T06:00:00+01:00');
    expect(sim.idleReads()).toBe(atNight);
    expect(sim.engine.state().status).toBe('before-start');
    sim.engine.stop();
  });
});

describe('natural breaks', () => {
  it('idle for a break’s length counts as the break and restarts the cadence', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.away('2026-03-26T09:50:00+01:00', '2026-03-26T09:56:00+01:00');
    sim.runUntil('2026-03-26T11:10:00+01:00');
    const after = sim.prompts.filter((p) => p.shownAt > Date.parse('2026-03-26T09:45:00+01:00'));
    // No 10:00 break; the cadence counts from the last idle sample before the return at 09:56.
    expect(after.map((p) => [localTime(p.shownAt), p.kind])).toEqual([
      ['10:15', 'micro-break'],
      ['10:35', 'micro-break'],
      ['10:55', 'break'],
    ]);
    expect(sim.engine.state().counts.natural).toBe(1);
    sim.engine.stop();
  });

  it('a screen lock through lunch counts as lunch: no lunch prompt afterwards', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T11:25:00+01:00');
    sim.lockUntil('2026-03-26T12:05:00+01:00');
    sim.runUntil('2026-03-26T13:00:00+01:00');
    expect(sim.kinds()).not.toContain('lunch');
    expect(
      times(sim.prompts.filter((p) => p.shownAt > Date.parse('2026-03-26T12:00:00+01:00'))),
    ).toEqual(['12:25', '12:45']);
    sim.engine.stop();
  });
});

describe('sleep, clock and zone changes', () => {
  it('sleep across the end of the day gives one catch-up prompt (end of day), never a burst', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T14:50:00+01:00');
    const before = sim.prompts.length;
    sim.sleepUntil('2026-03-26T16:10:00+01:00');
    const after = sim.prompts.slice(before);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ kind: 'end-of-day', catchUp: true });
    // Still at work afterwards: the next prompt is an after-hours nudge 30 min after the catch-up.
    sim.runUntil('2026-03-26T17:00:00+01:00');
    expect(sim.prompts.slice(before).map((p) => [localTime(p.shownAt), p.kind])).toEqual([
      ['16:10', 'end-of-day'],
      ['16:40', 'after-hours'],
    ]);
    expectNoRepeats(sim.prompts);
    sim.engine.stop();
  });

  it('after a long sleep mid-morning the cadence restarts from the wake-up, with no catch-up burst', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:30:00+01:00');
    sim.sleepUntil('2026-03-26T10:05:00+01:00');
    sim.runUntil('2026-03-26T11:10:00+01:00');
    expect(times(sim.prompts)).toEqual(['08:20', '10:25', '10:45', '11:05']);
    sim.engine.stop();
  });

  it('re-arms its timer on resume: a prompt due just after a short sleep comes on time, not late by the sleep', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:39:50+01:00');
    // Timers run on elapsed time: one armed before the sleep would fire 5 s late.
    sim.sleepUntil('2026-03-26T08:39:55+01:00');
    sim.runUntil('2026-03-26T08:41:00+01:00');
    const micro = sim.prompts.filter((p) => p.shownAt > Date.parse('2026-03-26T08:30:00+01:00'));
    expect(micro.map((p) => [new Date(p.shownAt).toISOString(), p.kind])).toEqual([
      ['2026-03-26T07:40:00.000Z', 'micro-break'],
    ]);
    sim.engine.stop();
  });

  it('a clock jump backwards never repeats a prompt, and the cadence continues', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T12:10:00+01:00');
    expect(sim.kinds()).toContain('lunch');
    const beforeJump = sim.prompts.length;
    sim.setClock('2026-03-26T11:00:00+01:00');
    sim.runUntil('2026-03-26T16:00:00+01:00');
    expect(sim.kinds().filter((k) => k === 'lunch')).toHaveLength(1);
    expect(sim.kinds().filter((k) => k === 'end-of-day')).toHaveLength(1);
    expectNoRepeats(sim.prompts);
    // 12:10 was 10 min after the last micro-break's anchor; after the jump to 11:00 the next one
    // still comes after 10 more minutes of work.
    const first = sim.prompts[beforeJump]!;
    expect([localTime(first.shownAt), first.kind]).toEqual(['11:10', 'micro-break']);
    sim.engine.stop();
  });

  it('a time-zone change mid-day re-plans the rest of the day in the new zone, without repeats', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T12:30:00+01:00');
    sim.setZone('Europe/London');
    sim.runUntil('2026-03-26T17:00:00+01:00');
    const end = sim.prompts.filter((p) => p.kind === 'end-of-day');
    expect(end).toHaveLength(1);
    expect(localTime(end[0]!.shownAt, 'Europe/London')).toBe('15:30');
    expect(sim.kinds().filter((k) => k === 'lunch')).toHaveLength(1);
    expect(sim.engine.state().zone).toBe('Europe/London');
    expectNoRepeats(sim.prompts);
    sim.engine.stop();
  });

  it('runs through a DST weekend: Friday in winter time, Monday’s first prompt at 08:20 summer time', () => {
    const sim = simulate({ at: '2026-03-27T15:00:00+01:00' });
    sim.engine.start();
    sim.away('2026-03-27T15:35:00+01:00', '2026-03-30T07:55:00+02:00');
    sim.runUntil('2026-03-30T08:25:00+02:00');
    const monday = sim.prompts.filter((p) => p.shownAt > Date.parse('2026-03-28T00:00:00+01:00'));
    expect(monday.map((p) => [new Date(p.shownAt).toISOString(), p.kind])).toEqual([
      ['2026-03-30T06:20:00.000Z', 'micro-break'],
    ]);
    sim.engine.stop();
  });
});

describe('flexitime at run time', () => {
  it('the day starts at the first activity inside the window and ends 7.5 h later', () => {
    const sim = simulate({
      at: '2026-03-26T05:30:00+01:00',
      profile: { flexitime: { enabled: true } },
    });
    sim.away('2026-03-26T05:30:00+01:00', '2026-03-26T07:10:00+01:00');
    sim.engine.start();
    sim.runUntil('2026-03-26T05:59:00+01:00');
    expect(sim.idleReads()).toBe(0);
    sim.runUntil('2026-03-26T14:45:00+01:00');
    const state = sim.engine.state();
    expect(localTime(state.start!)).toBe('07:10');
    expect(localTime(state.end!)).toBe('14:40');
    expect(localTime(state.core!.start)).toBe('09:00');
    expect([localTime(sim.prompts[0]!.shownAt), sim.prompts[0]!.kind]).toEqual([
      '07:30',
      'micro-break',
    ]);
    const end = sim.prompts.filter((p) => p.kind === 'end-of-day');
    expect(end.map((p) => localTime(p.shownAt))).toEqual(['14:40']);
    sim.engine.stop();
  });
});

describe('DST at run time', () => {
  it('2026-10-25: Monday’s first prompt is 08:20 winter time, end of day 15:30 winter time', () => {
    const sim = simulate({ at: '2026-10-23T15:00:00+02:00' });
    sim.engine.start();
    sim.away('2026-10-23T15:35:00+02:00', '2026-10-26T07:55:00+01:00');
    sim.runUntil('2026-10-26T15:31:00+01:00');
    const monday = sim.prompts.filter((p) => p.id.startsWith('2026-10-26'));
    expect(new Date(monday[0]!.shownAt).toISOString()).toBe('2026-10-26T07:20:00.000Z');
    expect(new Date(monday.at(-1)!.shownAt).toISOString()).toBe('2026-10-26T14:30:00.000Z');
    expect(monday.at(-1)!.kind).toBe('end-of-day');
    expect(
      sim.prompts.filter((p) => p.id.startsWith('2026-10-24') || p.id.startsWith('2026-10-25')),
    ).toEqual([]);
    sim.engine.stop();
  });
});

describe('overnight', () => {
  it('a machine locked overnight and unlocked in the morning gets the morning’s prompts', () => {
    const sim = simulate({ at: '2026-03-26T15:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:40:00+01:00');
    sim.emit('lock');
    sim.runUntil('2026-03-27T08:30:00+01:00');
    sim.emit('unlock');
    sim.runUntil('2026-03-27T09:31:00+01:00');
    const friday = sim.prompts.filter((p) => p.id.startsWith('2026-03-27'));
    expect(friday.map((p) => localTime(p.shownAt))).toEqual(['08:50', '09:10', '09:30']);
    sim.engine.stop();
  });

  it('a machine asleep over midnight that wakes mid-morning continues the new day without a burst', () => {
    const sim = simulate({ at: '2026-03-26T15:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T15:40:00+01:00');
    sim.sleepUntil('2026-03-27T09:00:00+01:00');
    expect(sim.prompts.filter((p) => p.id.startsWith('2026-03-27'))).toEqual([]);
    sim.runUntil('2026-03-27T09:21:00+01:00');
    expect(
      sim.prompts.filter((p) => p.id.startsWith('2026-03-27')).map((p) => localTime(p.shownAt)),
    ).toEqual(['09:20']);
    sim.engine.stop();
  });
});

describe('restart mid-day', () => {
  it('quitting and starting again continues the same day: no repeats, counts kept', () => {
    const store = new MemoryStore();
    const first = simulate({ at: '2026-03-26T08:00:00+01:00', store });
    first.engine.start();
    // Away through the 10:30 micro-break: it is taken.
    first.away('2026-03-26T10:29:50+01:00', '2026-03-26T10:30:30+01:00');
    first.runUntil('2026-03-26T10:31:00+01:00');
    const firstPrompts = [...first.prompts];
    const counts = first.engine.state().counts;
    expect(counts.taken).toBe(1);
    first.engine.stop();

    const second = simulate({ at: '2026-03-26T10:32:00+01:00', store });
    second.engine.start();
    expect(second.engine.state().counts).toEqual(counts);
    expect(second.engine.state().counts.offered).toBe(firstPrompts.length);
    second.runUntil('2026-03-26T15:31:00+01:00');
    const all = [...firstPrompts, ...second.prompts];
    expectNoRepeats(all);
    expect(all.filter((p) => p.kind === 'end-of-day')).toHaveLength(1);
    expect(all.filter((p) => p.kind === 'lunch')).toHaveLength(1);
    second.engine.stop();
  });

  it('a restart after lunch time, when the app was gone, gives at most one catch-up', () => {
    const store = new MemoryStore();
    const first = simulate({ at: '2026-03-26T08:00:00+01:00', store });
    first.engine.start();
    first.runUntil('2026-03-26T11:00:30+01:00');
    first.engine.stop();
    const second = simulate({ at: '2026-03-26T11:40:00+01:00', store });
    second.engine.start();
    expect(second.prompts.length).toBeLessThanOrEqual(1);
    second.engine.stop();
  });
});

describe('days off and holidays', () => {
  it('a public holiday gives no prompts and one gentle day-off notice, however often the screen unlocks', () => {
    const sim = simulate({ at: '2026-05-14T09:00:00+02:00' });
    sim.engine.start();
    for (const hour of ['10', '11', '13']) sim.lockUntil(`2026-05-14T${hour}:00:00+02:00`);
    sim.runUntil('2026-05-14T20:00:00+02:00');
    expect(sim.kinds()).toEqual(['day-off-notice']);
    expect(sim.idleReads()).toBe(0);
    expect(sim.engine.state()).toMatchObject({
      status: 'day-off',
      holiday: 'Kristi himmelfartsdag',
    });
    sim.engine.stop();
  });
});

describe('hold, postpone, skip, meeting, strict mode', () => {
  it('a hold for 1 h keeps back every prompt; afterwards the cadence restarts', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:25:00+01:00');
    sim.engine.hold('1h');
    expect(sim.engine.state().status).toBe('held');
    sim.runUntil('2026-03-26T09:50:00+01:00');
    expect(times(sim.prompts)).toEqual(['08:20', '09:45']);
    sim.engine.stop();
  });

  it('a hold until tomorrow keeps back the rest of the day; the next day starts as usual', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T13:05:00+01:00');
    const before = sim.prompts.length;
    sim.engine.hold('tomorrow');
    sim.runUntil('2026-03-27T08:21:00+01:00');
    expect(
      sim.prompts.slice(before).map((p) => [p.id.slice(0, 10), localTime(p.shownAt), p.kind]),
    ).toEqual([['2026-03-27', '08:20', 'micro-break']]);
    sim.engine.stop();
  });

  it('postpone moves the prompt 5 min, twice at most', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T09:00:00+01:00');
    expect(sim.prompts.at(-1)!.kind).toBe('break');
    expect(sim.engine.postpone()).toEqual({ ok: true });
    sim.runUntil('2026-03-26T09:05:00+01:00');
    expect(sim.prompts.at(-1)).toMatchObject({ kind: 'break', postponed: 1, canPostpone: true });
    expect(sim.engine.postpone()).toEqual({ ok: true });
    sim.runUntil('2026-03-26T09:10:00+01:00');
    expect(sim.prompts.at(-1)).toMatchObject({ kind: 'break', postponed: 2, canPostpone: false });
    expect(sim.engine.postpone()).toEqual({ ok: false, reason: 'postpone-limit' });
    expectNoRepeats(sim.prompts);
    sim.engine.stop();
  });

  it('skip is counted', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:20:00+01:00');
    expect(sim.engine.skip()).toEqual({ ok: true });
    expect(sim.engine.skip()).toEqual({ ok: false, reason: 'no-open-prompt' });
    expect(sim.engine.state().counts.skipped).toBe(1);
    sim.engine.stop();
  });

  it('strict mode refuses skip and postpone', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00', profile: { strictMode: true } });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:20:00+01:00');
    expect(sim.prompts[0]).toMatchObject({ canSkip: false, canPostpone: false });
    expect(sim.engine.skip()).toEqual({ ok: false, reason: 'strict-mode' });
    expect(sim.engine.postpone()).toEqual({ ok: false, reason: 'strict-mode' });
    sim.engine.stop();
  });

  it('meeting mode holds prompts until it is turned off, then offers the most important one', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:30:00+01:00');
    sim.engine.setMeeting(true, 120);
    sim.runUntil('2026-03-26T10:10:00+01:00');
    expect(times(sim.prompts)).toEqual(['08:20']);
    sim.engine.setMeeting(false);
    expect(sim.prompts).toHaveLength(2);
    expect(sim.prompts[1]).toMatchObject({
      kind: 'break',
      shownAt: Date.parse('2026-03-26T10:10:00+01:00'),
    });
    sim.engine.stop();
  });

  it('meeting mode ends by itself after its length (an hour unless chosen), and says when', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T08:30:00+01:00');
    sim.engine.setMeeting(true);
    expect(sim.engine.state()).toMatchObject({
      status: 'meeting',
      meetingUntil: Date.parse('2026-03-26T09:30:00+01:00'),
    });
    sim.runUntil('2026-03-26T09:31:00+01:00');
    expect(sim.engine.state()).toMatchObject({ status: 'working', meeting: false });
    // The 09:00 break waited for the meeting and came the moment it ended.
    expect(sim.prompts.slice(1).map((p) => [localTime(p.shownAt), p.kind])).toEqual([
      ['09:30', 'break'],
    ]);
    sim.engine.stop();
  });
});

describe('evening rules while still working', () => {
  it('coming back in the evening reopens the day: the night notice comes, and only work time counts', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T16:00:00+01:00');
    sim.lockUntil('2026-03-26T20:00:00+01:00');
    sim.away('2026-03-26T22:00:00+01:00', '2026-03-27T07:00:00+01:00');
    sim.runUntil('2026-03-26T23:00:00+01:00');
    const evening = sim.prompts.filter(
      (p) => p.shownAt > Date.parse('2026-03-26T15:30:00+01:00') && p.kind !== 'after-hours',
    );
    // The latest-stop notice comes half an hour before tomorrow's 08:00 minus 11 h; then 21:00.
    expect(evening.map((p) => [localTime(p.shownAt), p.kind, p.catchUp])).toEqual([
      ['20:30', 'latest-stop', false],
      ['21:00', 'night-notice', false],
    ]);
    expect(evening[0]!.restBoundary.latestStop).toBe(Date.parse('2026-03-26T21:00:00+01:00'));
    // Overtime is the time seen at work after 15:30: until the lock at 16:00, and 20:00–22:00
    // (away from 22:00 on, gone home 30 minutes later).
    expect(sim.engine.state()).toMatchObject({ status: 'closed', overtimeTodayMinutes: 30 + 120 });
    sim.engine.stop();
  });

  it('§10-9 overtime break at end + 2 h, §10-8 latest stop and §10-11 night notice, each once', () => {
    const sim = simulate({
      at: '2026-03-26T08:00:00+01:00',
      profile: { weekdays: { fri: { start: '09:00', end: '16:30' } } },
    });
    sim.engine.start();
    sim.runUntil('2026-03-26T22:30:00+01:00');
    const evening = sim.prompts.filter(
      (p) => p.shownAt > Date.parse('2026-03-26T15:30:00+01:00') && p.kind !== 'after-hours',
    );
    expect(evening.map((p) => [localTime(p.shownAt), p.kind])).toEqual([
      ['17:30', 'overtime-break'],
      ['21:00', 'night-notice'],
      ['21:30', 'latest-stop'],
    ]);
    expect(evening[2]!.earliestStartTomorrow).toBe(Date.parse('2026-03-27T09:00:00+01:00'));
    // §10-8: still working at 22:30 is past the latest stop; tomorrow may start at 09:30 at the earliest.
    expect(sim.engine.state().earliestStartTomorrow).toBeGreaterThanOrEqual(
      Date.parse('2026-03-27T09:30:00+01:00'),
    );
    expect(sim.engine.state().overtimeTodayMinutes).toBeGreaterThanOrEqual(420);
    sim.engine.stop();
  });

  it('going home closes the day: no evening prompts, overtime recorded from the last activity', () => {
    const sim = simulate({ at: '2026-03-26T08:00:00+01:00' });
    sim.engine.start();
    sim.runUntil('2026-03-26T16:00:00+01:00');
    sim.emit('lock');
    sim.runUntil('2026-03-26T23:00:00+01:00');
    // The last prompt is the after-hours nudge at 15:45; nothing after the lock.
    expect([localTime(sim.prompts.at(-1)!.shownAt), sim.kinds().at(-1)]).toEqual([
      '15:45',
      'after-hours',
    ]);
    expect(sim.engine.state()).toMatchObject({ status: 'away', overtimeTodayMinutes: 30 });
    // §10-6: the running totals carry the 30 minutes into the next days.
    sim.runUntil('2026-03-27T09:00:00+01:00');
    expect(sim.engine.state().overtime).toMatchObject({
      days7: 30,
      weeks4: 30,
      weeks52: 30,
      exceeded: [],
    });
    sim.engine.stop();
  });
});
