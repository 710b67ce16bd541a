import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SteppedClock } from '../../../electron/preview/stepped-clock';
import { MAX_FIRES_AT_ONE_INSTANT, SteppedTimer } from '../../../electron/preview/stepped-timer';
import { assertAsyncProperty } from '../../support/property';

const START = Date.parse('2026-11-26T07:00:00Z');
const MINUTE = 60_000;
const at = (minutes: number) => new Date(START + minutes * MINUTE);

function stepped() {
  const clock = new SteppedClock(new Date(START), 'Europe/Oslo');
  const timer = new SteppedTimer(clock);
  /** Each firing, as `name@minutes` where minutes is the clock the callback saw. */
  const fired: string[] = [];
  const arm = (name: string, minutes: number, then?: () => void) =>
    timer.armAt(at(minutes), () => {
      fired.push(`${name}@${(clock.now().getTime() - START) / MINUTE}`);
      then?.();
    });
  return { clock, timer, fired, arm };
}

/** Blocks this thread for `ms` of real time, as a busy or stalled machine would. */
function stall(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

describe('the stepped timer (preview --clock manual)', () => {
  it('stands still: no timer fires and the clock does not move until time is stepped', async () => {
    const { clock, fired, arm } = stepped();
    arm('a', 1);
    await new Promise((resolve) => setImmediate(resolve));
    stall(50);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fired).toEqual([]);
    expect(clock.now()).toEqual(at(0));
    expect(clock.rate()).toBe(0);
  });

  it('fires in due order, ties in the order armed, each seeing the clock at its own instant', async () => {
    const { clock, timer, fired, arm } = stepped();
    arm('c', 20);
    arm('a', 5);
    arm('b', 10);
    arm('a2', 5);
    arm('late', 31);
    expect(await timer.advanceTo(at(30).getTime())).toBe(4);
    expect(fired).toEqual(['a@5', 'a2@5', 'b@10', 'c@20']);
    expect(clock.now()).toEqual(at(30));
    expect(timer.nextAt()).toEqual(at(31));
  });

  it('fires timers that callbacks arm inside the window, and leaves those beyond it', async () => {
    const { timer, fired, arm } = stepped();
    arm('first', 5, () => {
      arm('armed-inside', 7);
      arm('armed-at-target', 30);
      arm('armed-beyond', 40);
    });
    arm('second', 10);
    await timer.advanceTo(at(30).getTime());
    expect(fired).toEqual(['first@5', 'armed-inside@7', 'second@10', 'armed-at-target@30']);
    expect(timer.nextAt()).toEqual(at(40));
  });

  it('never fires a cancelled timer, also when an earlier callback cancels it', async () => {
    const { timer, fired, arm } = stepped();
    const cancelLater = arm('cancelled-by-callback', 20);
    arm('canceller', 10, () => cancelLater());
    arm('cancelled-before', 5)();
    await timer.advanceTo(at(60).getTime());
    expect(fired).toEqual(['canceller@10']);
    expect(timer.nextAt()).toBeNull();
  });

  it('fires a timer armed at or before now on the next macrotask, without moving the clock', async () => {
    const { clock, timer, fired, arm } = stepped();
    await timer.advanceTo(at(10).getTime());
    arm('past', 3);
    arm('now', 10);
    expect(fired, 'not inside armAt').toEqual([]);
    await timer.settle();
    expect(fired).toEqual(['past@10', 'now@10']);
    expect(clock.now()).toEqual(at(10));

    // Nobody steps the clock: a due timer still fires, as a real 0-delay timer would.
    arm('unasked', 10);
    await new Promise((resolve) => setImmediate(resolve));
    expect(fired).toEqual(['past@10', 'now@10', 'unasked@10']);
  });

  it('advances to the next timer and fires every timer due at that instant', async () => {
    const { clock, timer, fired, arm } = stepped();
    expect(await timer.advanceToNext()).toBeNull();
    arm('x', 20);
    arm('y', 20);
    arm('z', 21);
    expect(await timer.advanceToNext()).toEqual({ at: at(20), fired: 2 });
    expect(fired).toEqual(['x@20', 'y@20']);
    expect(clock.now()).toEqual(at(20));
  });

  it('a jump or a sleep fires nothing: each armed timer keeps the time it had left', async () => {
    const { clock, timer, fired, arm } = stepped();
    arm('in-5', 5);
    arm('in-50', 50);
    clock.jump(60 * MINUTE);
    await timer.settle();
    expect(fired).toEqual([]);
    expect(clock.now()).toEqual(at(60));
    expect(timer.nextAt()).toEqual(at(65));
    clock.jump(-120 * MINUTE);
    await timer.settle();
    expect(fired).toEqual([]);
    await timer.advanceTo(at(-10).getTime());
    expect(fired).toEqual(['in-5@-55', 'in-50@-10']);
  });

  it('a callback that stalls the machine changes nothing: each timer still sees its own instant', async () => {
    const { clock, timer, fired, arm } = stepped();
    arm('slow', 1, () => stall(300));
    arm('after-stall', 1.25);
    arm('next', 2);
    await timer.advanceTo(at(3).getTime());
    expect(fired).toEqual(['slow@1', 'after-stall@1.25', 'next@2']);
    expect(clock.now()).toEqual(at(3));
  });

  it('stops with a clear error when a callback re-arms itself at the same instant forever', async () => {
    const { timer, arm } = stepped();
    const again = () => timer.armAt(at(1), again);
    arm('loop', 1, again);
    await expect(timer.advanceTo(at(2).getTime())).rejects.toThrow(
      `more than ${MAX_FIRES_AT_ONE_INSTANT} timers fired at 2026-11-26T07:01:00.000Z`,
    );
  });

  it('refuses an invalid date', () => {
    const { timer } = stepped();
    expect(() => timer.armAt(new Date(Number.NaN), () => undefined)).toThrow(/invalid date/);
  });

  it('fires exactly the uncancelled timers due by the target, in (instant, arming) order', async () => {
    const plan = fc.array(
      fc.record({ minutes: fc.integer({ min: -30, max: 120 }), cancel: fc.boolean() }),
      { maxLength: 30 },
    );
    await assertAsyncProperty(
      fc.asyncProperty(plan, fc.integer({ min: 1, max: 90 }), async (timers, target) => {
        const { clock, timer, fired } = stepped();
        timers.forEach(({ minutes, cancel }, index) => {
          const stop = timer.armAt(at(minutes), () => {
            fired.push(`${index}@${(clock.now().getTime() - START) / MINUTE}`);
          });
          if (cancel) stop();
        });
        await timer.advanceTo(at(target).getTime());
        const expected = timers
          .map((armed, index) => ({ ...armed, index }))
          .filter(({ minutes, cancel }) => !cancel && minutes <= target)
          .sort((a, b) => a.minutes - b.minutes || a.index - b.index)
          .map(({ minutes, index }) => `${index}@${Math.max(minutes, 0)}`);
        // Timers already due when armed fire at once, with the clock where it stood.
        expect(fired).toEqual(expected);
        expect(clock.now()).toEqual(at(target));
      }),
      50,
    );
  });
});
