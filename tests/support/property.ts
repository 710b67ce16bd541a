import fc from 'fast-check';

/**
 * How every property test runs, so a red run can always be replayed:
 *
 * - The seed is fixed (CI runs the same cases every time). `FC_SEED=<n>` runs another seed,
 *   `FC_SEED=random` draws one; either way a failure names the seed and the path to replay it.
 * - `FC_RUNS=<n>` runs each property n times instead of its own default (more to hunt, fewer to
 *   hurry); `FC_PATH=<path>` replays exactly the failing case a report named.
 */

const FIXED_SEED = 20_261_127;

function readSeed(): number {
  const raw = process.env.FC_SEED?.trim();
  if (!raw) return FIXED_SEED;
  if (raw === 'random') return (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const seed = Number(raw);
  if (!Number.isInteger(seed))
    throw new Error(`FC_SEED must be a whole number or "random", not "${raw}"`);
  return seed;
}

function readRuns(): number | null {
  const raw = process.env.FC_RUNS?.trim();
  if (!raw) return null;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`FC_RUNS must be a whole number above 0, not "${raw}"`);
  return runs;
}

export const PROPERTY_SEED = readSeed();
const RUNS_OVERRIDE = readRuns();
const REPLAY_PATH = process.env.FC_PATH?.trim() || undefined;

/** The parameters every `fc.assert` here takes: the seed, the number of runs, a replay path. */
export function propertyParameters<T>(
  defaultRuns: number,
  extra: Omit<fc.Parameters<T>, 'seed' | 'numRuns' | 'path'> = {},
): fc.Parameters<T> {
  return {
    ...extra,
    seed: PROPERTY_SEED,
    numRuns: RUNS_OVERRIDE ?? defaultRuns,
    ...(REPLAY_PATH ? { path: REPLAY_PATH } : {}),
  };
}

function replayHint(error: unknown): Error {
  const message = error instanceof Error ? error.message : String(error);
  const path = /path: "([^"]*)"/.exec(message)?.[1];
  const replay = `Replay with FC_SEED=${PROPERTY_SEED}${path ? ` FC_PATH="${path}"` : ''}`;
  // fast-check keeps the property's own failure as the cause: say it, it is the point.
  const cause = error instanceof Error ? error.cause : undefined;
  const because = cause instanceof Error ? `\nThe property failed with: ${cause.message}` : '';
  const wrapped = new Error(`${replay}\n${message}${because}`, { cause });
  if (error instanceof Error && error.stack) wrapped.stack = `${replay}${because}\n${error.stack}`;
  return wrapped;
}

/** `fc.assert` with the shared seed and runs; a failure starts with the line that replays it. */
export function assertProperty<Ts>(property: fc.IProperty<Ts>, defaultRuns: number): void {
  try {
    fc.assert(property, propertyParameters<Ts>(defaultRuns));
  } catch (error) {
    throw replayHint(error);
  }
}

export async function assertAsyncProperty<Ts>(
  property: fc.IAsyncProperty<Ts>,
  defaultRuns: number,
  extra: Omit<fc.Parameters<Ts>, 'seed' | 'numRuns' | 'path'> = {},
): Promise<void> {
  try {
    await fc.assert(property, propertyParameters<Ts>(defaultRuns, extra));
  } catch (error) {
    throw replayHint(error);
  }
}
