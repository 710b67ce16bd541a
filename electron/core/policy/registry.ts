import type { z } from 'zod';
import { SETTING_LEAVES } from '../../contract/policy';
import { currentSettingName } from '../../contract/renamed-settings';
import { setAt } from '../../contract/schema-tools';
import type { SettingsProblem } from '../settings/validated-read';

/** The keys Pust reads, as `reg.exe query` names them. Software\Policies is admin-only by default. */
export const REGISTRY_POLICY_KEYS = {
  HKLM: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Pust',
  HKCU: 'HKEY_CURRENT_USER\\SOFTWARE\\Policies\\Pust',
} as const;
export type RegistryHive = keyof typeof REGISTRY_POLICY_KEYS;
/** Below the policy key: values there are recommended (the person may change them). */
export const RECOMMENDED_SUBKEY = 'Recommended';

export interface RegistryValue {
  name: string;
  type: string;
  data: string;
}

/** Keys and their values, as printed by `reg.exe query <key> /s`. */
export type RegistryKeys = Map<string, RegistryValue[]>;

// "    workProfile.lunch.at    REG_SZ    11:30" — names may hold spaces; the type is the anchor.
const VALUE_LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/** Parses `reg.exe query KEY /s` output (any line ending). Unknown lines are skipped. */
export function parseRegQuery(text: string): RegistryKeys {
  const keys: RegistryKeys = new Map();
  let current: RegistryValue[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^HKEY_[A-Z_]+(\\|$)/.test(line)) {
      current = [];
      keys.set(line.trim(), current);
      continue;
    }
    const match = VALUE_LINE.exec(line);
    if (match && current) {
      current.push({ name: match[1]!, type: match[2]!, data: match[3] ?? '' });
    }
  }
  return keys;
}

const LEAF_SCHEMAS = new Map(SETTING_LEAVES.map((leaf) => [leaf.path, leaf.schema]));
const MESSAGE_NAMES = /^message(\.(nb|nn|en))?$/;

function dwordValue(schema: z.ZodType, data: string): { ok: true; value: unknown } | string {
  const number = Number.parseInt(data, 16);
  if (!/^0x[0-9a-f]+$/i.test(data) || !Number.isFinite(number)) return `unreadable number ${data}`;
  if (schema.safeParse(true).success) {
    return number === 0 || number === 1
      ? { ok: true, value: number === 1 }
      : 'expected 1 (on) or 0 (off)';
  }
  return { ok: true, value: number };
}

function textValue(schema: z.ZodType, data: string): { ok: true; value: unknown } | string {
  if (schema.safeParse(data).success) return { ok: true, value: data };
  // Lists, a weekday's hours and "keep everything" (null) are written as JSON text.
  try {
    return { ok: true, value: JSON.parse(data) as unknown };
  } catch {
    return { ok: true, value: data }; // the schema reports what was expected
  }
}

/**
 * One registry key's values as settings, typed as the settings schema says: REG_DWORD for on/off
 * and numbers, REG_SZ for text and choices, REG_SZ holding JSON for lists, a weekday's hours and
 * null. Value names are setting paths (`workProfile.lunch.at`); `message` and `message.nb|nn|en`
 * give the message. Values are validated afterwards, with everything else.
 */
export function registryValuesAsSettings(
  values: readonly RegistryValue[],
  problems: SettingsProblem[],
): Record<string, unknown> {
  let settings: Record<string, unknown> = {};
  const message: Record<string, string> = {};
  for (const { name, type, data } of values) {
    const path = `$.${name}`;
    if (/^\(.*\)$/.test(name)) continue; // the key's unnamed default value, "(Default)" in any language
    if (data.includes('\uFFFD')) {
      // reg.exe wrote in a code page other than UTF-8: say so rather than show mangled letters.
      problems.push({ path, message: 'some characters could not be read; value ignored' });
      continue;
    }
    if (MESSAGE_NAMES.test(name)) {
      if (type === 'REG_SZ' || type === 'REG_EXPAND_SZ') {
        message[name === 'message' ? '*' : name.slice('message.'.length)] = data;
      } else problems.push({ path, message: `expected REG_SZ, found ${type}` });
      continue;
    }
    // An old name is judged as its new one; parsePolicyValues then moves it (or reports both).
    const schema = LEAF_SCHEMAS.get(currentSettingName(name));
    if (!schema) {
      problems.push({ path, message: 'unknown setting' });
      continue;
    }
    let read: { ok: true; value: unknown } | string;
    if (type === 'REG_DWORD' || type === 'REG_QWORD') read = dwordValue(schema, data);
    else if (type === 'REG_SZ' || type === 'REG_EXPAND_SZ') read = textValue(schema, data);
    else read = `expected REG_DWORD or REG_SZ, found ${type}`;
    if (typeof read === 'string') problems.push({ path, message: read });
    else settings = setAt(settings, name, read.value);
  }
  const { '*': all, ...perLanguage } = message;
  if (all !== undefined) settings.message = all;
  else if (Object.keys(perLanguage).length > 0) settings.message = perLanguage;
  return settings;
}
