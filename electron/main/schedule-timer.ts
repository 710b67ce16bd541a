import schedule from 'node-schedule';
import type { Timer } from '../core/ports';

/**
 * The core's Timer as node-schedule jobs at wall-clock instants (the engine re-arms after a
 * resume or a clock change, since the jobs run on elapsed time). node-schedule silently refuses a
 * date that has passed (it returns no job, and nothing ever fires), and an instant the engine asks
 * for "now" has passed by the time it is armed: such a job runs at once instead.
 */
export const scheduleTimer: Timer = {
  armAt(at, fire) {
    const job = at.getTime() > Date.now() ? schedule.scheduleJob(at, fire) : null;
    if (job) return () => job.cancel();
    const now = setTimeout(fire, 0);
    return () => clearTimeout(now);
  },
};

/** Cancels every job at quit, so none runs while the app is closing. */
export function stopScheduledJobs(): Promise<void> {
  return schedule.gracefulShutdown();
}
