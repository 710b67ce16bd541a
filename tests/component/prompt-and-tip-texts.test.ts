import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { PromptView, WorkdayView } from '../../electron/contract';
import { workday } from '../../src/lib/workday.svelte';
import BreakPrompt from '../../src/views/prompts/BreakPrompt.svelte';
import EveningPrompt from '../../src/views/prompts/EveningPrompt.svelte';
import TodayView from '../../src/views/Today.svelte';
import { startCore } from '../support/core-harness';

afterEach(() => {
  workday.view = null;
});

/** Today's view from a real core, in or out of leader mode. */
async function dayView(leaderMode: boolean): Promise<WorkdayView> {
  const harness = startCore();
  const result = await harness.core.dispatch('workday.get', undefined);
  harness.core.dispose();
  if (!result.ok) throw new Error(result.error.message);
  return { ...(result.value as WorkdayView), leaderMode };
}

function prompt(kind: PromptView['kind'], view: WorkdayView): PromptView {
  const at = view.now;
  return {
    id: `${kind}-1`,
    kind,
    presentation: 'window',
    dueAt: at,
    shownAt: at,
    seconds: 0,
    endsAt: null,
    catchUp: false,
    postponed: 0,
    canPostpone: false,
    canSkip: true,
    firmness: 'firm',
    earliestStartTomorrow: null,
    restBoundary: { latestStop: at + 3_600_000, nextStart: at + 12 * 3_600_000 },
  };
}

describe('leader mode in the prompt windows', () => {
  it('the break after overtime is the team’s right and the leader’s example, not a rule on the leader', async () => {
    workday.view = await dayView(true);
    render(BreakPrompt, { prompt: prompt('overtime-break', workday.view) });
    expect(
      screen.getByText(/Dem du leder, har da krav på en halvtimes pause før de fortsetter\./),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Ta en halvtimes pause før du går videre/)).toBeNull();
  });

  it('an employee is told to take the break', async () => {
    workday.view = await dayView(false);
    render(BreakPrompt, { prompt: prompt('overtime-break', workday.view) });
    expect(screen.getByText(/Ta en halvtimes pause før du går videre\./)).toBeInTheDocument();
  });

  it('the evening prompt says whom the 11 hours of rest bind, in leader mode only', async () => {
    workday.view = await dayView(true);
    const { unmount } = render(EveningPrompt, { prompt: prompt('after-hours', workday.view) });
    expect(screen.getByTestId('prompt-leader-note')).toHaveTextContent(
      'Hvilen på 11 timer gjelder for dem du leder.',
    );
    unmount();
    workday.view = await dayView(false);
    render(EveningPrompt, { prompt: prompt('after-hours', workday.view) });
    expect(screen.queryByTestId('prompt-leader-note')).toBeNull();
  });
});

/** A date whose tip of the day is `tip` (Today picks tip N by the day number modulo 7). */
function dateWithTip(tip: number): string {
  for (let day = 20_000; ; day += 1) {
    if (day % 7 === tip - 1) return new Date(day * 86_400_000).toISOString().slice(0, 10);
  }
}

describe('where the tip of the day comes from', () => {
  it('daylight and water are Pust’s own advice; the others build on DFØ’s guidance', async () => {
    const view = await dayView(false);
    for (const [tip, source] of [
      [3, 'Pusts eget råd'],
      [5, 'Pusts eget råd'],
      [1, 'Bygger på DFØ: Fjernledelse'],
      [4, 'Bygger på DFØ: Fjernledelse'],
    ] as const) {
      workday.view = { ...view, date: dateWithTip(tip) };
      const { unmount } = render(TodayView, { onOpen: () => undefined });
      expect(screen.getByTestId('tip-source'), `tip${tip}`).toHaveTextContent(source);
      // Only the guidance's tips lead to the tools built on it.
      expect(screen.queryByRole('button', { name: 'Bygger på DFØ: Fjernledelse' }) !== null).toBe(
        source !== 'Pusts eget råd',
      );
      unmount();
    }
  });
});
