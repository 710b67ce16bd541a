import type { Page } from '@playwright/test';
import type { DaySummary, PromptView, WorkdayView } from '../../electron/contract';
import { startPreviewAt, type PreviewProcess } from '../support/preview-process';
import { expect, test } from './fixtures';
import { saveCheckIn } from './ritual';
import { advanceTo, simulate } from './simulate';

/**
 * Faults a laptop lives through, in the web preview with its manual clock (time passes only when
 * a test steps it, each timer firing at its own instant): the clock set back
 * an hour, forward a day, a new time zone, and 14 hours asleep across the end of the workday; and
 * the renderer reloaded in the middle of the end-of-day ritual. Every prompt window the preview
 * opens and every prompt core raises is recorded from the preview's event stream (outside the
 * page, so a reload loses nothing), so duplicates and bursts are judged from the whole run.
 */

interface Opening {
  promptId: string;
  kind: string;
  /** Simulated time the window opened (ISO). */
  at: string;
}

/** Listens to the preview's server-sent events from the test process. */
class EventRecorder {
  readonly openings: Opening[] = [];
  readonly prompts: PromptView[] = [];
  #open: string | null = null;
  /** The clock the preview last reported (it does so last after each Simulate step). */
  #clock: string | null = null;
  readonly #abort = new AbortController();

  static async start(preview: PreviewProcess, page: Page): Promise<EventRecorder> {
    const token = await page.locator('meta[name="pust-preview-token"]').getAttribute('content');
    const recorder = new EventRecorder();
    const response = await fetch(
      `${preview.url}__preview/events?token=${encodeURIComponent(token!)}`,
      { signal: recorder.#abort.signal },
    );
    void recorder.#read(response.body!.getReader());
    return recorder;
  }

  stop(): void {
    this.#abort.abort();
  }

  /** Waits until this stream has heard as far as the page has: the clock its panel shows. */
  async caughtUp(page: Page): Promise<void> {
    const now = await page.getByTestId('sim-clock').getAttribute('data-now');
    await expect.poll(() => this.#clock).toBe(now);
  }

  async #read(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          this.#frame(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch {
      // Aborted at the end of the test, or the preview stopped.
    }
  }

  #frame(frame: string): void {
    const type = /^event: (.*)$/m.exec(frame)?.[1];
    const data = /^data: (.*)$/m.exec(frame)?.[1];
    if (!type || !data) return;
    const message = JSON.parse(data) as Record<string, unknown>;
    if (type === 'panel' && (message.kind === 'clock' || message.kind === 'hello')) {
      this.#clock = (message.clock as { now: string }).now;
    }
    if (type === 'panel') {
      const window = (
        message.kind === 'prompt-window' || message.kind === 'hello' ? message.window : undefined
      ) as Opening | null | undefined;
      const shown = message.kind === 'hello' ? (message.promptWindow as Opening | null) : window;
      if (message.kind !== 'prompt-window' && message.kind !== 'hello') return;
      if (shown && shown.promptId !== this.#open) this.openings.push(shown);
      this.#open = shown?.promptId ?? null;
    } else if (type === 'app' && message.event === 'workday.prompt') {
      this.prompts.push(message.payload as PromptView);
    }
  }

  /** Prompt ids opened (as a window) or raised (by core) more than once. */
  duplicates(): string[] {
    const counts = (ids: string[]) => {
      const seen = new Map<string, number>();
      for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
      return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
    };
    return [
      ...counts(this.openings.map((opening) => opening.promptId)).map((id) => `window ${id}`),
      ...counts(this.prompts.map((prompt) => prompt.id)).map((id) => `prompt ${id}`),
    ];
  }

  /** Simulated minutes in which more than one prompt was raised or opened. */
  bursts(): string[] {
    const byMinute = new Map<string, string[]>();
    const add = (minute: string, what: string) =>
      byMinute.set(minute, [...(byMinute.get(minute) ?? []), what]);
    for (const prompt of this.prompts) {
      add(new Date(prompt.shownAt).toISOString().slice(0, 16), `${prompt.kind}#${prompt.id}`);
    }
    return [...byMinute]
      .filter(([, prompts]) => prompts.length > 1)
      .map(([minute, prompts]) => `${minute}Z: ${prompts.join(', ')}`);
  }
}

async function workdayView(page: Page): Promise<WorkdayView> {
  return page.evaluate(async () => {
    const result = await window.pust!.workday.get();
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  });
}

