import { afterEach, describe, expect, it, vi } from 'vitest';
import { workday } from '../../src/lib/workday.svelte';
import { installPust } from './pust-in-memory';

afterEach(() => {
  vi.useRealTimers();
});

/*
 * The renderer's "now" between core's updates: it runs at core's clock rate, and with the
 * preview's manual clock (rate 0) it stands still until core says where time is.
 */
describe('the clock the renderer shows', () => {
  it('ticks at core’s clock rate, and stands still at rate 0', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'performance'] });
    installPust();
    await workday.load();
    const view = workday.view!;

    workday.apply({ ...view, clockRate: 60 });
    vi.advanceTimersByTime(5_000);
    expect(workday.now).toBe(view.now + 5_000 * 60);

    workday.apply({ ...view, clockRate: 0 });
    vi.advanceTimersByTime(5_000);
    expect(workday.now).toBe(view.now);

    // A step of the manual clock reaches the renderer as a new view: its "now" is shown.
    workday.apply({ ...view, now: view.now + 60_000, clockRate: 0 });
    vi.advanceTimersByTime(5_000);
    expect(workday.now).toBe(view.now + 60_000);
  });
});
