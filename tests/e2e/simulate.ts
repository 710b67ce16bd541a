import { expect, type Page } from '@playwright/test';
import type { ActivityInfo, ClockInfo } from '../../electron/preview/panel/messages';

export interface SimulationReply {
  clock: ClockInfo;
  activity: ActivityInfo;
  /** Timers the step fired (manual clock). */
  fired: number;
}

/**
 * Drives the preview's simulated machine (clock, sleep, lock, time zone) as the dev panel does,
 * and returns once the page has had every update the step caused: the preview answers after the
 * step's timers have fired, and names its clock last on the page's event stream, so when the
 * panel shows that clock, everything before it has arrived. A refused step throws its message.
 */
export async function simulate(
  page: Page,
  step: Record<string, unknown>,
): Promise<SimulationReply> {
  const reply = await page.evaluate(async (body) => {
    const token = document.querySelector<HTMLMetaElement>(
      'meta[name="pust-preview-token"]',
    )!.content;
    const response = await fetch('/__preview/sim', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pust-token': token },
      body: JSON.stringify(body),
    });
    return (await response.json()) as
      { ok: true; value: unknown } | { ok: false; error: { message: string } };
  }, step);
  if (!reply.ok)
    throw new Error(`simulation step ${JSON.stringify(step)} refused: ${reply.error.message}`);
  const outcome = reply.value as SimulationReply;
  await expect(page.getByTestId('sim-clock')).toHaveAttribute('data-now', outcome.clock.now);
  return outcome;
}

/** Lets `minutes` of simulated time pass (manual clock): due timers fire in order on the way. */
export function advance(page: Page, minutes: number): Promise<SimulationReply> {
  return simulate(page, { op: 'advance', minutes });
}

/** Lets simulated time pass until `at` (an ISO instant with its offset). */
export function advanceTo(page: Page, at: string): Promise<SimulationReply> {
  return simulate(page, { op: 'advance-to', at });
}

/** Advances to the earliest armed timer and fires it; returns the instant the clock is now at. */
export async function nextTimer(page: Page): Promise<string> {
  return (await simulate(page, { op: 'next-timer' })).clock.now;
}

/**
 * Lets simulated time pass in steps of `stepMinutes` until `reached()` holds, at most
 * `withinMinutes`: a wait on a condition measured in simulated time, not in real time.
 */
export async function advanceUntil(
  page: Page,
  reached: () => Promise<boolean>,
  { stepMinutes = 1, withinMinutes }: { stepMinutes?: number; withinMinutes: number },
): Promise<void> {
  for (let passed = 0; !(await reached()); passed += stepMinutes) {
    if (passed >= withinMinutes) {
      throw new Error(`not reached within ${withinMinutes} simulated minutes`);
    }
    await advance(page, stepMinutes);
  }
}