async function history(page: Page): Promise<DaySummary[]> {
  return page.evaluate(async () => {
    const result = await window.pust!.workday.history({ days: 7 });
    if (!result.ok) throw new Error(result.error.code);
    return result.value;
  });
}

type Counts = WorkdayView['counts'];
function expectNoneLost(after: Counts, before: Counts, what: string): void {
  for (const key of Object.keys(before) as Array<keyof Counts>) {
    expect(after[key], `${what}: ${key}`).toBeGreaterThanOrEqual(before[key]);
  }
}

async function startDay(
  page: Page,
  now: string,
): Promise<{ preview: PreviewProcess; events: EventRecorder }> {
  const preview = await startPreviewAt(now);
  await page.goto(preview.url);
  const events = await EventRecorder.start(preview, page);
  return { preview, events };
}

function report(name: string, events: EventRecorder): void {
  console.log(
    `CLOCK ${name}: ${events.prompts.length} prompts raised, ${events.openings.length} windows opened, ` +
      `${events.duplicates().length} duplicates, ${events.bursts().length} bursts`,
  );
}

/**
 * Starts a workday at `now` (manual clock), lets `live` move the clock and check
 * what its fault must not break, then checks what no fault may break: no prompt raised or opened
 * twice, no burst of prompts in one minute. Reports the figures as a CLOCK line.
 */
async function liveThrough(
  page: Page,
  now: string,
  name: string,
  live: (events: EventRecorder) => Promise<void>,
): Promise<void> {
  const { preview, events } = await startDay(page, now);
  try {
    await live(events);
    await events.caughtUp(page);
    expect(events.duplicates()).toEqual([]);
    expect(events.bursts()).toEqual([]);
    report(name, events);
  } finally {
    events.stop();
    await preview.stop();
  }
}

/** A day's figures from core's history, which must hold it. */
async function dayInHistory(page: Page, date: string): Promise<DaySummary> {
  const day = (await history(page)).find((summary) => summary.date === date);
  expect(day, `${date} is in the history`).toBeDefined();
  return day!;
}

test.describe('the clock and sleep', () => {
  test.describe.configure({ timeout: 120_000 });

  test('the clock set back an hour: no prompt twice, no burst, the counts kept', async ({
    page,
  }) => {
    await liveThrough(page, '2026-11-26T09:50', 'back-1h', async (events) => {
      await advanceTo(page, '2026-11-26T10:45:00+01:00');
      await events.caughtUp(page);
      const before = (await workdayView(page)).counts;
      expect(events.prompts.length, 'prompts came before the jump').toBeGreaterThan(0);

      await simulate(page, { op: 'jump', minutes: -60 });
      // Live through the hour again and half an hour past where the clock was.
      await advanceTo(page, '2026-11-26T11:15:00+01:00');

      const after = await workdayView(page);
      expect(after.date).toBe('2026-11-26');
      expectNoneLost(after.counts, before, 'after the jump back');
    });
  });

  test('the clock set forward a day: yesterday’s totals kept, no burst of catch-up prompts', async ({
    page,
  }) => {
    await liveThrough(page, '2026-11-26T09:50', 'forward-1d', async (events) => {
      await advanceTo(page, '2026-11-26T10:45:00+01:00');
      await events.caughtUp(page);
      const before = (await workdayView(page)).counts;
      const raisedBefore = events.prompts.length;

      await simulate(page, { op: 'jump', minutes: 24 * 60 });
      await advanceTo(page, '2026-11-27T11:15:00+01:00');
      await events.caughtUp(page);

      expect((await workdayView(page)).date).toBe('2026-11-27');
      const thursday = await dayInHistory(page, '2026-11-26');
      expectNoneLost(thursday.counts, before, 'Thursday after the jump');
      // Catching up on a skipped day is at most one prompt, not the whole missed day.
      const catchUps = events.prompts.slice(raisedBefore).filter((prompt) => prompt.catchUp);
      expect(catchUps.length).toBeLessThanOrEqual(1);
    });
  });

  test('a new time zone mid-day: no prompt twice, no burst, the counts kept', async ({ page }) => {
    await liveThrough(page, '2026-11-26T09:50', 'timezone', async () => {
      await advanceTo(page, '2026-11-26T10:45:00+01:00');
      const before = (await workdayView(page)).counts;

      await simulate(page, { op: 'timezone', zone: 'Europe/London' });
      await expect.poll(async () => (await workdayView(page)).zone).toBe('Europe/London');
      await advanceTo(page, '2026-11-26T12:15:00+01:00');
      await simulate(page, { op: 'timezone', zone: 'America/New_York' });
      await advanceTo(page, '2026-11-26T13:15:00+01:00');

      const after = await workdayView(page);
      expect(after.zone).toBe('America/New_York');
      expect(after.date).toBe('2026-11-26');
      const today = (await history(page)).find((day) => day.date === '2026-11-26');
      expectNoneLost(today?.counts ?? after.counts, before, 'after the zone changes');
    });
  });

  test('asleep 14 hours across the end of the workday: no burst on waking, the day’s totals kept', async ({
    page,
  }) => {
    await liveThrough(page, '2026-11-26T13:50', 'suspend-14h', async (events) => {
      await advanceTo(page, '2026-11-26T14:30:00+01:00');
      await events.caughtUp(page);
      const before = (await workdayView(page)).counts;
      const raisedBefore = events.prompts.length;

      await simulate(page, { op: 'suspend', hours: 14 });
      // Awake at 04:30 on Friday; an hour of night at the machine.
      await advanceTo(page, '2026-11-27T05:30:00+01:00');
      await events.caughtUp(page);

      const thursday = await dayInHistory(page, '2026-11-26');
      expectNoneLost(thursday.counts, before, 'Thursday after the sleep');
      // No replay of the evening that was slept through: at most one prompt after waking.
      expect(events.prompts.slice(raisedBefore).length).toBeLessThanOrEqual(1);
    });
  });
});

