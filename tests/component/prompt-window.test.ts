import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkdayView } from '../../electron/contract';
import { workday } from '../../src/lib/workday.svelte';
import PromptHost from '../../src/views/prompts/PromptHost.svelte';
import { ok } from '../support/result';
import { installPust } from './pust-in-memory';

/** Issue 18: the prompt window as the person meets it, with a real core behind it. */

let stop: (() => void) | null = null;
afterEach(() => {
  stop?.();
  stop = null;
  workday.view = null;
});

/** A real core at `now`, its day mirrored into the renderer as Electron's prompt window does. */
async function windowAt(now: string) {
  const harness = installPust({ now });
  stop = () => harness.core.dispose();
  harness.core.subscribe((event, payload) => {
    if (event === 'workday.changed') workday.apply(payload as WorkdayView);
  });
  const first = await harness.core.dispatch('workday.get', undefined);
  if (first.ok) workday.apply(first.value as WorkdayView);
  return harness;
}

describe('the break window', () => {
  it('opens with its title in focus, not a button a keystroke would press (item 6)', async () => {
    const harness = await windowAt('2026-11-26T07:59:00+01:00');
    render(PromptHost, { mode: 'window' });
    harness.time.runFor(61 * 60_000); // 09:00, the first break
    const title = await screen.findByRole('heading', { level: 2, name: 'Tid for en pause' });
    await waitFor(() => expect(title).toHaveFocus());
    expect(screen.getByRole('button', { name: 'Utsett 5 min' })).not.toHaveFocus();
    // Typing on as if the window were not there answers nothing.
    await userEvent.keyboard('ok{Enter} {Enter}');
    expect(workday.view?.openPrompt?.kind).toBe('break');
    expect(workday.view?.counts.postponed).toBe(0);
  });

  it('can be started and finished: "Start pausen" restarts the countdown, "Ferdig nå" ends it (item 7)', async () => {
    const harness = await windowAt('2026-11-26T07:59:00+01:00');
    render(PromptHost, { mode: 'window' });
    harness.time.runFor(61 * 60_000 + 30_000); // 09:00:30
    await screen.findByRole('heading', { level: 2, name: 'Tid for en pause' });
    // The window's clock follows core's (the app ticks it each second; here, one reading).
    const now = await harness.core.dispatch('workday.get', undefined);
    if (now.ok) workday.apply(now.value as WorkdayView);
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('Tid igjen: 4:30'));
    await userEvent.click(screen.getByRole('button', { name: 'Start pausen' }));
    await waitFor(() => expect(screen.getByRole('timer')).toHaveTextContent('Tid igjen: 5:00'));
    expect(screen.queryByRole('button', { name: 'Start pausen' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ferdig nå' }));
    await waitFor(() => expect(workday.view?.openPrompt).toBeNull());
    // Not away for half of it: offered, not taken.
    expect(workday.view?.timeline.find((e) => e.kind === 'break')).toMatchObject({
      state: 'not-taken',
    });
  });

  it('a break taken on request offers no "Utsett", and names a concrete idea (items 7 and 8)', async () => {
    const harness = await windowAt('2026-11-26T08:30:00+01:00');
    render(PromptHost, { mode: 'window' });
    await harness.core.dispatch('workday.act', { action: 'take-break' });
    await screen.findByRole('heading', { level: 2, name: 'Tid for en pause' });
    expect(screen.queryByRole('button', { name: /^Utsett/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Hopp over' })).toBeInTheDocument();
    expect(screen.getByTestId('break-idea').querySelector('h3')?.textContent?.trim()).not.toBe('');
  });
});

/**
 * The end-of-day ritual's window at 15:30, taken by the person to its last step with the check-in
 * skipped: what is left is to end the day or to work a little longer.
 */
async function ritualAtLastStepWithoutCheckIn() {
  const harness = await windowAt('2026-11-26T15:29:00+01:00');
  render(PromptHost, { mode: 'window' });
  harness.time.runFor(60_000);
  await userEvent.click(await screen.findByRole('button', { name: 'Neste' }));
  await userEvent.click(screen.getByRole('button', { name: 'Hopp over innsjekkingen' }));
  return harness;
}

describe('the end-of-day ritual', () => {
  it('can be put off at step 1, comes back once, and the check-in can be skipped (items 4 and 9)', async () => {
    const harness = await windowAt('2026-11-26T15:29:00+01:00');
    render(PromptHost, { mode: 'window' });
    harness.time.runFor(60_000); // 15:30, the end of the day
    await screen.findByRole('heading', { level: 2, name: 'Fyrabend' });
    expect(screen.getByText('Du får spørsmålet igjen om en halvtime.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ikke nå' }));
    await waitFor(() => expect(workday.view?.openPrompt).toBeNull());
    expect(workday.view?.status).toBe('overtime');
    harness.time.runFor(30 * 60_000); // 16:00: back, once
    await waitFor(() => expect(workday.view?.openPrompt?.kind).toBe('end-of-day'));
    expect(workday.view?.openPrompt?.canPostpone).toBe(false);
    await userEvent.click(await screen.findByRole('button', { name: 'Neste' }));
    // A failed save says so; a good one replaces the message with the confirmation.
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboken' }));
    expect(screen.getByRole('status')).toHaveTextContent('Velg energi, humør og stress først.');
    for (const scale of ['Energi', 'Humør', 'Stress']) {
      await userEvent.click(screen.getByRole('group', { name: scale }).querySelector('input')!);
    }
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboken' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Lagret i dagboken.'));
    expect(screen.getByRole('status')).not.toHaveTextContent('Velg energi');
  });

  it('its last button ends the working day at once: no second click, no "working after hours" (item 1)', async () => {
    const harness = await ritualAtLastStepWithoutCheckIn();
    await userEvent.click(await screen.findByRole('button', { name: 'Avslutt arbeidsdagen' }));
    await waitFor(() => expect(workday.view?.openPrompt).toBeNull());
    expect(workday.view?.status).toBe('closed');
    // Still ended a few minutes on: nothing asks the person to end the day again.
    harness.time.runFor(10 * 60_000);
    const day = ok(await harness.core.dispatch('workday.get', undefined)) as WorkdayView;
    expect(day.status).toBe('closed');
    expect(day.openPrompt).toBeNull();
  });

  it('step 2 can be skipped without a check-in, and step 3 lets the person work a little longer (item 9)', async () => {
    const harness = await ritualAtLastStepWithoutCheckIn();
    await userEvent.click(await screen.findByRole('button', { name: 'Jeg må jobbe litt til' }));
    await waitFor(() => expect(workday.view?.openPrompt).toBeNull());
    expect(workday.view?.status).toBe('overtime');
    const saved = await harness.core.dispatch('journal.list', { kind: 'check-in' });
    expect(saved.ok && (saved.value as { entries: unknown[] }).entries).toEqual([]);
  });
});
