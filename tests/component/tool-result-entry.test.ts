import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { EntryDraftInput } from '../../electron/contract/journal';
import { settings } from '../../src/lib/settings.svelte';
import JournalView from '../../src/views/journal/JournalView.svelte';
import type { CoreHarness } from '../support/core-harness';
import { installPust } from './pust-in-memory';

async function add(harness: CoreHarness, entry: EntryDraftInput): Promise<void> {
  harness.time.runFor(60_000);
  const result = await harness.core.dispatch('journal.add', { entry });
  if (!result.ok) throw new Error(result.error.message);
}

async function openJournal(timeline = 'Tidslinje'): Promise<HTMLElement[]> {
  await settings.load();
  render(JournalView);
  await screen.findByRole('heading', { level: 2, name: timeline });
  return screen.findAllByRole('article');
}

/** Issue 18, item 3: the words a person wrote in a tool, as two people wrote them in a trial. */
const LISTENING: EntryDraftInput = {
  kind: 'tool-result',
  toolId: 'lyttesamtale',
  answers: {
    sporsmalsbank: ['egentlig', 'tapper'],
    notater: 'Ola er sliten etter omorganiseringen.\nAvtalt: møtefri fredag',
  },
  summary: 'Før samtalen: 0 av 4 krysset av\nSpørsmål å velge fra: Hvordan har du det, egentlig?',
  tags: ['lyttesamtale'],
};
const SELF_CARE: EntryDraftInput = {
  kind: 'tool-result',
  toolId: 'egenomsorg',
  answers: {
    sovn: 2,
    'noen-a-si-fra-til': 5,
    tegn: ['e-post-om-kvelden', 'kroppen-sier-fra'],
    'hvem-og-nar': 'Kari, på torsdag etter lunsj',
  },
  summary: 'Kroppen: snitt 2\nFolk rundt deg: snitt 5',
  tags: ['egenomsorg'],
};

describe('a tool result in the journal', () => {
  it("shows the person's own words, not only counts (issue 18, item 3)", async () => {
    const harness = installPust();
    await add(harness, LISTENING);
    await add(harness, SELF_CARE);
    const [selfCare, listening] = await openJournal();

    expect(listening).toHaveTextContent('Lyttesamtalen');
    expect(listening).toHaveTextContent('Ola er sliten etter omorganiseringen.');
    expect(listening).toHaveTextContent('Avtalt: møtefri fredag');
    expect(listening).toHaveTextContent('Hvordan har du det, egentlig?');
    expect(listening).toHaveTextContent('Hva tapper deg for krefter?');
    // The note keeps its line break.
    expect(within(listening!).getByText(/Avtalt: møtefri fredag/).textContent).toBe(
      'Ola er sliten etter omorganiseringen.\nAvtalt: møtefri fredag',
    );

    expect(selfCare).toHaveTextContent('Egenomsorg: en rask sjekk');
    expect(selfCare).toHaveTextContent('Hvem vil du snakke med, og når?');
    expect(selfCare).toHaveTextContent('Kari, på torsdag etter lunsj');
    // Answers read as the tool asked them, never as internal keys.
    expect(selfCare).toHaveTextContent('Søvn: Våkner du uthvilt? 2 av 5');
    expect(selfCare).toHaveTextContent('Jeg sjekker jobb-e-post om kvelden');
    expect(selfCare).not.toHaveTextContent('sovn');
    expect(selfCare).not.toHaveTextContent('e-post-om-kvelden');
  });

  it('says what an average suggests, and reads in the language chosen now', async () => {
    const harness = installPust();
    await add(harness, SELF_CARE);
    await harness.core.dispatch('settings.update', { language: 'nn' });
    const [selfCare] = await openJournal('Tidsline');
    expect(selfCare).toHaveTextContent('Snitt 2,0 av 5.');
    expect(selfCare).toHaveTextContent(
      'Kroppen får lite av det han treng no: søvn, mat, rørsle og pausar.',
    );
    expect(selfCare).toHaveTextContent('Snitt 5,0 av 5. Du har folk rundt deg');
    expect(selfCare).toHaveTextContent('Kven vil du snakke med, og når? (berre for deg)');
  });

  it('keeps every answer of a tool Pust does not know, under its own key', async () => {
    const harness = installPust();
    await add(harness, {
      kind: 'tool-result',
      toolId: 'stress-check',
      answers: { q1: 3, fritekst: 'Mye nå' },
      summary: 'Middels belastning',
    });
    const [entry] = await openJournal();
    expect(entry).toHaveTextContent('Verktøy: stress-check');
    expect(entry).toHaveTextContent('Middels belastning');
    expect(entry).toHaveTextContent('Andre svar');
    expect(entry).toHaveTextContent('q1: 3');
    expect(entry).toHaveTextContent('fritekst: Mye nå');
  });

  it('copies a result as text, leaving private notes out unless asked', async () => {
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void copied.push(text) },
    });
    const harness = installPust();
    await add(harness, LISTENING);
    const [entry] = await openJournal();
    const copy = within(entry!).getByRole('button', {
      name: /^Kopier resultatet fra .+ som tekst$/,
    });
    expect(
      within(entry!).getByRole('button', {
        name: /^Skriv ut eller lagre resultatet fra .+ som PDF$/,
      }),
    ).toBeVisible();

    await userEvent.click(copy);
    expect(await within(entry!).findByRole('status')).toHaveTextContent('Kopiert.');
    expect(copied[0]).toMatch(/^Lyttesamtalen\nLagret .+\n\nSpørsmål å velge fra\n/);
    expect(copied[0]).toContain('- Merk dem du vil bruke.\n  - Hvordan har du det, egentlig?\n');
    expect(copied[0]).toContain('Bygget på DFØ: Fjernledelse.');
    expect(copied[0]).not.toContain('Ola er sliten');

    await userEvent.click(
      within(entry!).getByRole('checkbox', { name: 'Ta med det som bare er for deg' }),
    );
    await userEvent.click(copy);
    expect(copied[1]).toContain(
      '- Dine notater. Bare du ser dem.\n  - Ola er sliten etter omorganiseringen.\n    Avtalt: møtefri fredag\n',
    );
    Reflect.deleteProperty(navigator, 'clipboard');
  });
});