test('a reload in the middle of the end-of-day ritual loses nothing and resumes at the same step', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const preview = await startPreviewAt('2026-11-26T15:25');
  try {
    await page.goto(preview.url);
    const panel = page.getByTestId('dev-panel');
    await advanceTo(page, '2026-11-26T15:30:00+01:00');
    await expect(panel.getByTestId('prompt-window')).toHaveText(
      'Prompt window: end-of-day (window)',
    );
    const ritual = page.getByRole('dialog', { name: 'Fyrabend' });
    await saveCheckIn(ritual, {
      doneToday: 'Ferdig med budsjettnotatet.',
      tasks: ['Ring Kari om rapporten', 'Les høringen'],
      energy: 4,
      mood: 3,
      stress: 2,
      note: 'Rolig dag.',
    });

    // The renderer goes away mid-ritual and comes back.
    await page.reload();

    const checkIns = await page.evaluate(async () => {
      const result = await window.pust!.journal.list({ kind: 'check-in' });
      return result.ok ? result.value.entries : [];
    });
    expect(checkIns, 'the saved check-in is still there, once').toHaveLength(1);
    expect(checkIns[0]).toMatchObject({
      energy: 4,
      mood: 3,
      stress: 2,
      note: 'Rolig dag.',
      doneToday: 'Ferdig med budsjettnotatet.',
      tomorrowTopThree: ['Ring Kari om rapporten', 'Les høringen'],
    });

    const resumed = page.getByRole('dialog', { name: 'Fyrabend' });
    await expect(resumed).toBeVisible();
    await expect(resumed.getByText('Du fortsetter der du slapp.')).toBeVisible();
    await expect(resumed.getByText('Steg 2 av 3')).toBeVisible();
    await expect(resumed.getByRole('group', { name: 'Energi' }).getByLabel('4')).toBeChecked();
    await expect(resumed.getByRole('group', { name: 'Humør' }).getByLabel('3')).toBeChecked();
    await expect(resumed.getByRole('group', { name: 'Stress' }).getByLabel('2')).toBeChecked();
    await expect(resumed.getByLabel('Notat (valgfritt)')).toHaveValue('Rolig dag.');
    await resumed.getByRole('button', { name: 'Tilbake' }).click();
    await expect(resumed.getByLabel('Hva fikk du gjort i dag?')).toHaveValue(
      'Ferdig med budsjettnotatet.',
    );
    await expect(resumed.getByLabel('Oppgave 1')).toHaveValue('Ring Kari om rapporten');
    await expect(resumed.getByLabel('Oppgave 2')).toHaveValue('Les høringen');

    // Saving again after the reload edits the same entry; it does not add a second one.
    await resumed.getByRole('button', { name: 'Neste' }).click();
    await resumed.getByRole('button', { name: 'Lagre i dagboken' }).click();
    await expect(resumed.getByRole('status')).toHaveText('Lagret i dagboken.');
    const afterSecondSave = await page.evaluate(async () => {
      const result = await window.pust!.journal.list({ kind: 'check-in' });
      return result.ok ? result.value.total : -1;
    });
    expect(afterSecondSave).toBe(1);
  } finally {
    await preview.stop();
  }
});
