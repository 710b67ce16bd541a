import { render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';
import {
  daysWithOwnHours,
  longDays,
  usualHours,
  usualHoursPatch,
  type Week,
} from '../../src/lib/week-hours';
import { LOADED } from './lazy-views';
import { installCountingPust, installPust, savedValues } from './pust-in-memory';

const OFFICE = { start: '08:00', end: '15:30' };
const WEEK: Week = {
  mon: OFFICE,
  tue: OFFICE,
  wed: OFFICE,
  thu: OFFICE,
  fri: OFFICE,
  sat: null,
  sun: null,
};

/** A real core that has been through the first run, counting the settings saves asked for. */
function installWeekPust() {
  const { harness, saves } = installCountingPust();
  const week = async () => (await savedValues(harness)).workProfile.weekdays;
  return { harness, saves, week };
}

async function openSettings(): Promise<void> {
  render(App);
  await userEvent.click(await screen.findByRole('button', { name: 'Innstillinger' }));
  await screen.findByRole('textbox', { name: 'Start hver arbeidsdag' }, LOADED);
}

async function typeTime(name: string, text: string): Promise<void> {
  const field = screen.getByRole('textbox', { name });
  await userEvent.clear(field);
  await userEvent.type(field, `${text}{Enter}`);
}

describe('the week read as "the same every workday" plus days of their own', () => {
  it('finds the usual hours, the days that differ, and what a new usual time changes', () => {
    const week: Week = { ...WEEK, wed: { start: '07:45', end: '15:00' }, fri: null };
    expect(usualHours(week)).toEqual(OFFICE);
    expect(daysWithOwnHours(week, OFFICE)).toEqual(['wed']);
    expect(usualHoursPatch(week, new Set(['wed']), { start: '09:00', end: '16:00' })).toEqual({
      mon: { start: '09:00', end: '16:00' },
      tue: { start: '09:00', end: '16:00' },
      thu: { start: '09:00', end: '16:00' },
    });
    expect(usualHours({ ...WEEK, mon: null, tue: null, wed: null, thu: null, fri: null })).toBe(
      null,
    );
  });

  it('counts a day over 9 hours as longer than the Act’s normal limit, and 9 hours as not', () => {
    const week: Week = {
      ...WEEK,
      tue: { start: '07:00', end: '16:00' },
      wed: { start: '06:00', end: '21:30' },
    };
    expect(longDays(week)).toEqual([{ day: 'wed', minutes: 930 }]);
  });
});

describe('working hours in Settings', { timeout: 30_000 }, () => {
  // Issue 18 item 2: "A 15.5-hour working day was accepted without a word."
  it('keeps a 15.5-hour day as saved and warns that it is over the 9 hours of aml. § 10-4 (1)', async () => {
    const { harness, week } = installWeekPust();
    await harness.core.dispatch('settings.update', {
      workProfile: { weekdays: { wed: { start: '06:00', end: '21:30' } } },
    });
    render(App);
    await userEvent.click(await screen.findByRole('button', { name: 'Innstillinger' }));
    const warning = await screen.findByTestId('long-day', {}, LOADED);
    expect(warning).toHaveTextContent('onsdag (15 t 30 min)');
    expect(warning).toHaveTextContent(
      'Etter arbeidsmiljøloven skal den alminnelige arbeidstiden ikke være over 9 timer i løpet av 24 timer.',
    );
    expect(warning).toHaveTextContent('Grensen gjelder ikke for ledere i ledende stilling');
    expect(warning).toHaveAttribute('role', 'status');
    expect((await week()).wed).toEqual({ start: '06:00', end: '21:30' });
    harness.core.dispose();
  });

  it('warns as soon as a typed day goes over 9 hours, and saves it all the same', async () => {
    const { harness, week } = installWeekPust();
    await openSettings();
    expect(screen.getByTestId('long-day')).toBeEmptyDOMElement();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Andre tider på onsdag' }));
    await typeTime('Start onsdag', '0600');
    await typeTime('Slutt onsdag', '2130');
    await waitFor(async () => expect((await week()).wed).toEqual({ start: '06:00', end: '21:30' }));
    expect(screen.getByTestId('long-day')).toHaveTextContent('Lengre enn 9 timer: onsdag');
    harness.core.dispose();
  });

  it('changes every workday with one start and end, and keeps a day with hours of its own', async () => {
    const { harness, saves, week } = installWeekPust();
    await openSettings();
    expect(screen.queryByRole('textbox', { name: 'Start mandag' })).toBeNull();
    await typeTime('Start hver arbeidsdag', '0730');
    await waitFor(async () => expect((await week()).fri).toEqual({ start: '07:30', end: '15:30' }));
    expect(saves).toHaveLength(1);
    expect(await week()).toMatchObject({ mon: { start: '07:30' }, sat: null, sun: null });

    await userEvent.click(screen.getByRole('checkbox', { name: 'Andre tider på onsdag' }));
    await typeTime('Slutt onsdag', '1400');
    await typeTime('Slutt hver arbeidsdag', '1600');
    await waitFor(async () => expect((await week()).mon).toEqual({ start: '07:30', end: '16:00' }));
    expect((await week()).wed).toEqual({ start: '07:30', end: '14:00' });

    // Back to the usual hours, and a day not worked.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Andre tider på onsdag' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Jobber fredag' }));
    await waitFor(async () =>
      expect(await week()).toMatchObject({ wed: { start: '07:30', end: '16:00' }, fri: null }),
    );
    expect(screen.queryByRole('textbox', { name: 'Slutt onsdag' })).toBeNull();
    harness.core.dispose();
  });

  it('refuses an end before the start with a message, and saves nothing', async () => {
    const { harness, saves, week } = installWeekPust();
    await openSettings();
    await typeTime('Slutt hver arbeidsdag', '0700');
    const end = screen.getByRole('textbox', { name: 'Slutt hver arbeidsdag' });
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('Slutt må komme etter start. Det er ikke lagret.');
    expect(end).toHaveValue('0700');
    expect(saves).toEqual([]);
    expect((await week()).mon).toEqual(OFFICE);
    const hours = screen.getByRole('group', { name: 'Arbeidstid' });
    expect(within(hours).getByRole('checkbox', { name: 'Jobber mandag' })).toBeChecked();
    harness.core.dispose();
  });
});

describe('typing start and end quickly on a slow machine', () => {
  it('keeps both: the end, saved before the start has come back, does not put the old start back', async () => {
    // Saves wait at a gate, as on a busy machine, until both fields have been typed.
    let openGate: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let holding = false;
    const saves: unknown[] = [];
    const harness = installPust({
      before: (channel) => (holding && channel === 'settings.update' ? gate : undefined),
      onInvoke: (channel, payload) => {
        if (holding && channel === 'settings.update') saves.push(payload);
      },
    });
    await openSettings();
    holding = true;
    await typeTime('Start hver arbeidsdag', '0830');
    await typeTime('Slutt hver arbeidsdag', '1600');
    // And a day of its own, typed the same way.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Andre tider på onsdag' }));
    await typeTime('Start onsdag', '0745');
    await typeTime('Slutt onsdag', '1500');
    openGate();
    await waitFor(async () =>
      expect((await savedValues(harness)).workProfile.weekdays.wed).toEqual({
        start: '07:45',
        end: '15:00',
      }),
    );
    // One save per field typed (its change and its blur do not save it twice).
    expect(saves).toHaveLength(4);
    const week = (await savedValues(harness)).workProfile.weekdays;
    for (const day of ['mon', 'tue', 'thu', 'fri'] as const) {
      expect(week[day], day).toEqual({ start: '08:30', end: '16:00' });
    }
  });
});
