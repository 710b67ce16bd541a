import type { z } from 'zod';
import { asObject, isPlainObject, unwrap } from '../../contract/schema-tools';

/** One thing wrong with a stored value or a policy, with its JSON path (`$.defaults.theme`). */
export interface SettingsProblem {
  path: string;
  message: string;
}

function hasOwnChecks(schema: z.ZodObject): boolean {
  return ((schema._zod.def as { checks?: unknown[] }).checks?.length ?? 0) > 0;
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid value';
  return issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/**
 * Reads `raw` against `schema` key by key: a valid value is kept, a missing one takes the fallback,
 * an invalid one takes the fallback and is reported. So one damaged value never resets the others.
 */
export function readValidated(
  schema: z.ZodObject,
  raw: unknown,
  fallback: Record<string, unknown>,
  problems: SettingsProblem[],
  options: { path: string; reportUnknownKeys: boolean },
): Record<string, unknown> {
  if (raw !== undefined && !isPlainObject(raw)) {
    problems.push({ path: options.path, message: 'expected an object' });
  }
  const source = isPlainObject(raw) ? raw : {};
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const path = `${options.path}.${key}`;
    const object = asObject(child);
    const fallbackValue = fallback[key];
    if (object) {
      const assembled = readValidated(
        object,
        source[key],
        isPlainObject(fallbackValue) ? fallbackValue : {},
        problems,
        { ...options, path },
      );
      const whole = hasOwnChecks(object) ? object.safeParse(assembled) : null;
      if (whole && !whole.success) {
        problems.push({ path, message: firstIssue(whole.error) });
        result[key] = fallbackValue;
      } else {
        result[key] = assembled;
      }
    } else if (Object.hasOwn(source, key)) {
      const parsed = unwrap(child).safeParse(source[key]);
      if (parsed.success) result[key] = parsed.data;
      else {
        problems.push({ path, message: firstIssue(parsed.error) });
        result[key] = fallbackValue;
      }
    } else {
      result[key] = fallbackValue;
    }
  }
  if (options.reportUnknownKeys) {
    for (const key of Object.keys(source)) {
      if (!Object.hasOwn(schema.shape, key)) {
        problems.push({ path: `${options.path}.${key}`, message: 'unknown key' });
      }
    }
  }
  return result;
}

/**
 * Keeps only the valid parts of a partial object (an admin policy's defaults): every leaf present
 * and valid survives; everything else is reported and dropped.
 */
export function validParts(
  schema: z.ZodObject,
  raw: unknown,
  problems: SettingsProblem[],
  path: string,
): Record<string, unknown> {
  if (!isPlainObject(raw)) {
    if (raw !== undefined) problems.push({ path, message: 'expected an object' });
    return {};
  }
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const childPath = `${path}.${key}`;
    if (!Object.hasOwn(schema.shape, key)) {
      problems.push({ path: childPath, message: 'unknown key' });
      continue;
    }
    const child = (schema.shape as Record<string, z.ZodType>)[key]!;
    const object = asObject(child);
    if (object) {
      const parts = validParts(object, value, problems, childPath);
      if (Object.keys(parts).length > 0) kept[key] = parts;
    } else {
      const parsed = unwrap(child).safeParse(value);
      if (parsed.success) kept[key] = parsed.data;
      else problems.push({ path: childPath, message: firstIssue(parsed.error) });
    }
  }
  return kept;
}
