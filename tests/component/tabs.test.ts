import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import { LOADED } from './lazy-views';
import { installPust } from './pust-in-memory';

/** The main menu's tabs: I dag, Verktøy, Dagbok, Innstillinger. */
async function tab(name: string): Promise<void> {
  const menu = await screen.findByRole('navigation', { name: 'Hovedmeny' });
  await userEvent.click(within(menu).getByRole('button', { name }));
}

describe('every tab goes to its section’s start', { timeout: 30_000 }, () => {
  it('"Verktøy" while a tool is open goes back to the list of tools', async () => {
    const { core } = installPust();
    render(App);
    await tab('Verktøy');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Åpne Lyttesamtalen' }, LOADED),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lyttesamtalen' }, LOADED),
    ).toBeVisible();

    await tab('Verktøy');
    expect(await screen.findByRole('heading', { level: 1, name: 'Verktøy' }, LOADED)).toBeVisible();
    expect(screen.queryByRole('heading', { level: 1, name: 'Lyttesamtalen' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Åpne Lyttesamtalen' })).toBeVisible();
    // Focus goes to the start of the content, for keyboard and screen-reader users.
    expect(document.activeElement).toBe(screen.getByRole('main'));
    core.dispose();
  });

  it('"Dagbok" while another part of the journal is open goes back to the timeline', async () => {
    const { core } = installPust();
    render(App);
    await tab('Dagbok');
    await screen.findByRole('heading', { level: 2, name: 'Tidslinje' }, LOADED);
    await userEvent.click(screen.getByRole('button', { name: 'Utvikling' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Utvikling' }, LOADED),
    ).toBeVisible();

    await tab('Dagbok');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Tidslinje' }, LOADED),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Tidslinje' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    core.dispose();
  });

  it('each tab opens its own view from any other, and "I dag" and "Innstillinger" again', async () => {
    const { core } = installPust();
    render(App);
    for (const [name, heading] of [
      ['Innstillinger', 'Innstillinger'],
      ['Innstillinger', 'Innstillinger'],
      ['I dag', 'I dag'],
      ['I dag', 'I dag'],
      ['Verktøy', 'Verktøy'],
      ['Dagbok', 'Dagbok'],
    ] as const) {
      await tab(name);
      expect(await screen.findByRole('heading', { level: 1, name: heading }, LOADED)).toBeVisible();
      expect(
        within(screen.getByRole('navigation', { name: 'Hovedmeny' })).getByRole('button', {
          name,
        }),
      ).toHaveAttribute('aria-current', 'page');
    }
    core.dispose();
  });
});
