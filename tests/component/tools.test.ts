import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { setLocale } from '../../src/lib/i18n.svelte';
import { settings } from '../../src/lib/settings.svelte';
import ToolsView from '../../src/views/tools/ToolsView.svelte';
import { installPust } from './pust-in-memory';

beforeAll(async () => {
  // The view loads its tools lazily; warm that module once so the first test's wait is not spent
  // transforming it.
  await import('../../src/views/tools/ToolsRoot.svelte');
});

async function openTool(name: string, options: { leader?: boolean } = {}) {
  const harness = installPust();
  if (options.leader) {
    await harness.core.dispatch('settings.update', { workProfile: { leaderMode: true } });
  }
  await settings.load();
  render(ToolsView);
  await userEvent.click(await screen.findByRole('button', { name: `Åpne ${name}` }));
  expect(await screen.findByRole('heading', { level: 1, name })).toHaveFocus();
  return harness;
}

async function toolResults(harness: ReturnType<typeof installPust>) {
  const result = await harness.core.dispatch('journal.list', { kind: 'tool-result' });
  if (!result.ok) throw new Error('journal.list failed');
  return (result.value as { entries: Array<Record<string, unknown>> }).entries;
}

describe('the Tools view', () => {
  it('lists the five tools and Learn more, with area, minutes and the DFØ source', async () => {
    installPust();
    render(ToolsView);
    expect(await screen.findByRole('heading', { level: 1, name: 'Verktøy' })).toBeInTheDocument();
    const titles = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(titles).toEqual([
      'Egenomsorg: en rask sjekk',
      'Selvledelse: hvor står du?',
      'Lyttesamtalen',
      'Gode digitale møter',
      'Arbeidsmiljøpulsen',
      'Lær mer',
    ]);
    expect(screen.getAllByText('Cirka 5 minutter')).toHaveLength(3);
    expect(
      screen.getByText('Cirka 10 minutter', { selector: '#card-selvledelse ~ p span' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Område: Egenomsorg')).toBeInTheDocument();
    const source = screen.getByRole('link', { name: 'DFØ: Fjernledelse' });
    expect(source).toHaveAttribute(
      'href',
      'https://arbeidsgiver.dfo.no/ledelse-og-lederutvikling/fjernledelse',
    );
    expect(source).toHaveAttribute('target', '_blank');
  });

  it('draws every kind of item in self-care, and leaves leader-only parts out', async () => {
    await openTool('Egenomsorg: en rask sjekk');
    const sleep = screen.getByRole('group', { name: 'Søvn: Våkner du uthvilt?' });
    expect(within(sleep).getAllByRole('radio')).toHaveLength(5);
    expect(sleep).toHaveAccessibleDescription('1 = Sjelden 5 = Nesten alltid');
    expect(within(sleep).getByRole('radio', { name: '1' })).toBeInTheDocument();
    expect(within(sleep).getByRole('radio', { name: '5' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Hva kjenner du igjen?' })).toBeInTheDocument();
    const actions = screen.getByRole('group', {
      name: 'Velg én til tre ting du vil gjøre denne uka.',
    });
    expect(actions).toHaveAccessibleDescription('Velg 1 til 3.');
    expect(within(actions).getByRole('textbox')).toBeInTheDocument();
    expect(
      screen.getByRole('textbox', { name: 'Hvem vil du snakke med, og når?' }),
    ).toHaveAccessibleDescription(
      'Bare du ser dette. Det står i dagboka di, men kommer ikke med i oppsummeringen, og heller ikke når du kopierer eller skriver ut, med mindre du velger det.',
    );
    expect(screen.getByText('Albulescu mfl. 2022, PLoS ONE', { exact: false })).toBeInTheDocument();
    expect(screen.getAllByText('Tips:').length).toBeGreaterThan(0);
    expect(
      screen.queryByRole('group', { name: /handlingsrommet du har som leder/ }),
    ).not.toBeInTheDocument();
  });

  it('shows leader-only parts in leader mode', async () => {
    await openTool('Egenomsorg: en rask sjekk', { leader: true });
    expect(
      screen.getByRole('group', { name: /handlingsrommet du har som leder/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('For ledere').length).toBeGreaterThan(0);
  });

  it('says in words what to fix: nothing answered, or too many actions', async () => {
    const harness = await openTool('Egenomsorg: en rask sjekk');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboka' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Svar på minst ett spørsmål før du lagrer.');
    expect(alert).toHaveTextContent('Velg 1 til 3 tiltak. Du har valgt 0.');
    expect(alert).toHaveFocus();

    const actions = screen.getByRole('group', {
      name: 'Velg én til tre ting du vil gjøre denne uka.',
    });
    const boxes = within(actions).getAllByRole('checkbox');
    for (const box of boxes.slice(0, 3)) await userEvent.click(box);
    await userEvent.type(within(actions).getByRole('textbox'), 'Ringe mormor');
    expect(screen.getByRole('alert')).toHaveTextContent('Velg 1 til 3 tiltak. Du har valgt 4.');
    expect(actions).toHaveAccessibleDescription(
      'Velg 1 til 3. Velg 1 til 3 tiltak. Du har valgt 4.',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboka' }));
    expect(await toolResults(harness)).toHaveLength(0);

    await userEvent.click(boxes[0]!);
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('saves a result to the journal, keeps private text out of the summary, and shows history', async () => {
    const harness = await openTool('Egenomsorg: en rask sjekk');
    expect(screen.getByText(/Ingen lagrede resultater ennå/)).toBeInTheDocument();
    const sleep = screen.getByRole('group', { name: 'Søvn: Våkner du uthvilt?' });
    await userEvent.click(within(sleep).getByRole('radio', { name: '4' }));
    const food = screen.getByRole('group', { name: /Mat og drikke/ });
    await userEvent.click(within(food).getByRole('radio', { name: '1' }));
    const actions = screen.getByRole('group', {
      name: 'Velg én til tre ting du vil gjøre denne uka.',
    });
    await userEvent.click(within(actions).getAllByRole('checkbox')[0]!);
    await userEvent.type(within(actions).getByRole('textbox'), 'Gå tur med hunden');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Hvem vil du snakke med, og når?' }),
      'Hemmelig: Ola på fredag',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboka' }));
    expect(await screen.findByText(/Lagret i dagboka \d\d[.:]\d\d\./)).toHaveAttribute(
      'role',
      'status',
    );

    const [entry] = await toolResults(harness);
    expect(entry).toMatchObject({
      toolId: 'egenomsorg',
      tags: ['egenomsorg'],
      answers: {
        sovn: 4,
        mat: 1,
        tiltak: { chosen: [expect.any(String)], custom: 'Gå tur med hunden' },
        'hvem-og-nar': 'Hemmelig: Ola på fredag',
      },
    });
    expect(entry!.summary).toContain('Kroppen: snitt 2,5 av 5');
    expect(entry!.summary).toContain('Gå tur med hunden');
    expect(entry!.summary).not.toContain('Hemmelig');

    const table = await screen.findByRole('table', { name: /De siste resultatene/ });
    expect(within(table).getByRole('rowheader', { name: 'Kroppen' })).toBeInTheDocument();
    expect(within(table).getByText('snitt 2,5 av 5')).toBeInTheDocument();

    // The result just saved, in full: the average with what it suggests, the person's own words
    // (the private one marked as theirs), and the ways to share it.
    const saved = screen.getByRole('region', { name: 'Resultatet ditt' });
    expect(saved).toHaveTextContent('Snitt 2,5 av 5. Noe er på plass, men ikke alt.');
    expect(saved).toHaveTextContent('Søvn: Våkner du uthvilt? 4 av 5');
    expect(saved).toHaveTextContent('Gå tur med hunden');
    expect(saved).toHaveTextContent('Hvem vil du snakke med, og når? (bare for deg) Hemmelig: Ola');
    expect(within(saved).getByRole('button', { name: /^Kopier resultatet fra/ })).toBeVisible();
    expect(within(saved).getByRole('button', { name: /^Skriv ut eller lagre/ })).toBeVisible();
    expect(
      within(saved).getByRole('checkbox', { name: 'Ta med det som bare er for deg' }),
    ).not.toBeChecked();

    // A second result, a minute later, appears beside the first.
    harness.time.runFor(60_000);
    await userEvent.click(within(sleep).getByRole('radio', { name: '5' }));
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboka' }));
    await waitFor(() => expect(within(table).getAllByRole('columnheader')).toHaveLength(3));
    expect(within(table).getByText('snitt 3,0 av 5')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Resultatet ditt' })).toHaveTextContent(
      'Snitt 3,0 av 5.',
    );

    // Any result in the table opens in full.
    const [first] = within(table).getAllByRole('button', { name: /^Vis resultatet fra/ });
    await userEvent.click(first!);
    const shown = screen.getByRole('region', { name: 'Resultatet ditt' });
    expect(within(shown).getByRole('heading', { level: 2 })).toHaveFocus();
    expect(shown).toHaveTextContent('Snitt 2,5 av 5.');
  });

  it('saves self-leadership with the daily top three and the prep sheet', async () => {
    const harness = await openTool('Selvledelse: hvor står du?');
    await userEvent.type(screen.getByRole('textbox', { name: 'Det viktigste i dag' }), 'Budsjett');
    await userEvent.type(screen.getByRole('textbox', { name: 'Nummer to' }), 'Svare Kari');
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Hva får du best til nå?' }),
      'Planlegging',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboka' }));
    await screen.findByText(/Lagret i dagboka/);
    const [entry] = await toolResults(harness);
    expect(entry!.answers).toEqual({
      'oppgave-1': 'Budsjett',
      'oppgave-2': 'Svare Kari',
      sterkest: 'Planlegging',
    });
  });

  it('draws checklists, a one-of choice and starred questions in the listening conversation', async () => {
    const harness = await openTool('Lyttesamtalen');
    await userEvent.click(screen.getByRole('checkbox', { name: /Sett av tid uten avbrytelser/ }));
    const side = screen.getByRole('group', { name: 'Hvilken side vil dere snakke mest om i dag?' });
    const radios = within(side).getAllByRole('radio');
    await userEvent.click(radios[0]!);
    await userEvent.click(radios[1]!);
    const bank = screen.getByRole('group', { name: 'Merk dem du vil bruke.' });
    await userEvent.click(within(bank).getAllByRole('checkbox')[2]!);
    expect(screen.queryByRole('heading', { name: 'Teamet ditt' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lagre i dagboka' }));
    await screen.findByText(/Lagret i dagboka/);
    const [entry] = await toolResults(harness);
    const answers = entry!.answers as Record<string, unknown>;
    expect(answers['sett-av-tid']).toBe(true);
    expect(answers['hvilken-side']).toHaveLength(1);
    expect(answers.sporsmalsbank).toHaveLength(1);
    expect(entry!.summary).toContain('1 av 4 krysset av');
  });

  it('keeps a private team list in leader mode: add, mark talked, remind, remove with confirmation', async () => {
    const harness = await openTool('Lyttesamtalen', { leader: true });
    expect(screen.getByRole('heading', { level: 2, name: 'Teamet ditt' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Legg til' }));
    expect(screen.getByText('Skriv et navn først.')).toBeInTheDocument();
    await userEvent.type(screen.getByRole('textbox', { name: 'Navn' }), 'Kari{Enter}');
    expect(await screen.findByRole('heading', { level: 3, name: 'Kari' })).toBeInTheDocument();
    expect(
      screen.getByText(/Du har ikke registrert noen lyttesamtale med Kari ennå/),
    ).toBeInTheDocument();
    // Enter in the name field added to the list and saved nothing to the journal.
    expect(await toolResults(harness)).toHaveLength(0);

    const list = await harness.core.dispatch('team.list', undefined);
    const kari = (list as { value: Array<{ id: string }> }).value[0]!;
    await harness.core.dispatch('team.talked', { id: kari.id, on: '2026-01-05' });
    // Picking a date shows it; an old one brings the gentle reminder from the content.
    await userEvent.type(screen.getByLabelText('Dato for samtale med Kari'), '2026-01-05');
    await userEvent.click(screen.getByRole('button', { name: 'Lagre dato for Kari' }));
    expect(await screen.findByText(/Siste samtale: 5\. januar 2026/)).toBeInTheDocument();
    expect(
      screen.getByText(/Det er \d+ uker siden du hadde en lyttesamtale med Kari\./),
    ).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Snakket i dag med Kari' }));
    await waitFor(() =>
      expect(
        screen.queryByText(/uker siden du hadde en lyttesamtale med Kari/),
      ).not.toBeInTheDocument(),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Fjern Kari' }));
    expect(screen.getByText(/Vil du fjerne Kari fra lista\?/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Avbryt' }));
    expect(screen.getByRole('button', { name: 'Fjern Kari' })).toHaveFocus();
    await userEvent.click(screen.getByRole('button', { name: 'Fjern Kari' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ja, fjern' }));
    expect(await screen.findByText('Ingen på lista ennå.')).toBeInTheDocument();
    expect(await harness.core.dispatch('team.list', undefined)).toMatchObject({ value: [] });
  });

  it('links to DFØ from Learn more, in nynorsk', async () => {
    installPust();
    setLocale('nn');
    render(ToolsView);
    await userEvent.click(await screen.findByRole('button', { name: 'Opne Lær meir' }));
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\/((www|arbeidsgiver)\.)?dfo\.no\//);
      expect(link).toHaveAttribute('rel', 'noreferrer');
    }
    expect(screen.queryByRole('button', { name: 'Lagre i dagboka' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Tilbake til verktøya/ }));
    expect(await screen.findByRole('button', { name: 'Opne Lær meir' })).toHaveFocus();
  });
});
