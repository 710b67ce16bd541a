import { LOCALES, SettingsSchema, type Locale } from '../../contract/settings';
import {
  currentSettingName,
  renameConflictMessage,
  withCurrentSettingNames,
} from '../../contract/renamed-settings';
import { isPlainObject, schemaPaths } from '../../contract/schema-tools';
import { validParts, type SettingsProblem } from '../settings/validated-read';
import { parseJsonText } from './json-text';

/**
 * An IT department's policy: defaults for settings the person has not chosen, settings locked to
 * a value, and a message shown beside locked settings. Parsed leniently: every valid part applies,
 * every invalid part is reported with its JSON path and ignored. No policy can reach anything but
 * settings (the security baseline is not a setting).
 */
export interface AdminPolicy {
  /** Where it was read from; null when there is no policy file. */
  source: string | null;
  defaults: Record<string, unknown>;
  /** Setting paths fixed by the policy (`theme`, `workProfile.endOfDayFirmness`, or a whole group). */
  locked: string[];
  message: Partial<Record<Locale, string>> | null;
  problems: SettingsProblem[];
}

export const NO_POLICY: AdminPolicy = Object.freeze({
  source: null,
  defaults: {},
  locked: [],
  message: null,
  problems: [],
}) as AdminPolicy;

const TOP_LEVEL_KEYS = ['$schema', 'version', 'defaults', 'locked', 'message'];
const KNOWN_PATHS = new Set(schemaPaths(SettingsSchema));

/** The message shown beside locked settings, from any source (`path` names it in problems). */
export function parseMessage(
  raw: unknown,
  problems: SettingsProblem[],
  path = '$.message',
): AdminPolicy['message'] {
  if (raw === undefined) return null;
  const MAX = 300;
  if (typeof raw === 'string') {
    if (raw.trim() === '' || raw.length > MAX) {
      problems.push({ path, message: `must be a text of 1 to ${MAX} characters` });
      return null;
    }
    return { nb: raw, nn: raw, en: raw };
  }
  if (!isPlainObject(raw)) {
    problems.push({
      path,
      message: 'must be a text or { "nb": …, "nn": …, "en": … }',
    });
    return null;
  }
  const message: Partial<Record<Locale, string>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(LOCALES as readonly string[]).includes(key)) {
      problems.push({ path: `${path}.${key}`, message: 'unknown language (use nb, nn or en)' });
    } else if (typeof value !== 'string' || value.trim() === '' || value.length > MAX) {
      problems.push({
        path: `${path}.${key}`,
        message: `must be a text of 1 to ${MAX} characters`,
      });
    } else {
      message[key as Locale] = value;
    }
  }
  return Object.keys(message).length > 0 ? message : null;
}

function parseLocked(raw: unknown, problems: SettingsProblem[]): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ path: '$.locked', message: 'must be a list of setting names' });
    return [];
  }
  const locked: string[] = [];
  raw.forEach((entry, index) => {
    const path = typeof entry === 'string' ? currentSettingName(entry) : entry;
    if (typeof path !== 'string' || !KNOWN_PATHS.has(path)) {
      problems.push({
        path: `$.locked[${index}]`,
        message: `unknown setting ${JSON.stringify(entry)}`,
      });
    } else if (!locked.includes(path)) {
      locked.push(path);
    }
  });
  return locked;
}

/**
 * Settings (nested, as in settings.json) with old setting names read under their new ones; an old
 * name given beside its new one is reported, at `at`, and ignored.
 */
export function settingsUnderCurrentNames(
  raw: unknown,
  problems: SettingsProblem[],
  at: string,
): unknown {
  const conflicts: string[] = [];
  const settings = withCurrentSettingNames(raw, conflicts);
  for (const from of conflicts) {
    problems.push({ path: `${at}.${from}`, message: renameConflictMessage(from) });
  }
  return settings;
}

/** Parses `policy.json`. A byte-order mark (Windows PowerShell 5.1 writes one) is accepted. */
export function parseAdminPolicy(text: string, source: string): AdminPolicy {
  const problems: SettingsProblem[] = [];
  const json = parseJsonText(text);
  if (!json.ok) return { ...NO_POLICY, source, problems: [{ path: '$', message: json.problem }] };
  const raw = json.value;
  if (!isPlainObject(raw)) {
    return { ...NO_POLICY, source, problems: [{ path: '$', message: 'must be a JSON object' }] };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.includes(key)) problems.push({ path: `$.${key}`, message: 'unknown key' });
  }
  if (raw.version !== undefined && raw.version !== 1) {
    problems.push({ path: '$.version', message: 'this Pust reads policy version 1' });
  }
  return {
    source,
    defaults: validParts(
      SettingsSchema,
      settingsUnderCurrentNames(raw.defaults, problems, '$.defaults'),
      problems,
      '$.defaults',
    ),
    locked: parseLocked(raw.locked, problems),
    message: parseMessage(raw.message, problems),
    problems,
  };
}

/** True when `path` is locked itself or sits inside a locked group (or contains a locked path). */
export function touchesLocked(locked: readonly string[], path: string): boolean {
  return locked.some(
    (lockedPath) =>
      lockedPath === path || path.startsWith(`${lockedPath}.`) || lockedPath.startsWith(`${path}.`),
  );
}
