import fc from 'fast-check';
import type { ChannelName, RequestOf } from '../../../electron/contract';

/**
 * Hostile payloads for the contract's channels: generic junk any transport could carry (the
 * Electron IPC's structured clone carries Maps, Dates, BigInts and typed arrays; the preview's JSON
 * carries `__proto__` as an own key), plus mutations of one valid payload per channel, so the fuzz
 * reaches past the first check of each schema.
 */

/** 10 MB of text, built once: the payload budget must refuse it without reading it twice. */
export const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

/** `{ a: { a: … } }` `depth` levels down (iteratively, so building it cannot overflow the stack). */
export function nested(depth: number, leaf: unknown = 'nb'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? { language: value } : [value];
  return value;
}

/** An object whose own keys include `__proto__`, as JSON.parse and structured clone produce them. */
export function withOwnKey(base: unknown, key: string, value: unknown): unknown {
  const copy: Record<string, unknown> =
    base !== null && typeof base === 'object' && !Array.isArray(base)
      ? { ...(base as Record<string, unknown>) }
      : {};
  Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

const SPECIAL_VALUES: unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  -0,
  -1,
  2 ** 53 + 2,
  1e308,
  -1e308,
  0.5,
  null,
  undefined,
  true,
  false,
  '',
  ' ',
  '\u0000',
  '\u202enb',
  '💥'.repeat(100),
  // Dates: negative, far-future, impossible, and not dates at all.
  '9999-12-31',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01',
  '0000-00-00',
  '2026-02-30',
  '2026-13-01',
  '1970-01-01T00:00:00Z',
  '2026-11-26T25:61:00+01:00',
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(NaN),
  8.64e15 + 1,
  -8.64e15,
  // Time zones that do not exist.
  'Mars/Olympus_Mons',
  'Europe/Atlantis',
  'UTC+25',
  '../../etc/passwd',
  // Enum values the contract does not know, and names of built-ins.
  'not-a-kind',
  'xx',
  'admin',
  '__proto__',
  'constructor',
  'toString',
  [],
  {},
  [[[]]],
  { length: 1e9 },
  10n ** 30n,
  new Map([['language', 'nn']]),
  new Set([1]),
  new Uint8Array(16),
  Object.create(null),
];

export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...SPECIAL_VALUES),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.constant(TEN_MB),
);

const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/** Junk that ignores the channel's schema entirely. */
export const genericHostile: fc.Arbitrary<unknown> = fc.oneof(
  hostileScalar,
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withBoxedValues: true,
  }),
  fc.integer({ min: 33, max: 3000 }).map((depth) => nested(depth)),
  fc.integer({ min: 1, max: 31 }).map((depth) => nested(depth)),
  fc
    .constantFrom(...PROTO_KEYS)
    .chain((key) => fc.anything({ maxDepth: 2 }).map((value) => withOwnKey({}, key, value))),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {}}}')),
  fc.constant(null).map(() => Array.from({ length: 100_000 }, () => ({}))),
);

type Path = Array<string | number>;

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((child, index) => [
      [...prefix, index],
      ...pathsOf(child, [...prefix, index]),
    ]);
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => [
      [...prefix, key],
      ...pathsOf(child, [...prefix, key]),
    ]);
  }
  return [];
}

type Mutation =
  | { op: 'replace'; path: Path; value: unknown }
  | { op: 'delete'; path: Path }
  | { op: 'extra'; path: Path; key: string; value: unknown };

