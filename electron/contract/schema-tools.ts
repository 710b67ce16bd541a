import { z } from 'zod';

/**
 * Small walks over zod object schemas, so settings and admin policies can be validated key by key
 * (one bad value never costs the others) and patched at any depth.
 */

/** Strips `.default()`, `.prefault()` and `.optional()` to reach the schema that judges a value. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.ZodType };
    if (
      (def.type === 'default' || def.type === 'prefault' || def.type === 'optional') &&
      def.innerType
    ) {
      current = def.innerType;
    } else {
      return current;
    }
  }
}

/** The object schema inside `schema`, or null when it is a leaf (scalar, array, nullable …). */
export function asObject(schema: z.ZodType): z.ZodObject | null {
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? inner : null;
}

/**
 * A strict schema for a change at any depth: every key optional, no defaults filled in (so a patch
 * says only what it changes), unknown keys refused, leaves judged by their own schemas.
 */
export function deepPartial(schema: z.ZodObject): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const object = asObject(child);
    shape[key] = (object ? deepPartial(object) : unwrap(child)).optional();
  }
  return z.strictObject(shape);
}

/** Every path of the object: `theme`, `workProfile`, `workProfile.lunch`, `workProfile.lunch.at` … */
export function schemaPaths(schema: z.ZodObject, prefix = ''): string[] {
  const paths: string[] = [];
  for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const path = `${prefix}${key}`;
    paths.push(path);
    const object = asObject(child);
    if (object) paths.push(...schemaPaths(object, `${path}.`));
  }
  return paths;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `b` over `a`, recursing into plain objects; arrays and scalars in `b` replace those in `a`. */
export function deepMerge<T>(a: T, b: unknown): T {
  if (!isPlainObject(a) || !isPlainObject(b)) return (b === undefined ? a : b) as T;
  const merged: Record<string, unknown> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    merged[key] = Object.hasOwn(a, key) ? deepMerge(a[key], value) : value;
  }
  return merged as T;
}

export function getAt(value: unknown, path: string): unknown {
  let node = value;
  for (const part of path.split('.')) {
    if (!isPlainObject(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** A copy of `value` with `path` set (creating objects on the way). */
export function setAt<T>(value: T, path: string, leaf: unknown): T {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const base: Record<string, unknown> = isPlainObject(value) ? value : {};
  return {
    ...base,
    [head]: rest.length === 0 ? leaf : setAt(base[head], rest.join('.'), leaf),
  } as T;
}

/** Every leaf path a (patch) object sets: `{ a: { b: 1, c: 2 } }` → `a.b`, `a.c`. */
export function leafPaths(value: unknown, prefix = ''): string[] {
  if (!isPlainObject(value)) return prefix ? [prefix.slice(0, -1)] : [];
  return Object.entries(value).flatMap(([key, child]) => leafPaths(child, `${prefix}${key}.`));
}
