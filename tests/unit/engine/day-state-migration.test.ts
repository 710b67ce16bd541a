import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DAY_KEY, loadDay } from '../../../electron/core/engine/day-state';
import { MemoryStore } from '../../../electron/core/settings/memory-store';
import {
  startCore,
  tempDir,
  workdayView as view,
  type CoreHarness,
} from '../../support/core-harness';

const MINUTE = 60_000;
const at = (iso: string) => Date.parse(iso);

/**
 * state.json exactly as the release before the rename wrote it: Thursday 26 November 2026, the
 * person at the machine since 09:05, who chose "Sett påminnelser på pause" → "1 time" at 09:06.
 * The hold was stored as `pausedUntil` (10:06) in a version 2 day.
 */
const HELD_UNTIL = at('2026-11-26T10:06:00+01:00');
const STATE_WRITTEN_BEFORE_THE_RENAME = {
  engine: {
    day: {
      version: 2,
      date: '2026-11-26',
      zone: 'Europe/Oslo',
      startedAt: 1795676400000,
      manualStartAt: null,
      manualEndAt: null,
      closedAt: null,
      sessionStart: null,
      cadence: {
        microAnchor: 1795680300000,
        breakAnchor: 1795680300000,
        lunchDone: false,
        headsUpDone: false,
        endDone: false,
      },
      evening: { 'overtime-break': false, 'latest-stop': false, 'night-notice': false },
      afterHours: { count: 0, lastAt: null },
      deferredUntil: null,
      breaksNow: 0,
      cadenceCount: 0,
      dayOffNoticeShown: false,
      workingLate: null,
      fired: [],
      open: null,
      postponed: null,
      pausedUntil: HELD_UNTIL,
      meeting: null,
      held: null,
      lastSeenAt: 1795680360000,
      lastActiveAt: 1795680360000,
      firstActiveAt: 1795680300000,
      lastReadAt: 1795680360000,
      awaySince: null,
      absenceCountedUntil: 1795680300000,
      presence: [[1795680300000, 1795680360000]],
      log: [],
      restFrom: null,
      shortRestNoticeShown: true,
    },
    history: [],
  },
};

let harness: CoreHarness | null = null;
afterEach(() => {
  harness?.core.dispose();
  harness = null;
});

/** A data folder whose state.json the release before the rename wrote. */
function folderWithOldState(state: unknown = STATE_WRITTEN_BEFORE_THE_RENAME): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'state.json'), JSON.stringify(state, null, '\t'));
  return dir;
}

const shown = (h: CoreHarness) => h.prompts.filter((prompt) => prompt !== 'closed');

describe('state.json written before "pause" of reminders was renamed "hold"', () => {
  it('a hold stored as pausedUntil keeps every prompt back until that time after the update', async () => {
    const dir = folderWithOldState();
    expect(readFileSync(join(dir, 'state.json'), 'utf8')).toContain('"pausedUntil"');
    harness = startCore(dir, { now: '2026-11-26T09:10:00+01:00' });

    const held = await view(harness);
    expect(held.status).toBe('held');
    expect(held.heldUntil).toBe(HELD_UNTIL);
    expect(harness.trays.at(-1)).toMatchObject({ state: 'held', icon: 'held' });
    expect(harness.trays.at(-1)?.tooltip).toContain('Pause til kl. 10:06');

    // At the keys all along: the micro-breaks due at 09:25 and 09:45 would come without the hold.
    harness.time.runFor(55 * MINUTE + 59_000); // 10:05:59
    expect(shown(harness)).toEqual([]);
    expect(harness.notifications).toEqual([]);
    expect((await view(harness)).status).toBe('held');

    // At 10:06 the hold ends by itself, and the cadence starts afresh from there.
    harness.time.runFor(1000);
    expect(await view(harness)).toMatchObject({ status: 'working', heldUntil: null });
    harness.time.runFor(20 * MINUTE + 1000); // 10:26:01
    expect(shown(harness)).toMatchObject([{ kind: 'micro-break', presentation: 'mini' }]);
  });

  it('is written back under the new name, so the next start reads it as it is', async () => {
    const dir = folderWithOldState();
    harness = startCore(dir, { now: '2026-11-26T09:10:00+01:00' });
    harness.time.runFor(MINUTE);
    harness.core.dispose();
    harness = null;
    const saved = JSON.parse(readFileSync(join(dir, 'state.json'), 'utf8')) as {
      engine: { day: Record<string, unknown> };
    };
    expect(saved.engine.day).toMatchObject({ version: 3, heldUntil: HELD_UNTIL });
    expect(saved.engine.day).not.toHaveProperty('pausedUntil');

    harness = startCore(dir, { now: '2026-11-26T09:30:00+01:00' });
    expect(await view(harness)).toMatchObject({ status: 'held', heldUntil: HELD_UNTIL });
  });

  it('a day with no hold keeps its record and flags (it does not start over)', () => {
    const store = new MemoryStore('state.json');
    const old = STATE_WRITTEN_BEFORE_THE_RENAME.engine.day;
    store.set(DAY_KEY, { ...old, pausedUntil: null, fired: ['micro-1'], breaksNow: 1 });
    expect(loadDay(store)).toMatchObject({
      version: 3,
      heldUntil: null,
      fired: ['micro-1'],
      breaksNow: 1,
      presence: old.presence,
      firstActiveAt: old.firstActiveAt,
    });
  });

  it('a version 1 day carries its pausedUntil over as heldUntil', () => {
    const store = new MemoryStore('state.json');
    const old = STATE_WRITTEN_BEFORE_THE_RENAME.engine.day;
    store.set(DAY_KEY, {
      version: 1,
      date: old.date,
      zone: old.zone,
      startedAt: old.startedAt,
      cadence: old.cadence,
      evening: old.evening,
      lastActiveAt: old.lastActiveAt,
      lastSeenAt: old.lastSeenAt,
      awaySince: null,
      closedAt: null,
      sessionStart: null,
      fired: [],
      postponed: null,
      pausedUntil: HELD_UNTIL,
      dayOffNoticeShown: false,
    });
    expect(loadDay(store)).toMatchObject({ version: 3, heldUntil: HELD_UNTIL });
  });
});
