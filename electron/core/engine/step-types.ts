import type { WorkProfile } from '../../contract/work-profile';
import type { ActivityEventKind } from '../ports';
import type { DayState } from './day-state';
import type { Delivery } from './delivery';
import type { DaySummary } from './history';
import type { ActionResult, HoldLength, Prompt } from './prompts';

/**
 * The workday as a pure step: `step(model, input) → { model, effects }`. The step decides and only
 * decides; the runtime (runtime.ts) owns the clock, the timer, the idle source and the store, runs
 * one input at a time, and carries out the effects in order. So no listener runs inside a
 * decision, and nothing decided can be lost on the way out.
 */

export interface EngineModel {
  readonly profile: WorkProfile;
  /** The day in progress; null before the first step. */
  readonly day: DayState | null;
  /** Summaries of earlier days, oldest first (today's is computed from `day`). */
  readonly history: readonly DaySummary[];
  /** The one timer armed now: when, and whether to read idle time when it fires. */
  readonly timer: { readonly at: number; readonly readIdle: boolean } | null;
  /** The next instant something other than a sample is due, as the last step found it. */
  readonly wakeAt: number | null;
  /** Something is due already and waits for the person (a nudge held while they are idle). */
  readonly waiting: boolean;
  /** When the day was last written to the store (samples write at most once a minute). */
  readonly persistedAt: number;
}

/** What the person asked for (the contract's actions, in the engine's words). */
export type EngineAction =
  | { type: 'complete' }
  | { type: 'start-pause' }
  | { type: 'skip' }
  | { type: 'postpone' }
  | { type: 'take-break' }
  | { type: 'hold'; length: HoldLength }
  | { type: 'resume' }
  | { type: 'meeting'; on: boolean; minutes?: number }
  | { type: 'start-day' }
  | { type: 'end-day' }
  | { type: 'work-late'; reason: string | null };

export type EngineInput =
  /** The app started (a saved day continues; the time it was not running counts as away). */
  | { type: 'start' }
  /** The armed timer fired; `idleMs` is the idle time read then, if the timer asked for it. */
  | { type: 'tick'; idleMs: number | null }
  | { type: 'activity'; kind: ActivityEventKind }
  | { type: 'action'; action: EngineAction }
  | { type: 'profile'; profile: WorkProfile };

/** Every input carries the wall clock and zone read by the runtime when it was taken. */
export interface Stamped {
  now: number;
  zone: string;
  input: EngineInput;
}

export type PersistKey = 'day' | 'history';

export type EngineEffect =
  /** Put a prompt in front of the person: a window, or a notification that asks nothing. */
  | { type: 'prompt'; prompt: Prompt; delivery: Delivery }
  /** Show again the window that was open when the app stopped. */
  | { type: 'restore-prompt'; prompt: Prompt; delivery: Delivery }
  /** The prompt window goes (answered, ended, or the day moved on). */
  | { type: 'close-prompt'; id: string }
  /** Arm the one timer (replacing any armed one). */
  | { type: 'arm'; at: number; readIdle: boolean }
  | { type: 'disarm' }
  | { type: 'persist'; keys: PersistKey[] }
  /** Something the person can see changed: views and the tray are redrawn once, after the rest. */
  | { type: 'changed' };

export interface StepOutcome {
  model: EngineModel;
  effects: EngineEffect[];
  /** For an action input: what became of it. */
  result: ActionResult | null;
  /** The next instant something is due other than an idle sample (the planner jumps to it). */
  wakeAt: number;
}
