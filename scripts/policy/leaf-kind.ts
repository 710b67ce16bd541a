import { z } from 'zod';
import { SETTING_LEAVES, type SettingLeaf } from '../../electron/contract/policy';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { getAt } from '../../electron/contract/schema-tools';

/** How a setting is written in the registry and shown in Group Policy, from its schema. */
export type LeafKind =
  | { type: 'boolean' }
  | { type: 'integer'; min: number; max: number }
  | { type: 'enum'; options: string[] }
  | { type: 'text'; format: 'time' | 'monthDay'; maxLength: number }
  | { type: 'json'; nullableInteger?: { min: number; max: number } };

interface JsonSchema {
  type?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  anyOf?: JsonSchema[];
}

export function leafKind(leaf: SettingLeaf): LeafKind {
  const schema = z.toJSONSchema(leaf.schema, { unrepresentable: 'any' }) as JsonSchema;
  if (schema.type === 'boolean') return { type: 'boolean' };
  if (schema.type === 'integer')
    return { type: 'integer', min: schema.minimum!, max: schema.maximum! };
  if (schema.type === 'string' && schema.enum) return { type: 'enum', options: schema.enum };
  if (schema.type === 'string' && schema.pattern) {
    return {
      type: 'text',
      format: schema.pattern.includes(':') ? 'time' : 'monthDay',
      maxLength: 5,
    };
  }
  const integer = schema.anyOf?.find((option) => option.type === 'integer');
  if (integer && schema.anyOf?.some((option) => option.type === 'null')) {
    return { type: 'json', nullableInteger: { min: integer.minimum!, max: integer.maximum! } };
  }
  return { type: 'json' };
}

/** Pust's own default for a setting, as JSON. */
export function defaultOf(path: string): unknown {
  return getAt(DEFAULT_SETTINGS, path);
}

/** A JSON example an admin can copy for a setting written as JSON text. */
export function jsonExample(path: string): string {
  if (path === 'workProfile.daysOff') {
    return '[{"from":"2026-07-06","to":"2026-07-24","kind":"vacation"}]';
  }
  const value = defaultOf(path);
  return JSON.stringify(value === null ? { start: '08:00', end: '15:30' } : value);
}

export const LEAVES = SETTING_LEAVES;
