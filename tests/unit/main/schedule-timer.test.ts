import schedule from 'node-schedule';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scheduleTimer } from '../../../electron/main/schedule-timer';

afterEach(async () => {
  await schedule.gracefulShutdown();
  vi.useRealTimers();
});

describe('the Electron timer (node-schedule)', () => {
  it('runs a job for an instant that has already passed, which node-schedule alone would drop', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T08:40:00+01:00'));
    const fired: string[] = [];
    scheduleTimer.armAt(new Date('2026-11-30T08:39:59+01:00'), () => fired.push('past'));
    scheduleTimer.armAt(new Date(Date.now()), () => fired.push('now'));
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(['past', 'now']);
  });

  it('runs a job at its wall-clock instant, and not at all once cancelled', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-11-30T08:40:00+01:00'));
    const fired: string[] = [];
    scheduleTimer.armAt(new Date('2026-11-30T08:40:20+01:00'), () => fired.push('kept'));
    const cancel = scheduleTimer.armAt(new Date('2026-11-30T08:40:10+01:00'), () =>
      fired.push('cancelled'),
    );
    const cancelPast = scheduleTimer.armAt(new Date('2026-11-30T08:39:00+01:00'), () =>
      fired.push('cancelled past'),
    );
    cancel();
    cancelPast();
    vi.advanceTimersByTime(19_000);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1_000);
    expect(fired).toEqual(['kept']);
  });
});
