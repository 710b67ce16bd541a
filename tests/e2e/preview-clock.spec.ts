import { startPreviewAt, startPreviewProcess } from '../support/preview-process';
import { expect, test } from './fixtures';
import { nextTimer, simulate } from './simulate';

/*
 * The preview's two clocks as a developer meets them in the dev panel: the manual clock stands
 * still until it is stepped, its steps are offered in the panel, and the app's own clock on Today
 * follows each step; the real clock runs by itself and offers no steps.
 */

test('the manual clock moves only when stepped, from the dev panel too, and Today’s clock follows', async ({
  page,
}) => {
  const preview = await startPreviewAt('2026-11-26T07:59:30');
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    const todayDate = page.locator('.today__date');
    await expect(todayDate).toHaveText('torsdag 26. november · 07:59');

    // "Next timer" goes exactly to the instant the panel announced, and no further.
    const mode = panel.getByTestId('clock-mode');
    await expect(mode).toContainText(
      /^Clock: manual, moves only when stepped\. Next timer: \d\d:\d\d:\d\d$/,
    );
    const announced = (await mode.textContent())!.slice(-8);
    const reached = await nextTimer(page);
    expect(new Date(reached).toLocaleTimeString('nb-NO', { timeZone: 'Europe/Oslo' })).toBe(
      announced,
    );

    // Steps from the panel: the workday starts at 08:00, the first micro-break comes at 08:20,
    // and Today's clock shows where the step left it.
    await panel.getByRole('button', { name: '+1 min' }).click();
    await expect(panel.getByTestId('tray-state')).toHaveText('Icon: working');
    await panel.getByLabel('Minutes to let pass').fill('20');
    await panel.getByRole('button', { name: 'Advance', exact: true }).click();
    await expect(panel.getByTestId('prompt-log').locator('li')).toHaveText([
      '08:20 micro-break (mini)',
    ]);
    const simClock = panel.getByTestId('sim-clock');
    const stepped = async () => Date.parse((await simClock.getAttribute('data-now')) ?? '');
    // The panel hears of the step's clock last, after the prompt it brought.
    await expect.poll(stepped).toBeGreaterThan(Date.parse('2026-11-26T08:20:00+01:00'));
    const hhmm = new Date(await stepped()).toLocaleTimeString('nb-NO', {
      timeZone: 'Europe/Oslo',
      hour: '2-digit',
      minute: '2-digit',
    });
    await expect(todayDate).toHaveText(`torsdag 26. november · ${hhmm}`);

    // A step that cannot be taken says why, and moves nothing.
    const clockBefore = await simClock.getAttribute('data-now');
    await panel.getByLabel('Minutes to let pass').fill('0');
    await panel.getByRole('button', { name: 'Advance', exact: true }).click();
    await expect(panel.getByTestId('simulate-problem')).toHaveText(
      'Invalid simulation step: minutes: Too small: expected number to be >0',
    );
    await expect(simClock).toHaveAttribute('data-now', clockBefore!);
    await expect(simulate(page, { op: 'speed', speed: 60 })).rejects.toThrow(
      'the manual clock has no speed',
    );
  } finally {
    await preview.stop();
  }
});

test('the real clock runs by itself and offers no time steps', async ({ page }) => {
  const preview = await startPreviewProcess({
    args: ['--now', '2026-11-28T10:00', '--tz', 'Europe/Oslo', '--speed', '60'],
  });
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    await expect(panel.getByTestId('clock-mode')).toHaveText('Clock: real time ×60');
    await expect(panel.getByTestId('time-steps')).toBeHidden();
    await expect(simulate(page, { op: 'advance', minutes: 5 })).rejects.toThrow(
      'advance needs the manual clock (--clock manual)',
    );
  } finally {
    await preview.stop();
  }
});
