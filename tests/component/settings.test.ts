import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { installPust } from './pust-in-memory';

/** The app opens on Today; Settings is one click away in the main menu. */
async function openSettings(name = 'Innstillinger'): Promise<void> {
  await userEvent.click(await screen.findByRole('button', { name }));
}

describe('the Settings view', () => {
  it('shows bokmål and the system theme by default', async () => {
    installPust();
    render(App);
    await openSettings();
    expect(await screen.findByRole('radio', { name: 'Bokmål' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Som systemet' })).toBeChecked();
    expect(screen.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeInTheDocument();
  });

  it('switches every text to nynorsk and saves the choice in core', async () => {
    const { core } = installPust();
    render(App);
    await openSettings();
    await userEvent.click(await screen.findByRole('radio', { name: 'Nynorsk' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Innstillingar' }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((node) => node.textContent?.includes('Lagra.'))).toBe(
      true,
    );
    expect(document.documentElement.lang).toBe('nn-NO');
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { language: 'nn' } },
    });
  });

  it('applies dark and high-contrast themes to the document', async () => {
    installPust();
    render(App);
    await openSettings();
    await userEvent.click(await screen.findByRole('radio', { name: 'Mørkt' }));
    await waitFor(() => expect(document.documentElement.dataset.colorScheme).toBe('dark'));
    await userEvent.click(screen.getByRole('radio', { name: 'Høy kontrast' }));
    await waitFor(() => expect(document.documentElement.dataset.contrast).toBe('high'));
  });

  it('follows a change made elsewhere (the tray, another window)', async () => {
    const { core } = installPust();
    render(App);
    await openSettings();
    await screen.findByRole('radio', { name: 'Bokmål' });
    await core.dispatch('settings.update', { language: 'en' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
  });

  it('says plainly when Pust cannot be reached', async () => {
    render(App);
    expect(await screen.findByRole('alert')).toHaveTextContent('Får ikke kontakt med Pust');
  });
});