function applyMutation(seed: unknown, mutation: Mutation): unknown {
  const root = structuredClone(seed);
  const parentPath = mutation.op === 'extra' ? mutation.path : mutation.path.slice(0, -1);
  let parent: unknown = root;
  for (const step of parentPath) parent = (parent as Record<string | number, unknown>)[step];
  if (mutation.op === 'extra') {
    const target = parentPath.length === 0 ? root : parent;
    if (target === null || typeof target !== 'object')
      return withOwnKey({}, mutation.key, mutation.value);
    Object.defineProperty(target, mutation.key, {
      value: mutation.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return root;
  }
  const last = mutation.path.at(-1)!;
  const container = parent as Record<string | number, unknown>;
  if (mutation.op === 'delete') {
    if (Array.isArray(container)) container.splice(Number(last), 1);
    else delete container[last];
  } else container[last] = mutation.value;
  return root;
}

/** One to three hostile changes to a valid payload: a wrong value, a missing or an extra field. */
export function mutationsOf(seed: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(seed);
  const objectPaths: Path[] = [
    [],
    ...paths.filter((path) => {
      let node: unknown = seed;
      for (const step of path) node = (node as Record<string | number, unknown>)[step];
      return node !== null && typeof node === 'object' && !Array.isArray(node);
    }),
  ];
  const extraKey = fc.oneof(fc.constantFrom(...PROTO_KEYS, 'extra', 'kind', 'id'), fc.string());
  const options: Array<fc.Arbitrary<Mutation>> = [
    fc.record({
      op: fc.constant('extra' as const),
      path: fc.constantFrom(...objectPaths),
      key: extraKey,
      value: hostileScalar,
    }),
  ];
  if (paths.length > 0) {
    options.push(
      fc.record({
        op: fc.constant('replace' as const),
        path: fc.constantFrom(...paths),
        value: hostileScalar,
      }),
      fc.record({ op: fc.constant('delete' as const), path: fc.constantFrom(...paths) }),
    );
  }
  return fc.array(fc.oneof(...options), { minLength: 1, maxLength: 3 }).map((mutations) =>
    mutations.reduce<unknown>((value, mutation) => {
      try {
        return applyMutation(value, mutation);
      } catch {
        // An earlier mutation removed the path a later one walks; keep what we have.
        return value;
      }
    }, seed),
  );
}

/** The ids a seed may refer to: an entry and a team member that exist in the fuzzed profile. */
export interface SeedContext {
  entryId: string;
  teamId: string;
  today: string;
}

type Seeds = { [C in ChannelName]?: (context: SeedContext) => RequestOf<C> };

const RANGE = { from: '2026-11-01', to: '2026-11-30' };

/**
 * One valid payload for each channel that takes one. Typed by the contract, so a changed schema
 * breaks this file; a channel without a seed is still fuzzed with generic junk.
 */
export const SEEDS: Seeds = {
  'settings.update': () => ({
    theme: 'dark',
    workProfile: {
      lunch: { at: '12:00', minutes: 30 },
      daysOff: [{ from: '2026-12-24', to: '2026-12-31', kind: 'vacation' }],
      weekdays: { fri: { start: '08:00', end: '14:00' } },
    },
  }),
  'workday.act': () => ({ action: 'hold', length: '30m' }),
  'workday.history': () => ({ days: 7 }),
  'journal.chooseEncryption': () => ({ choice: 'file-key' }),
  'journal.dismissNotice': () => ({ id: 'notice-1' }),
  'journal.add': () => ({
    entry: {
      kind: 'check-in',
      energy: 3,
      mood: 4,
      stress: 2,
      doneToday: 'Skreiv rapporten',
      tomorrowTopThree: ['Møte', 'Les'],
      note: '',
      tags: ['fuzz'],
    },
  }),
  'journal.edit': ({ entryId }) => ({
    id: entryId,
    entry: { kind: 'note', text: 'Endra', tags: ['fuzz'] },
  }),
  'journal.delete': ({ entryId }) => ({ id: entryId }),
  'journal.undoDelete': ({ entryId }) => ({ id: entryId }),
  'journal.list': () => ({ kind: 'note', tag: 'fuzz', range: RANGE, offset: 0, limit: 10 }),
  'journal.search': () => ({ query: 'rapport', kind: 'check-in', range: RANGE, limit: 5 }),
  'journal.export': () => ({ format: 'json', range: RANGE }),
  'journal.import': () => ({ json: '{"format":"pust-journal","entries":[]}' }),
  'journal.deleteAll': () => ({ confirm: true, includeRecoveryCopies: false }),
  'journal.applyRetention': () => ({ months: 12 }),
  'journal.trends': () => ({ range: RANGE }),
  'team.add': () => ({ name: 'Kari Nordmann' }),
  'team.remove': ({ teamId }) => ({ id: teamId }),
  'team.talked': ({ teamId }) => ({ id: teamId, on: '2026-11-20' }),
  'team.setRhythm': () => ({ weeks: 6 }),
  'print.savePdf': () => ({ fileName: 'Lyttesamtalen 2026-11-20.pdf' }),
  'ritual.save': ({ today }) => ({
    date: today,
    step: 2,
    doneToday: 'Skreiv',
    tomorrowTopThree: ['a', 'b'],
    energy: 3,
    mood: null,
    stress: 5,
    note: '',
    savedEntryId: null,
  }),
};
