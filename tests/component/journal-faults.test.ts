import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPustApi } from '../../electron/contract/api';
import type { EntryDraftInput, JournalPage } from '../../electron/contract/journal';
import App from '../../src/App.svelte';
import { settings } from '../../src/lib/settings.svelte';
import JournalView from '../../src/views/journal/JournalView.svelte';
import { startCore, tempDir, type CoreHarness } from '../support/core-harness';
import { installPust } from './pust-in-memory';

/** Issue 13 in the renderer, against a real core: faults 3, 7 and 8. */

async function add(harness: CoreHarness, entry: EntryDraftInput): Promise<void> {
  harness.time.runFor(60_000);
  const result = await harness.core.dispatch('journal.add', { entry });
  if (!result.ok) throw new Error(result.error.message);
}

async function total(harness: CoreHarness): Promise<number> {
  const result = await harness.core.dispatch('journal.list', { limit: 1 });
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as JournalPage).total;
}

const articles = () =>
  within(screen.getByRole('list', { name: 'Tidslinje' })).getAllByRole('article');

describe('fault 3: a large import is all or nothing, and says so', () => {
  it('2,000 valid entries and one invalid: nothing is added, and the bad entry is named', async () => {
    const harness = installPust();
    await settings.load();
    render(JournalView);
    await userEvent.click(await screen.findByRole('button', { name: 'Eksport og sletting' }));
    const at = '2026-11-20T09:00:00.000+01:00';
    const entries: unknown[] = Array.from({ length: 2000 }, (_, n) => ({
      id: `e${n}`,
      kind: 'note',
      text: `Notat ${n}: ${'ord '.repeat(100)}`,
      tags: [],
      createdAt: at,
      editedAt: at,
      timeZone: 'Europe/Oslo',
      schemaVersion: 2,
    }));
    entries.push({ id: 'feil', kind: 'note', text: '', schemaVersion: 2 });
    const json = JSON.stringify({ app: 'pust', type: 'journal-export', exportVersion: 1, entries });
    expect(json.length).toBeGreaterThan(2 * 400_000); // sent in several parts

    await userEvent.upload(
      screen.getByLabelText('JSON-fil fra Pust'),
      new File([json], 'dagbok.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'Innlegg nummer 2001 i filen er ugyldig, så filen ble ikke importert. Ingenting i dagboken ble endret.',
        undefined,
        { timeout: 20_000 },
      ),
    ).toBeInTheDocument();
    expect(await total(harness)).toBe(0);
  }, 60_000);
});

describe('fault 7: the timeline after an entry is written elsewhere', () => {
  it('filtered, then "show more": every entry once, and the count says what is listed', async () => {
    const harness = installPust();
    for (let n = 1; n <= 60; n++)
      await add(harness, { kind: 'note', text: `Notat ${n}`, tags: ['uke'] });
    await settings.load();
    render(JournalView);
    await screen.findByRole('heading', { level: 2, name: 'Tidslinje' });
    await userEvent.type(screen.getByLabelText('Stikkord'), 'uke');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    expect(
      await screen.findByText('Viser 50 av 60 innlegg.', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();

    // Another window (the evening check-in, a tool) writes while the filter is on.
    await add(harness, { kind: 'note', text: 'Fra et annet vindu', tags: ['uke'] });
    await userEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(
      await screen.findByText('Viser 61 av 61 innlegg.', undefined, { timeout: 10_000 }),
    ).toBeInTheDocument();
    const shown = articles().map((article) => article.textContent);
    expect(shown).toHaveLength(61);
    expect(new Set(shown).size).toBe(61);
    expect(shown[0]).toContain('Fra et annet vindu');
    expect(screen.queryByRole('button', { name: 'Vis flere' })).not.toBeInTheDocument();
  }, 60_000);
});

describe('fault 8: a reset state.json is shown in Settings', () => {
  it('names the file, where the untouched copy lies, and what it held', async () => {
    const dir = tempDir('pust-state-');
    startCore(dir).core.dispose();
    writeFileSync(join(dir, 'state.json'), '{"team.members": [');
    const { core } = startCore(dir);
    window.pust = createPustApi({
      invoke: (channel, payload) => core.dispatch(channel, payload),
      subscribe: (listener) => core.subscribe(listener),
    });
    render(App);
    // Settings is loaded when first opened; a busy machine may take seconds.
    const wait = { timeout: 15_000 };
    await userEvent.click(await screen.findByRole('button', { name: 'Innstillinger' }, wait));
    const notice = await screen.findByTestId('store-notice', undefined, wait);
    expect(notice).toHaveTextContent('En fil kunne ikke brukes slik den var');
    expect(notice).toHaveTextContent(`listen over teamet ditt`);
    expect(notice).toHaveTextContent(join(dir, 'state.json'));
    expect(notice).toHaveTextContent(/Pust flyttet den urørt til .*state\.damaged-.*\.json/);
  }, 30_000);
});
