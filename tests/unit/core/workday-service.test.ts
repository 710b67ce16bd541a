import { afterEach, describe, expect, it } from 'vitest';
import { channels } from '../../../electron/contract';
import { startCore, type CoreHarness } from '../../support/core-harness';

const MINUTE = 60_000;
let harness: CoreHarness | null = null;
afterEach(() => {
  harness?.core.dispose();
  harness = null;
});

async function view(h: CoreHarness) {
  const result = await h.core.dispatch('workday.get', undefined);
  if (!result.ok) throw new Error(result.error.message);
  expect(channels['workday.get'].response.safeParse(result.value).success).toBe(true);
  return channels['workday.get'].response.parse(result.value);
}

describe('the workday in core', () => {
  it('plans a Thursday with the default profile and shows the rest boundary', async () => {
    harness = startCore(undefined, { now: '2026-11-26T07:55:00+01:00' });
    const day = await view(harness);
    expect(day).toMatchObject({ date: '2026-11-26', zone: 'Europe/Oslo', status: 'before-start' });
    expect(new Date(day.start!).toISOString()).toBe('2026-11-26T07:00:00.000Z');
    expect(new Date(day.end!).toISOString()).toBe('2026-11-26T14:30:00.000Z');
    // 08:00 tomorrow minus 11 hours.
    expect(new Date(day.latestStop!).toISOString()).toBe('2026-11-26T20:00:00.000Z');
    expect(day.timeline.map((event) => event.kind)).toContain('lunch');
    expect(day.timeline.at(-1)).toMatchObject({ kind: 'end-of-day', state: 'upcoming' });
    expect(day.startsAt).toBe(day.start);
  });

  it('sends the zone’s offsets from a day before now to two days after, split where they change', async () => {
    // Saturday before the autumn change: Sunday 03:00 summer time becomes 02:00 winter time.
    harness = startCore(undefined, { now: '2026-10-24T12:00:00+02:00' });
    const day = await view(harness);
    expect(day.zoneOffsets).toEqual([
      { from: day.now - 24 * 60 * MINUTE, until: Date.parse('2026-10-25T01:00:00Z'), minutes: 120 },
      { from: Date.parse('2026-10-25T01:00:00Z'), until: day.now + 48 * 60 * MINUTE, minutes: 60 },
    ]);
  });

  it('opens the micro-break as a corner window and closes it by itself after 20 seconds', async () => {
    harness = startCore(undefined, { now: '2026-11-26T07:55:00+01:00' });
    harness.time.runFor(25 * MINUTE + 1000); // 08:20:01
    const day = await view(harness);
    expect(day.openPrompt).toMatchObject({
      kind: 'micro-break',
      presentation: 'mini',
      seconds: 20,
    });
    expect(harness.prompts.at(-1)).toMatchObject({ presentation: 'mini' });
    expect(harness.trays.at(-1)?.state).toBe('break-due');
    // The person looked away for the whole 20 seconds: taken.
    harness.activity.idleFrom(Date.parse('2026-11-26T08:20:00+01:00'));
    harness.time.runFor(19_000);
    expect((await view(harness)).openPrompt).toBeNull();
    expect(harness.prompts.at(-1)).toBe('closed');
    expect((await view(harness)).counts).toMatchObject({ offered: 1, taken: 1, notTaken: 0 });
    // The next one comes while they type on: it closes on time, but it was not taken.
    harness.activity.active();
    harness.time.runFor(20 * MINUTE);
    expect((await view(harness)).counts).toMatchObject({ offered: 2, taken: 1, notTaken: 1 });
    expect(harness.prompts.at(-1)).toBe('closed');
  });

  it('refuses to skip or postpone in strict mode with a stable error code', async () => {
    harness = startCore(undefined, { now: '2026-11-26T07:55:00+01:00' });
    await harness.core.dispatch('settings.update', { workProfile: { strictMode: true } });
    harness.time.runFor(25 * MINUTE + 1000);
    for (const action of ['skip', 'postpone'] as const) {
      expect(await harness.core.dispatch('workday.act', { action })).toMatchObject({
        ok: false,
        error: { code: 'action-refused', message: 'strict-mode' },
      });
    }
  });

  it('sends the end-of-day heads-up as a notification in the person’s language', async () => {
    harness = startCore(undefined, { now: '2026-11-26T15:10:00+01:00' });
    await harness.core.dispatch('settings.update', { language: 'nn' });
    harness.time.runFor(10 * MINUTE); // 15:20, heads-up at end − 15 min by default
    expect(harness.notifications).toContainEqual({
      title: 'Snart fyrabend',
      body: 'Arbeidsdagen sluttar kl. 15:30. Tid for å runde av.',
    });
  });

  it('takes a break on request and holds reminders from the tray', async () => {
    harness = startCore(undefined, { now: '2026-11-26T09:05:00+01:00' });
    harness.time.runFor(MINUTE);
    harness.core.runTrayAction('take-break');
    expect((await view(harness)).openPrompt).toMatchObject({
      kind: 'break',
      presentation: 'window',
    });
    await harness.core.dispatch('workday.act', { action: 'skip' });
    harness.core.runTrayAction('hold-1h');
    const held = await view(harness);
    expect(held.status).toBe('held');
    expect(harness.trays.at(-1)).toMatchObject({ state: 'held' });
    expect(harness.trays.at(-1)?.tooltip).toContain('Pause til kl. 10:');
  });

  it('is quiet on a public holiday: no prompt, one gentle notice when the person is active', async () => {
    harness = startCore(undefined, { now: '2026-12-25T09:00:00+01:00' });
    const day = await view(harness);
    expect(day).toMatchObject({ status: 'day-off', reason: 'holiday', holiday: 'Første juledag' });
    harness.time.runFor(8 * 60 * MINUTE);
    expect(harness.prompts.filter((prompt) => prompt !== 'closed')).toEqual([]);
    expect(harness.notifications.length).toBeLessThanOrEqual(1);
    expect(harness.trays.at(-1)?.state).toBe('day-off');
  });

  it('keeps the rest of the day when the profile changes in Settings', async () => {
    harness = startCore(undefined, { now: '2026-11-26T07:55:00+01:00' });
    await harness.core.dispatch('settings.update', {
      workProfile: { weekdays: { thu: { start: '09:00', end: '16:30' } } },
    });
    const day = await view(harness);
    expect(new Date(day.start!).toISOString()).toBe('2026-11-26T08:00:00.000Z');
  });
});
