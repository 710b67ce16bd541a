import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createPustApi } from '../../electron/contract/api';
import App from '../../src/App.svelte';
import { startCore } from '../support/core-harness';

describe('a full or read-only disk, as the person sees it', () => {
  it('says plainly that nothing was saved and nothing is lost, and saves once space returns', async () => {
    const harness = startCore();
    let diskFull = true;
    // Core answers as it does when the store refuses a write (see tests/unit/hardening).
    window.pust = createPustApi({
      invoke: async (channel, payload) =>
        channel === 'settings.update' && diskFull
          ? { ok: false, error: { code: 'storage-failed', message: 'ENOSPC' } }
          : harness.core.dispatch(channel, payload),
      subscribe: (listener) => harness.core.subscribe(listener),
    });
    render(App);
    await userEvent.click(await screen.findByRole('button', { name: 'Innstillinger' }));
    await userEvent.click(await screen.findByRole('radio', { name: 'Nynorsk' }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((node) =>
            node.textContent?.includes('Kunne ikke lagre. Sjekk at disken har plass'),
          ),
      ).toBe(true),
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Innstillinger' })).toBeInTheDocument();
    // The choice on screen stays what is saved.
    expect(screen.getByRole('radio', { name: 'Bokmål' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Nynorsk' })).not.toBeChecked();
    expect(await harness.core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { language: 'nb' } },
    });

    diskFull = false;
    await userEvent.click(screen.getByRole('radio', { name: 'Nynorsk' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Innstillingar' }),
    ).toBeInTheDocument();
    harness.core.dispose();
  });
});

describe('a value core refuses in the work profile', () => {
  it('is not kept on screen: the field shows the saved value and the status says why', async () => {
    const harness = startCore();
    window.pust = createPustApi({
      invoke: (channel, payload) => harness.core.dispatch(channel, payload),
      subscribe: (listener) => harness.core.subscribe(listener),
    });
    render(App);
    await userEvent.click(await screen.findByRole('button', { name: 'Innstillinger' }));
    const every = await screen.findByLabelText('Pause hvert (minutter)');
    await userEvent.clear(every);
    await userEvent.type(every, '2');
    every.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('status')
          .some((node) => node.textContent?.includes('Ingenting ble endret')),
      ).toBe(true),
    );
    await waitFor(() => expect(screen.getByLabelText('Pause hvert (minutter)')).toHaveValue(60));
    harness.core.dispose();
  });
});
