import { withCurrentSettingNames } from '../../../contract/renamed-settings';
import { PolicyDefaultsSchema, type WorkProfile } from '../../../contract/work-profile';
import { PlanInputError } from './args';

/**
 * Reads the work profile from JSON text in the admin policy's defaults shape
 * (`{ "workProfile": { ... } }`). The first problem is reported with its path, in one line.
 */
export function profileFromSettingsText(text: string, source: string): WorkProfile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new PlanInputError(`${source} is not valid JSON: ${(error as Error).message}`);
  }
  // A policy file written before a setting was renamed plans the same day.
  const parsed = PolicyDefaultsSchema.safeParse(withCurrentSettingNames(data));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(top level)';
    throw new PlanInputError(
      `${source}: invalid settings at ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  return parsed.data.workProfile;
}
