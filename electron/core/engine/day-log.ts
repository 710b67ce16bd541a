import { NO_BREAKS, type BreakCounts, type PromptOutcome } from '../../contract/workday';
import type { DayState, LogEntry } from './day-state';
import { PAUSE_KINDS, type Prompt, type PromptKind } from './prompts';

/**
 * The day's log: every prompt offered and what became of it, natural breaks, and what fell due
 * unseen. Today's list, the break counts and the week's "breaks taken" all read it.
 */

/** Kept per day at most; a day has a few dozen entries, so this only bounds a runaway. */
const MAX_ENTRIES = 400;

function push(day: DayState, entry: LogEntry): void {
  day.log = [...day.log, entry].slice(-MAX_ENTRIES);
}

export function logOffered(day: DayState, prompt: Prompt, outcome: PromptOutcome): void {
  push(day, {
    id: prompt.id,
    kind: prompt.kind,
    dueAt: prompt.dueAt,
    at: prompt.shownAt,
    seconds: prompt.seconds,
    catchUp: prompt.catchUp,
    postponed: prompt.postponed,
    outcome,
    endedAt: outcome === 'open' || outcome === 'held' ? null : prompt.shownAt,
  });
}

export function logPassed(
  day: DayState,
  event: { id: string; kind: PromptKind; at: number; seconds: number },
): void {
  push(day, {
    id: event.id,
    kind: event.kind,
    dueAt: event.at,
    at: event.at,
    seconds: event.seconds,
    catchUp: false,
    postponed: 0,
    outcome: 'missed',
    endedAt: event.at,
  });
}

/** A natural break or lunch from `from` to `to`; a later call for the same absence extends it. */
export function logNatural(day: DayState, kind: 'break' | 'lunch', from: number, to: number): void {
  const id = `${day.date}:natural-${kind}:${from}`;
  const index = day.log.findIndex((entry) => entry.id === id);
  if (index >= 0) {
    const log = [...day.log];
    log[index] = { ...log[index]!, seconds: Math.round((to - from) / 1000), endedAt: to };
    day.log = log;
    return;
  }
  push(day, {
    id,
    kind,
    dueAt: from,
    at: from,
    seconds: Math.round((to - from) / 1000),
    catchUp: false,
    postponed: 0,
    outcome: 'natural',
    endedAt: to,
  });
}

/** The latest entry for a prompt's showing gets its outcome. */
export function settle(day: DayState, promptId: string, outcome: PromptOutcome, at: number): void {
  for (let i = day.log.length - 1; i >= 0; i--) {
    const entry = day.log[i]!;
    if (entry.id !== promptId) continue;
    const log = [...day.log];
    log[i] = { ...entry, outcome, endedAt: at };
    day.log = log;
    return;
  }
}

/** A held prompt that is shown when the meeting ends: its entry becomes the showing. */
export function release(day: DayState, prompt: Prompt): void {
  for (let i = day.log.length - 1; i >= 0; i--) {
    const entry = day.log[i]!;
    if (entry.id !== prompt.id || entry.outcome !== 'held') continue;
    const log = [...day.log];
    log[i] = { ...entry, at: prompt.shownAt, outcome: 'open', endedAt: null };
    day.log = log;
    return;
  }
}

/** Pauses only: notices and evening nudges are not breaks. */
export function breakCounts(log: readonly LogEntry[]): BreakCounts {
  const counts: BreakCounts = { ...NO_BREAKS };
  for (const entry of log) {
    if (!PAUSE_KINDS.has(entry.kind)) continue;
    switch (entry.outcome) {
      case 'natural':
        counts.natural++;
        continue;
      case 'missed':
        counts.missed++;
        continue;
      case 'held':
        continue;
      case 'taken':
        counts.taken++;
        break;
      case 'not-taken':
        counts.notTaken++;
        break;
      case 'skipped':
        counts.skipped++;
        break;
      case 'postponed':
        counts.postponed++;
        break;
      default:
        break;
    }
    // One offer however often it was postponed: its returns are the same offer.
    if (entry.postponed === 0) counts.offered++;
  }
  return counts;
}
