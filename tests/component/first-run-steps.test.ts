import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { stepHeading } from './lazy-views';
import { installPust, savedValues } from './pust-in-memory';

/*
 * The first run's steps and the plan they make. A file of its own: the renderer's mirror of the
 * day listens to the first core it is given, so the plan is read right only in a file's first app.
 */

describe('the first-run setup', { timeout: 30_000 }, () => {
  it('asks about the week, lunch, the evening and the role, and shows the plan they make', async () => {
    const harness = installPust({ firstRun: true });
    render(App);
    await stepHeading('Før du begynner');
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await stepHeading('Arbeidstid');
    const start = screen.getByRole('textbox', { name: 'Start hver arbeidsdag' });
    await userEvent.clear(start);
    await userEvent.type(start, '0830{Enter}');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Andre tider på fredag' }));
    const fridayEnd = screen.getByRole('textbox', { name: 'Slutt fredag' });
    await userEvent.clear(fridayEnd);
    await userEvent.type(fridayEnd, '1400{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await stepHeading('Lunsj');
    const lunch = screen.getByRole('textbox', { name: 'Lunsj klokka' });
    await userEvent.clear(lunch);
    await userEvent.type(lunch, '1200{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await stepHeading('Kvelden');
    await userEvent.click(screen.getByRole('radio', { name: /^Streng:/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await stepHeading('Leder eller ikke');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Ledermodus/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
    await stepHeading('Slik blir dagen i dag');

    const profile = (await savedValues(harness)).workProfile;
    expect(profile.weekdays).toMatchObject({
      mon: { start: '08:30', end: '15:30' },
      thu: { start: '08:30', end: '15:30' },
      fri: { start: '08:30', end: '14:00' },
      sat: null,
    });
    expect(profile).toMatchObject({ lunch: { at: '12:00' }, endOfDayFirmness: 'strict' });
    expect(profile.leaderMode).toBe(true);
    // The core's clock stands on Thursday 2026-11-26 07:00: today's plan, from core's own view.
    const plan = screen.getByTestId('first-run-plan');
    await waitFor(() => expect(plan).toHaveTextContent('Arbeidstid 08:30–15:30'));
    expect(plan).toHaveTextContent('12:00 Lunsj');
    expect(plan).toHaveTextContent('15:30 Fyrabend');
    expect(screen.queryByRole('button', { name: 'Hopp over oppsettet' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Ferdig – vis I dag' }));
    expect(await screen.findByText('Arbeidstid 08:30–15:30')).toBeInTheDocument();
    expect((await savedValues(harness)).firstRunDone).toBe(true);
  });
});
