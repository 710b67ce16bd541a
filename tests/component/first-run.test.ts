import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tick } from 'svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { firstRun } from '../../src/lib/first-run.svelte';
import { settings } from '../../src/lib/settings.svelte';
import { tempDir } from '../support/core-harness';
import { LOADED, stepHeading } from './lazy-views';
import { installPust, savedValues } from './pust-in-memory';

describe('the first-run setup', { timeout: 30_000 }, () => {
  it('greets a fresh profile in its language once; skipping it opens Today and is remembered', async () => {
    const harness = installPust({ firstRun: true });
    await harness.core.dispatch('settings.update', { language: 'nn' });
    render(App);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Velkommen til Pust' }, LOADED),
    ).toBeInTheDocument();
    expect(await stepHeading('Før du byrjar')).toHaveFocus();
    expect(screen.getByText('Steg 1 av 6')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hopp over oppsettet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'I dag' })).toBeInTheDocument();
    expect((await savedValues(harness)).firstRunDone).toBe(true);

    // Pust starts again: a new window on the same core opens on Today.
    cleanup();
    firstRun.left = false;
    settings.view = null;
    render(App);
    expect(await screen.findByRole('heading', { level: 1, name: 'I dag' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Velkommen til Pust' })).toBeNull();
  });

  it('never shows in a prompt window, even for a fresh profile', async () => {
    installPust({ firstRun: true });
    location.hash = '#prompt';
    render(App);
    await waitFor(() => expect(settings.view?.values.firstRunDone).toBe(false));
    await tick();
    expect(screen.queryByRole('heading', { name: 'Velkommen til Pust' })).toBeNull();
    expect(document.querySelector('.prompt-window')).not.toBeNull();
  });

  it('says which steps IT has decided, and leaves them out', async () => {
    const policyFile = join(tempDir('pust-policy-'), 'policy.json');
    writeFileSync(
      policyFile,
      JSON.stringify({
        defaults: { workProfile: { endOfDayFirmness: 'strict', lunch: { at: '11:00' } } },
        locked: ['workProfile.lunch', 'workProfile.endOfDayFirmness'],
        message: 'Spør IT-brukerstøtte.',
      }),
    );
    installPust({ firstRun: true, policyFile });
    render(App);
    await stepHeading('Før du begynner');
    expect(screen.getByText('Steg 1 av 4')).toBeInTheDocument();
    expect(screen.getByTestId('decided-by-it')).toHaveTextContent(
      'IT-avdelingen har allerede bestemt dette for deg, så Pust hopper over det: lunsj, kvelden.',
    );
    expect(screen.getByTestId('decided-by-it')).toHaveTextContent('Spør IT-brukerstøtte.');
    const headings: string[] = [];
    for (const name of ['Arbeidstid', 'Leder eller ikke', 'Slik blir dagen i dag']) {
      await userEvent.click(screen.getByRole('button', { name: 'Neste' }));
      headings.push((await stepHeading(name)).textContent!.trim());
    }
    expect(headings).toEqual(['Arbeidstid', 'Leder eller ikke', 'Slik blir dagen i dag']);
    expect(screen.getByText('Steg 4 av 4')).toBeInTheDocument();
  });

  it('can be gone through again from Settings; skipping then goes back to Settings', async () => {
    const harness = installPust();
    render(App);
    await userEvent.click(await screen.findByRole('button', { name: 'Innstillinger' }));
    await userEvent.click(
      await screen.findByRole('button', { name: 'Gå gjennom oppsettet igjen' }, LOADED),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sett opp Pust' }, LOADED),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hopp over oppsettet' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Innstillinger' }, LOADED),
    ).toBeInTheDocument();
    expect((await savedValues(harness)).firstRunDone).toBe(true);
  });
});
