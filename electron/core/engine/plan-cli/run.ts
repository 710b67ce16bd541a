import { DEFAULT_WORK_PROFILE } from '../../../contract/work-profile';
import { planDays, planToJson } from '../planner';
import { PlanInputError, parsePlanArgs } from './args';
import { planToText } from './format-text';
import { profileFromSettingsText } from './settings-file';

export interface PlanCliIo {
  readFile(path: string): string;
  out(text: string): void;
  err(text: string): void;
  defaultZone: string;
}

/** `npm run plan`; returns the exit code. Kept apart from process so tests can run it directly. */
export function runPlanCli(argv: readonly string[], io: PlanCliIo): number {
  try {
    const args = parsePlanArgs(argv, io.defaultZone);
    let profile = DEFAULT_WORK_PROFILE;
    if (args.settingsFile !== null) {
      let text: string;
      try {
        text = io.readFile(args.settingsFile);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
        throw new PlanInputError(`cannot read --settings file "${args.settingsFile}" (${code})`);
      }
      profile = profileFromSettingsText(text, `--settings file "${args.settingsFile}"`);
    }
    const plan = planDays(profile, args.from, args.days, args.zone);
    io.out(
      args.json
        ? JSON.stringify(planToJson(plan, args.zone), null, 2)
        : planToText(plan, args.zone),
    );
    return 0;
  } catch (error) {
    if (error instanceof PlanInputError) {
      io.err(`plan: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
