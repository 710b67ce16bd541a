import { SETTING_LEAVES } from '../../contract/policy';
import { isPlainObject } from '../../contract/schema-tools';
import { SettingsSchema, type Locale } from '../../contract/settings';
import { validParts, type SettingsProblem } from '../settings/validated-read';
import { parseMessage, settingsUnderCurrentNames } from './admin-policy';

/** What a values source (drop-in, managed preferences, registry) says, after validation. */
export interface PolicyValues {
  values: Record<string, unknown>;
  /** macOS managed preferences only: the `recommended` dictionary beside the locked values. */
  recommended: Record<string, unknown>;
  message: Partial<Record<Locale, string>> | null;
  problems: SettingsProblem[];
}

const RESERVED = ['$schema', 'message', 'recommended'];

/**
 * Reads settings by name, nested as in settings.json, plus `message`. Every valid setting is
 * kept and every invalid one reported with its path, as for the JSON file.
 */
export function parsePolicyValues(
  raw: unknown,
  options: { allowRecommended: boolean },
): PolicyValues {
  const problems: SettingsProblem[] = [];
  if (!isPlainObject(raw)) {
    return {
      values: {},
      recommended: {},
      message: null,
      problems: [{ path: '$', message: 'must be a JSON object of settings' }],
    };
  }
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!RESERVED.includes(key)) settings[key] = value;
  }
  let recommended: Record<string, unknown> = {};
  if (raw.recommended !== undefined) {
    if (options.allowRecommended) {
      recommended = validParts(
        SettingsSchema,
        settingsUnderCurrentNames(raw.recommended, problems, '$.recommended'),
        problems,
        '$.recommended',
      );
    } else {
      problems.push({
        path: '$.recommended',
        message: 'not read here: put recommended values in the recommended folder',
      });
    }
  }
  return {
    values: validParts(
      SettingsSchema,
      settingsUnderCurrentNames(settings, problems, '$'),
      problems,
      '$',
    ),
    recommended,
    message: parseMessage(raw.message, problems),
    problems,
  };
}

/**
 * The settings a (valid) partial settings object sets, one per leaf of the schema: a weekday's
 * hours or the list of days off is one setting, not a start and an end.
 */
export function settingEntries(values: Record<string, unknown>): Array<[string, unknown]> {
  const entries: Array<[string, unknown]> = [];
  for (const { path } of SETTING_LEAVES) {
    let node: unknown = values;
    for (const part of path.split('.')) {
      node = isPlainObject(node) && Object.hasOwn(node, part) ? node[part] : undefined;
    }
    if (node !== undefined) entries.push([path, node]);
  }
  return entries;
}
