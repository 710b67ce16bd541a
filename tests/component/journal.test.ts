import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { readFileSync, writeFileSync } from 'node:fs';

import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPustApi } from '../../electron/contract/api';
import type { EntryDraftInput, JournalEntry, JournalPage } from '../../electron/contract/journal';
import type { SecretKeyProvider } from '../../electron/core/journal';
import JournalSettings from '../../src/components/journal/JournalSettings.svelte';
import { settings } from '../../src/lib/settings.svelte';
import JournalView from '../../src/views/journal/JournalView.svelte';
import { startCore, type CoreHarness } from '../support/core-harness';
import { installPust } from './pust-in-memory';

type Core = CoreHarness['core'];

beforeEach(() => {
  // jsdom has no Blob URLs; the export offers its file through one.
  URL.createObjectURL = vi.fn(() => 'blob:pust-test');
  URL.revokeObjectURL = vi.fn();
});

function connect(core: Core): void {
  window.pust = createPustApi({
    invoke: (channel, payload) => core.dispatch(channel, payload),
    subscribe: (listener) => core.subscribe(listener),
  });
}

async function add(harness: CoreHarness, entry: EntryDraftInput): Promise<JournalEntry> {
  // A minute between entries, so "newest first" has one right answer.
  harness.time.runFor(60_000);
  const result = await harness.core.dispatch('journal.add', { entry });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as JournalEntry;
}

