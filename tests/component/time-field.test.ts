import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { parseTimeOfDay } from '../../src/lib/time-of-day';
import { LOADED } from './lazy-views';
import { installCountingPust, savedValues } from './pust-in-memory';

/** A real core behind the renderer, counting the settings saves the renderer asks for. */
function installTimeFieldPust() {
  const { harness, saves } = installCountingPust();
  const saved = async () => (await savedValues(harness)).workProfile;
  return { harness, saves, saved };
}

async function openSettings(name: string): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name }));
}

describe('times of day in Settings', { timeout: 30_000 }, () => {
  it('reads what people type and writes HH:MM', () => {
    expect(parseTimeOfDay('0745')).toBe('07:45');
    expect(parseTimeOfDay('745')).toBe('07:45');
    expect(parseTimeOfDay('7.45')).toBe('07:45');
    expect(parseTimeOfDay(' 15:30 ')).toBe('15:30');
    expect(parseTimeOfDay('7')).toBe('07:00');
    for (const bad of ['24:00', '12:60', '7:4', '7 am', '', '12345']) {
      expect(parseTimeOfDay(bad), bad).toBeNull();
    }
  });

  it('shows every time field as 24-hour HH:MM and saves once, when the person leaves the field', async () => {
    const { harness, saves, saved } = installTimeFieldPust();
    render(App);
    await openSettings('Innstillinger');
    const start = await screen.findByRole('textbox', { name: 'Start hver arbeidsdag' }, LOADED);
    expect(start).toHaveValue('08:00');
    expect(screen.getByRole('textbox', { name: 'Slutt hver arbeidsdag' })).toHaveValue('15:30');
    expect(screen.getByRole('textbox', { name: 'Lunsj klokka' })).toHaveValue('11:30');

    await userEvent.clear(start);
    await userEvent.type(start, '0745');
    expect(saves).toEqual([]); // nothing saved per keystroke (Chromium's time input saved 00:00)
    await userEvent.tab();
    await waitFor(async () =>
      expect((await saved()).weekdays.mon).toEqual({ start: '07:45', end: '15:30' }),
    );
    expect(saves).toHaveLength(1);
    expect(screen.getByRole('textbox', { name: 'Start hver arbeidsdag' })).toHaveValue('07:45');
    harness.core.dispose();
  });

  it('saves on Enter, in nynorsk too', async () => {
    const { harness, saved } = installTimeFieldPust();
    await harness.core.dispatch('settings.update', { language: 'nn' });
    render(App);
    await openSettings('Innstillingar');
    const lunch = await screen.findByRole('textbox', { name: 'Lunsj klokka' }, LOADED);
    await userEvent.clear(lunch);
    await userEvent.type(lunch, '12.15{Enter}');
    await waitFor(async () => expect((await saved()).lunch.at).toBe('12:15'));
    expect(screen.getByRole('textbox', { name: 'Lunsj klokka' })).toHaveValue('12:15');
    expect(screen.getByRole('textbox', { name: 'Start kvar arbeidsdag' })).toHaveValue('08:00');
    harness.core.dispose();
  });

  it('keeps a time it cannot read as typed, says how to write it, and saves nothing', async () => {
    const { harness, saves, saved } = installTimeFieldPust();
    render(App);
    await openSettings('Innstillinger');
    const end = await screen.findByRole('textbox', { name: 'Slutt hver arbeidsdag' }, LOADED);
    await userEvent.clear(end);
    await userEvent.type(end, '25:00');
    await userEvent.tab();
    expect(end).toHaveValue('25:00');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription(
      'Skriv klokkeslettet som tt:mm, for eksempel 07:45. Det er ikke lagret.',
    );
    expect(saves).toEqual([]);
    expect((await saved()).weekdays.fri).toEqual({ start: '08:00', end: '15:30' });

    // Escape goes back to the saved time; a good time then saves and the message goes.
    end.focus();
    await userEvent.keyboard('{Escape}');
    expect(end).toHaveValue('15:30');
    await userEvent.clear(end);
    await userEvent.type(end, '1500');
    await userEvent.tab();
    await waitFor(async () => expect((await saved()).weekdays.fri?.end).toBe('15:00'));
    expect(screen.getByRole('textbox', { name: 'Slutt hver arbeidsdag' })).not.toHaveAttribute(
      'aria-invalid',
      'true',
    );
    harness.core.dispose();
  });
});
