import type { SettingsView } from '../../electron/contract';
import { touchesLock } from './locks';

/**
 * The first-run setup (issue 18 item 12): which steps it has, which IT has already decided, and
 * whether the main window shows it. It shows once for a fresh profile (until `firstRunDone` is
 * saved, by finishing or skipping it) and again when the person asks for it in Settings. A prompt
 * window never shows it: App routes `#prompt` to the prompt alone.
 */

export const FIRST_RUN_STEPS = ['welcome', 'hours', 'lunch', 'evening', 'role', 'plan'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];
/** The steps that ask about settings (the others welcome and show the plan). */
export type ProfileStepName = Exclude<FirstRunStep, 'welcome' | 'plan'>;

/** What each step asks about. A step whose every setting IT has fixed is left out. */
const STEP_SETTINGS: Readonly<Record<FirstRunStep, readonly string[]>> = {
  welcome: [],
  hours: ['workProfile.weekdays', 'workProfile.flexitime'],
  lunch: ['workProfile.lunch'],
  evening: ['workProfile.endOfDayFirmness'],
  role: ['workProfile.leaderMode'],
  plan: [],
};

function decidedByIt(step: FirstRunStep, locked: readonly string[]): step is ProfileStepName {
  const paths = STEP_SETTINGS[step];
  return paths.length > 0 && paths.every((path) => touchesLock(locked, path));
}

/** The steps the person goes through, in order. */
export function stepsFor(locked: readonly string[]): FirstRunStep[] {
  return FIRST_RUN_STEPS.filter((step) => !decidedByIt(step, locked));
}

/** The steps left out because IT has decided them; the welcome step names them. */
export function stepsDecidedByIt(locked: readonly string[]): ProfileStepName[] {
  return FIRST_RUN_STEPS.filter((step) => decidedByIt(step, locked));
}

class FirstRunState {
  /** Opened from Settings: shown even though it was done before. */
  reopened = $state(false);
  /** Left in this session (finished, skipped, or another view opened): not shown again now. */
  left = $state(false);

  /** Whether the main window shows the first run instead of a view. */
  shown(view: SettingsView | null): boolean {
    if (this.reopened) return true;
    return view !== null && !view.values.firstRunDone && !this.left;
  }

  reopen(): void {
    this.reopened = true;
  }

  leave(): void {
    this.reopened = false;
    this.left = true;
  }
}

export const firstRun = new FirstRunState();
