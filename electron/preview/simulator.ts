import type { Result } from '../contract';
import type { ActivityInfo, ClockInfo } from './panel/messages';
import type { PreviewClock } from './preview-clock';
import type { SimulatedActivity } from './simulated-activity';
import type { SimulatedClock } from './simulated-clock';
import { MAX_ADVANCE_MS, type SimulationOp } from './simulation-op';
import type { SteppedClock } from './stepped-clock';
import type { SteppedTimer } from './stepped-timer';

/** The preview's clock with what moves it: real time, or Simulate steps. */
export type PreviewTime =
  | { mode: 'real'; clock: SimulatedClock }
  | { mode: 'manual'; clock: SteppedClock; timer: SteppedTimer };

export interface SimulationOutcome {
  clock: ClockInfo;
  activity: ActivityInfo;
  /** Timers fired by the step (manual clock only; 0 with the real one). */
  fired: number;
}

const refused = (message: string): Result<never> => ({
  ok: false,
  error: { code: 'action-refused', message },
});

/**
 * Runs Simulate steps one at a time, in the order they were asked for: a step waits until the one
 * before it, and every timer callback it caused, has run. With the manual clock it answers only
 * once the timers a step made due have fired, so whoever asked sees their consequences.
 */
export class Simulator {
  #last: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly time: PreviewTime,
    private readonly activity: SimulatedActivity,
  ) {}

  get clock(): PreviewClock {
    return this.time.clock;
  }

  clockInfo(): ClockInfo {
    const { clock } = this.time;
    return {
      now: clock.now().toISOString(),
      mode: this.time.mode,
      speed: clock.speed,
      timeZone: clock.timeZone(),
      nextTimer:
        this.time.mode === 'manual' ? (this.time.timer.nextAt()?.toISOString() ?? null) : null,
    };
  }

  run(op: SimulationOp): Promise<Result<SimulationOutcome>> {
    const result = this.#last.then(() => this.#run(op));
    this.#last = result.catch(() => undefined);
    return result;
  }

  async #run(op: SimulationOp): Promise<Result<SimulationOutcome>> {
    const fired = await (this.time.mode === 'real'
      ? this.#runReal(op, this.time.clock)
      : this.#runManual(op, this.time.clock, this.time.timer));
    if (typeof fired !== 'number') return fired;
    return {
      ok: true,
      value: { clock: this.clockInfo(), activity: this.activity.describe(), fired },
    };
  }

  #runReal(op: SimulationOp, clock: SimulatedClock): number | Result<never> {
    switch (op.op) {
      case 'advance':
      case 'advance-to':
      case 'next-timer':
        return refused(
          `${op.op} needs the manual clock (--clock manual); this preview's clock runs by itself`,
        );
      case 'speed':
        // Armed timers wait in real time: re-plan them at the new speed, as after a clock change.
        clock.setSpeed(op.speed);
        this.activity.announce('clock-changed');
        return 0;
      default:
        this.activity.apply(op);
        return 0;
    }
  }

  async #runManual(
    op: SimulationOp,
    clock: SteppedClock,
    timer: SteppedTimer,
  ): Promise<number | Result<never>> {
    const now = clock.now().getTime();
    switch (op.op) {
      case 'speed':
        return refused(
          'the manual clock has no speed: step it with advance, advance-to or next-timer',
        );
      case 'advance':
        return timer.advanceTo(now + op.minutes * 60_000);
      case 'advance-to': {
        const target = Date.parse(op.at);
        if (target < now) {
          return refused(
            `advance-to ${op.at} is before the clock (${clock.now().toISOString()}); time passing ` +
              'cannot go back (use jump to set the clock back)',
          );
        }
        if (target - now > MAX_ADVANCE_MS) {
          return refused(`advance-to ${op.at} is more than 14 days ahead of the clock`);
        }
        return timer.advanceTo(target);
      }
      case 'next-timer': {
        const reached = await timer.advanceToNext();
        return reached?.fired ?? refused('no timer is armed: there is nothing to advance to');
      }
      default:
        // A sleep or a changed clock moves the clock without firing the timers in between; core
        // re-plans when it hears of it. Whatever a step made due fires before the answer.
        this.activity.apply(op);
        return timer.settle();
    }
  }
}
