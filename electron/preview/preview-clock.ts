import type { Clock } from '../core/ports';
import type { PreviewClockMode } from './options';

/**
 * What the preview needs from its simulated clock, whichever kind runs: the real one
 * (SimulatedClock, `--speed` times real time) or the manual one (SteppedClock, moved only by
 * Simulate steps).
 */
export interface PreviewClock extends Clock {
  readonly mode: PreviewClockMode;
  /** Simulated seconds per real second: `--speed` for the real clock, 0 for the manual one. */
  readonly speed: number;
  rate(): number;
  /** Moves the clock as a changed system clock would (either way). */
  jump(milliseconds: number): void;
  setTimeZone(zone: string): void;
}