async function listAll(core: Core): Promise<JournalPage> {
  const result = await core.dispatch('journal.list', { limit: 500 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value as JournalPage;
}

const checkIn: EntryDraftInput = {
  kind: 'check-in',
  energy: 2,
  mood: 3,
  stress: 4,
  doneToday: 'Ferdig med budsjettutkastet',
  tomorrowTopThree: ['Ringe Kari', 'Svare på høringen'],
  note: 'Lang dag',
  tags: ['budsjett'],
};

async function openJournal(): Promise<void> {
  await settings.load();
  render(JournalView);
  await screen.findByRole('heading', { level: 2, name: 'Tidslinje' });
}

/** A core whose OS secret store is unavailable, as the preview's --no-secret-store. */
function startCoreWithoutSecretStore(): Core {
  const unavailable: SecretKeyProvider = {
    source: 'os',
    available: () => false,
    existingKey: () => null,
    getOrCreateKey: () => {
      throw new Error('no secret store');
    },
  };
  return startCore(undefined, { osKeys: unavailable }).core;
}

describe('the journal timeline', () => {
  it('shows a long journal newest first, fifty at a time, with "show more"', async () => {
    const harness = installPust();
    for (let n = 1; n <= 120; n++) await add(harness, { kind: 'note', text: `Notat ${n}` });
    await openJournal();
    expect(await screen.findByText('Viser 50 av 120 innlegg.')).toBeInTheDocument();
    const items = () =>
      within(screen.getByRole('list', { name: 'Tidslinje' })).getAllByRole('article');
    expect(items()).toHaveLength(50);
    expect(items()[0]).toHaveTextContent('Notat 120');
    expect(items()[49]).toHaveTextContent('Notat 71');
    await userEvent.click(screen.getByRole('button', { name: 'Vis flere' }));
    expect(await screen.findByText('Viser 100 av 120 innlegg.')).toBeInTheDocument();
    // Keyboard focus continues at the first entry that appeared.
    expect(within(items()[50]!).getByRole('button', { name: /^Rediger/ })).toHaveFocus();
    // 120 saves, each flushed to disk: a busy machine needs more than the default 5 s.
  }, 30_000);

  it('shows a check-in in full: scales, done today, tomorrow, note and tags', async () => {
    const harness = installPust();
    await add(harness, checkIn);
    await add(harness, {
      kind: 'tool-result',
      toolId: 'stress-check',
      answers: { q1: 3 },
      summary: 'Middels belastning',
    });
    await openJournal();
    const [tool, day] = await screen.findAllByRole('article');
    expect(tool).toHaveTextContent('Verktøy: stress-check');
    expect(tool).toHaveTextContent('Middels belastning');
    expect(within(day!).getByRole('heading', { level: 3 })).toHaveTextContent('Dagsavslutning');
    expect(day).toHaveTextContent('Energi 2 av 5');
    expect(day).toHaveTextContent('Stress 4 av 5');
    expect(day).toHaveTextContent('Ferdig med budsjettutkastet');
    expect(
      within(day!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Ringe Kari', 'Svare på høringen']);
    expect(day).toHaveTextContent('Stikkord: budsjett');
  });

  it('writes a free note and shows it at the top', async () => {
    const { core } = installPust();
    await openJournal();
    await screen.findByText(/Ingen innlegg ennå/);
    await userEvent.type(screen.getByLabelText('Notat'), 'Godt å gå tur i lunsjen');
    await userEvent.type(screen.getByLabelText('Stikkord (skill med komma)'), 'tur, lunsj');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre notatet' }));
    expect(await screen.findByText('Notatet er lagret.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toHaveTextContent('Godt å gå tur i lunsjen');
    expect((await listAll(core)).entries[0]).toMatchObject({
      kind: 'note',
      text: 'Godt å gå tur i lunsjen',
      tags: ['tur', 'lunsj'],
    });
  });

  it('shows an entry written elsewhere (the evening check-in) while the timeline is open', async () => {
    const harness = installPust();
    await add(harness, { kind: 'note', text: 'Først' });
    await openJournal();
    await screen.findByText('Viser 1 av 1 innlegg.');
    await add(harness, checkIn);
    expect(await screen.findByText('Viser 2 av 2 innlegg.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toHaveTextContent('Ferdig med budsjettutkastet');
  });

  it('finds entries by full-text search and filters by kind, tag and date', async () => {
    const harness = installPust();
    await add(harness, { kind: 'note', text: 'Tungt møte med avdelingen', tags: ['møter'] });
    await add(harness, { kind: 'note', text: 'Fin tur i skogen', tags: ['tur'] });
    await add(harness, checkIn);
    await openJournal();
    await screen.findByText('Viser 3 av 3 innlegg.');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Søk i dagboken' }), 'skogen');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Viser 1 av 1 innlegg.')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Fin tur i skogen');

    await userEvent.click(screen.getByRole('button', { name: 'Nullstill' }));
    await screen.findByText('Viser 3 av 3 innlegg.');
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'Dagsavslutning');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Viser 1 av 1 innlegg.')).toBeInTheDocument();
    expect(screen.getByRole('article')).toHaveTextContent('Ferdig med budsjettutkastet');

    await userEvent.click(screen.getByRole('button', { name: 'Nullstill' }));
    await userEvent.type(screen.getByLabelText('Stikkord'), 'møter');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    await waitFor(() =>
      expect(screen.getByRole('article')).toHaveTextContent('Tungt møte med avdelingen'),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Nullstill' }));
    await userEvent.type(screen.getByLabelText('Fra dato'), '2026-11-27');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Ingen innlegg passer med søket.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Til dato'), '2026-11-20');
    await userEvent.click(screen.getByRole('button', { name: 'Søk' }));
    expect(
      await screen.findByText('Fra-datoen kan ikke være etter til-datoen.'),
    ).toBeInTheDocument();
  });

  it('edits a check-in with its own form', async () => {
    const harness = installPust();
    const entry = await add(harness, checkIn);
    await openJournal();
    await userEvent.click(await screen.findByRole('button', { name: /^Rediger innlegget fra/ }));
    await userEvent.selectOptions(screen.getByLabelText('Energi'), '5 av 5');
    await userEvent.clear(screen.getByLabelText('Viktig i morgen 3'));
    await userEvent.type(screen.getByLabelText('Viktig i morgen 3'), 'Trene');
    await userEvent.clear(screen.getByLabelText('Notat', { selector: `#edit-${entry.id}-note` }));
    await userEvent.type(
      screen.getByLabelText('Notat', { selector: `#edit-${entry.id}-note` }),
      'Bedre enn ventet',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lagre endringene' }));
    expect(await screen.findByText('Endringene er lagret.')).toBeInTheDocument();
    const article = screen.getByRole('article');
    expect(article).toHaveTextContent('Energi 5 av 5');
    expect(article).toHaveTextContent('Bedre enn ventet');
    expect(within(article).getByRole('button', { name: /^Rediger/ })).toHaveFocus();
    expect((await listAll(harness.core)).entries[0]).toMatchObject({
      id: entry.id,
      energy: 5,
      note: 'Bedre enn ventet',
      tomorrowTopThree: ['Ringe Kari', 'Svare på høringen', 'Trene'],
    });
  });

  it('deletes an entry and brings it back with Undo', async () => {
    const harness = installPust();
    await add(harness, { kind: 'note', text: 'Beholdes' });
    const gone = await add(harness, { kind: 'note', text: 'Slettes en stund' });
    await openJournal();
    await screen.findByText('Viser 2 av 2 innlegg.');
    await userEvent.click(screen.getAllByRole('button', { name: /^Slett innlegget fra/ })[0]!);
    expect(await screen.findByText('Innlegget er slettet.')).toBeInTheDocument();
    expect(screen.getByTestId('journal-message')).toHaveAttribute('role', 'status');
    expect(screen.getByTestId('journal-message')).toHaveTextContent('Innlegget er slettet.');
    expect(screen.queryByText('Slettes en stund')).not.toBeInTheDocument();
    expect((await listAll(harness.core)).total).toBe(1);
    const undo = screen.getByRole('button', { name: 'Angre slettingen' });
    expect(undo).toHaveFocus();
    await userEvent.click(undo);
    expect(await screen.findByText('Innlegget er tilbake.')).toBeInTheDocument();
    expect(screen.getAllByRole('article')[0]).toHaveTextContent('Slettes en stund');
    expect((await listAll(harness.core)).entries.map((e) => e.id)).toContain(gone.id);
  });
});

describe('trends', () => {
  it('draws energy, mood and stress per week with a table and a summary for screen readers', async () => {
    const harness = installPust();
    await add(harness, checkIn);
    await add(harness, { ...checkIn, energy: 4, mood: 5, stress: 2 });
    await openJournal();
    await userEvent.click(screen.getByRole('button', { name: 'Utvikling' }));
    const chart = await screen.findByRole('img', {
      name: 'Linjediagram over 1 uker. Siste uke: energi 3, humør 4 og stress 3 av 5.',
    });
    expect(chart.tagName).toBe('CANVAS');
    await userEvent.click(screen.getByText('Vis som tabell: Energi, humør og stress'));
    const table = screen.getByRole('table', { name: 'Energi, humør og stress' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Uke', 'Energi', 'Humør', 'Stress', 'Dagsavslutninger']);
    const row = within(table).getByRole('row', { name: /Uke 48/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['3', '4', '3', '2']);
    // Breaks and late minutes come from the day history, with their own tables.
    expect(screen.getByRole('heading', { level: 3, name: 'Pauser per uke' })).toBeInTheDocument();
  });
});

describe('export, import and delete everything', () => {
  async function openData(): Promise<void> {
    await openJournal();
    await userEvent.click(screen.getByRole('button', { name: 'Eksport og sletting' }));
  }

  it('exports the chosen format and range as a download link', async () => {
    const harness = installPust();
    await add(harness, { kind: 'note', text: 'Med i eksporten' });
    await openData();
    await userEvent.click(screen.getByRole('radio', { name: 'CSV (regneark)' }));
    await userEvent.type(screen.getByLabelText('Fra dato'), '2026-11-26');
    await userEvent.type(screen.getByLabelText('Til dato'), '2026-11-26');
    await userEvent.click(screen.getByRole('button', { name: 'Lag filen' }));
    expect(await screen.findByText('Filen er klar med 1 innlegg.')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Last ned pust-dagbok-2026-11-26.csv' });
    expect(link).toHaveAttribute('download', 'pust-dagbok-2026-11-26.csv');
    expect(link).toHaveAttribute('href', 'blob:pust-test');
    expect(link).toHaveFocus();
    const blob = vi.mocked(URL.createObjectURL).mock.calls[0]![0] as Blob;
    expect(blob.type).toMatch(/text\/csv/);
    expect(await blob.text()).toContain('Med i eksporten');

    // A range with nothing in it exports nothing.
    await userEvent.clear(screen.getByLabelText('Fra dato'));
    await userEvent.type(screen.getByLabelText('Fra dato'), '2026-11-27');
    await userEvent.clear(screen.getByLabelText('Til dato'));
    await userEvent.type(screen.getByLabelText('Til dato'), '2026-11-28');
    await userEvent.click(screen.getByRole('button', { name: 'Lag filen' }));
    expect(await screen.findByText('Filen er klar med 0 innlegg.')).toBeInTheDocument();
  });

  it('imports a JSON export into a fresh journal without duplicates', async () => {
    const first = installPust();
    await add(first, { kind: 'note', text: 'Fra den gamle maskinen' });
    await add(first, checkIn);
    const exported = await first.core.dispatch('journal.export', { format: 'json' });
    if (!exported.ok) throw new Error('export failed');
    const { content, fileName } = exported.value as { content: string; fileName: string };

    const second = startCore();
    connect(second.core);
    await openData();
    const file = new File([content], fileName, { type: 'application/json' });
    const input = screen.getByLabelText('JSON-fil fra Pust');
    await userEvent.upload(input, file);
    expect(
      await screen.findByText('Importert: 2 nye innlegg, 0 fantes fra før.'),
    ).toBeInTheDocument();
    await userEvent.upload(input, file);
    expect(
      await screen.findByText('Importert: 0 nye innlegg, 2 fantes fra før.'),
    ).toBeInTheDocument();
    expect((await listAll(second.core)).total).toBe(2);
  });

  it('says so when the file is not a Pust export', async () => {
    installPust();
    await openData();
    await userEvent.upload(
      screen.getByLabelText('JSON-fil fra Pust'),
      new File(['{"hello": 1}'], 'annet.json', { type: 'application/json' }),
    );
    expect(
      await screen.findByText(
        'Filen er ikke en dagbok som Pust har eksportert. Ingenting i dagboken ble endret.',
      ),
    ).toBeInTheDocument();
  });

  it('names what will be deleted before deleting everything', async () => {
    const harness = installPust();
    await add(harness, { kind: 'note', text: 'En' });
    await add(harness, { kind: 'note', text: 'To' });
    await add(harness, checkIn);
    await openData();
    await userEvent.click(screen.getByRole('button', { name: 'Slett alt …' }));
    const heading = await screen.findByRole('heading', { name: 'Dette blir slettet' });
    expect(heading).toHaveFocus();
    const summary = screen.getByTestId('journal-delete-summary');
    expect(summary).toHaveTextContent('3 innlegg i alt');
    expect(summary).toHaveTextContent('Notat: 2');
    expect(summary).toHaveTextContent('Dagsavslutning: 1');
    expect(summary).toHaveTextContent(/Skrevet fra 26\. nov\. 2026 til 26\. nov\. 2026/);
    expect(screen.getByText('Ingen reservekopier.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect((await listAll(harness.core)).total).toBe(3);
    expect(screen.getByRole('button', { name: 'Slett alt …' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Slett alt …' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, slett alt' }));
    expect(await screen.findByText('Slettet 3 innlegg.')).toBeInTheDocument();
    expect((await listAll(harness.core)).total).toBe(0);
  });

  it('saves the retention choice in settings', async () => {
    const { core } = installPust();
    await openData();
    expect(screen.getByRole('radio', { name: 'Behold alt' })).toBeChecked();
    await userEvent.click(
      screen.getByRole('radio', { name: 'Slett innlegg eldre enn 12 måneder' }),
    );
    expect(await screen.findByText('Lagret.')).toBeInTheDocument();
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { journal: { retentionMonths: 12 } } },
    });
  });

  it('asks before a shorter retention deletes old entries, naming how many', async () => {
    const { core } = installPust();
    const old = (id: string, at: string) => ({
      id,
      createdAt: at,
      editedAt: at,
      timeZone: 'Europe/Oslo',
      tags: [],
      schemaVersion: 2,
      kind: 'note',
      text: `Gammelt notat ${id}`,
    });
    const json = JSON.stringify({
      app: 'pust',
      type: 'journal-export',
      exportVersion: 1,
      exportedAt: '2026-11-26T07:00:00.000+01:00',
      entries: [
        old('a', '2025-01-10T09:00:00.000+01:00'),
        old('b', '2025-06-10T09:00:00.000+02:00'),
        old('c', '2026-06-10T09:00:00.000+02:00'),
      ],
    });
    expect(await core.dispatch('journal.import', { json })).toMatchObject({ ok: true });
    await openData();
    await userEvent.click(
      screen.getByRole('radio', { name: 'Slett innlegg eldre enn 12 måneder' }),
    );
    const question = await screen.findByText(
      'Dette sletter 2 innlegg skrevet før 26. nov. 2025 nå. Senere slettes innlegg etter hvert som de blir eldre enn 12 måneder.',
    );
    expect(question).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Behold alt' })).toBeChecked();

    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('radio', { name: 'Behold alt' })).toHaveFocus();
    expect((await listAll(core)).total).toBe(3);

    await userEvent.click(
      screen.getByRole('radio', { name: 'Slett innlegg eldre enn 12 måneder' }),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Ja, slett eldre innlegg' }));
    expect(await screen.findByText('Lagret.')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Slett innlegg eldre enn 12 måneder' })).toBeChecked();
    await waitFor(async () => expect((await listAll(core)).total).toBe(1));
  });
});

describe('how the journal is protected', () => {
  it('asks for a choice when there is no OS secret store, then opens the journal', async () => {
    const core = startCoreWithoutSecretStore();
    connect(core);
    await settings.load();
    render(JournalView);
    expect(
      await screen.findByText(/Pust fant ikke noe sikkert nøkkellager på denne maskinen/),
    ).toBeInTheDocument();
    const fileKey = screen.getByRole('radio', {
      name: 'Krypter med en nøkkelfil ved siden av dagboken',
    });
    expect(fileKey).toBeChecked();
    expect(fileKey).toHaveAccessibleDescription(/Anbefalt/);
    const none = screen.getByRole('radio', { name: 'Ikke krypter' });
    expect(none).toHaveAccessibleDescription(/vanlig tekst/);
    await userEvent.click(none);
    await userEvent.click(screen.getByRole('button', { name: 'Lagre valget' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Tidslinje' })).toBeInTheDocument();
    expect(await core.dispatch('journal.status', undefined)).toMatchObject({
      value: { encryption: 'none' },
    });
    core.dispose();
  });

  it('shows the protection in Settings and lets the person change it later', async () => {
    const core = startCoreWithoutSecretStore();
    await core.dispatch('journal.chooseEncryption', { choice: 'none' });
    connect(core);
    render(JournalSettings);
    expect(await screen.findByTestId('journal-encryption-state')).toHaveTextContent(
      'Dagboken er ikke kryptert.',
    );
    await userEvent.click(
      screen.getByRole('radio', { name: 'Krypter med en nøkkelfil ved siden av dagboken' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lagre valget' }));
    expect(await screen.findByText('Valget er lagret.')).toBeInTheDocument();
    expect(screen.getByTestId('journal-encryption-state')).toHaveTextContent(
      'Dagboken er kryptert med en nøkkelfil som ligger ved siden av den.',
    );
    core.dispose();
  });

  it('shows a recovery notice with where the copy lies, until dismissed', async () => {
    const first = installPust();
    for (let n = 0; n < 5; n++) await add(first, { kind: 'note', text: `Notat ${n}` });
    const status = await first.core.dispatch('journal.status', undefined);
    if (!status.ok) throw new Error('status failed');
    const file = (status.value as { filePath: string }).filePath;
    first.core.dispose();
    const bytes = readFileSync(file);
    writeFileSync(file, bytes.subarray(0, bytes.length - 20));

    const reopened = startCore(first.dir);
    connect(reopened.core);
    await openJournal();
    expect(await screen.findByText(/Dagbokfilen var avkuttet/)).toBeInTheDocument();
    expect(
      screen.getByText(/Pust hentet tilbake 4 innlegg\. Den urørte kopien ligger her:/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lukk meldingen' }));
    await waitFor(() => expect(screen.queryByText(/Dagbokfilen var avkuttet/)).toBeNull());
    expect(await reopened.core.dispatch('journal.status', undefined)).toMatchObject({
      value: { notices: [] },
    });
  });
});
