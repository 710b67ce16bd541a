import { afterEach, describe, expect, it } from 'vitest';
import type { DayFocus } from '../../../electron/contract';
import { startCore, type CoreHarness } from '../../support/core-harness';

/** Issue 18 items 10 and 11, through the whole core on a hand-moved clock. */

const MINUTE = 60_000;
let harness: CoreHarness | null = null;
afterEach(() => {
  harness?.core.dispose();
  harness = null;
});

async function call<T>(h: CoreHarness, channel: string, payload?: unknown): Promise<T> {
  const result = await h.core.dispatch(channel, payload);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

const checkIn = (tomorrowTopThree: string[]) => ({
  entry: {
    kind: 'check-in',
    energy: 4,
    mood: 4,
    stress: 2,
    doneToday: '',
    tomorrowTopThree,
    note: '',
    tags: ['fyrabend'],
  },
});

describe('tomorrow’s top three (item 10)', () => {
  it('come back the next workday in Today and in the day’s first notification, to tick off', async () => {
    harness = startCore(undefined, { now: '2026-11-26T15:40:00+01:00' }); // Thursday
    const h = harness;
    await call(h, 'journal.add', checkIn(['Sende høringsnotat til Kari', '', 'Svare på budsjett']));
    // Thursday itself: nothing is brought back the same day.
    expect((await call<DayFocus>(h, 'focus.get')).tasks).toEqual([]);
    h.time.runFor(16 * 60 * MINUTE + 25 * MINUTE); // Friday 08:05
    const friday = await call<DayFocus>(h, 'focus.get');
    expect(friday).toMatchObject({
      date: '2026-11-27',
      writtenOn: '2026-11-26',
      tasks: [
        { text: 'Sende høringsnotat til Kari', done: false },
        { text: 'Svare på budsjett', done: false },
      ],
    });
    const notices = h.notifications.filter((n) => n.title === 'Dagens tre viktigste');
    expect(notices).toEqual([
      {
        title: 'Dagens tre viktigste',
        body: '1. Sende høringsnotat til Kari\n2. Svare på budsjett',
      },
    ]);
    // Ticked off, and kept through the day; said once only.
    await call(h, 'focus.tick', { index: 1, done: true });
    h.time.runFor(3 * 60 * MINUTE);
    expect((await call<DayFocus>(h, 'focus.get')).tasks.map((t) => t.done)).toEqual([false, true]);
    expect(h.notifications.filter((n) => n.title === 'Dagens tre viktigste')).toHaveLength(1);
  });
});

describe('this week’s self-care picks (item 11)', () => {
  it('come back in the ritual on the week’s last workday, in the person’s words', async () => {
    harness = startCore(undefined, { now: '2026-11-23T10:00:00+01:00' }); // Monday
    const h = harness;
    await call(h, 'journal.add', {
      entry: {
        kind: 'tool-result',
        toolId: 'egenomsorg',
        answers: { tiltak: { chosen: ['tur-i-dagslys', 'varsler-av'], custom: 'Rydde kjelleren' } },
        summary: '',
        tags: [],
      },
    });
    expect((await call<DayFocus>(h, 'focus.get')).weekPicks).toBeNull();
    h.time.runFor((3 * 24 + 6) * 60 * MINUTE); // Thursday 16:00: Friday is still a workday
    expect((await call<DayFocus>(h, 'focus.get')).weekPicks).toBeNull();
    h.time.runFor(24 * 60 * MINUTE); // Friday 16:00
    expect((await call<DayFocus>(h, 'focus.get')).weekPicks).toEqual([
      'Gå en tur i dagslys',
      'Slå av jobbvarsler på telefonen etter arbeidstid',
      'Rydde kjelleren',
    ]);
  });
});
