import { readFileSync, renameSync } from 'node:fs';
import { basename } from 'node:path';
import type { StoreNotice } from '../../contract/settings';
import type { KeyValueStore, Logger } from '../ports';
import { MemoryStore } from './memory-store';

export interface OpenedStore {
  store: KeyValueStore;
  /** Where a damaged file was moved, so the person can be told; null when the file was sound. */
  movedAsideTo: string | null;
  /** What the person is told when the file could not be used as it was; null when it could. */
  notice: StoreNotice | null;
}

/** `settings.json` → `settings.damaged-2026-11-26T08-00-00-000Z.json` */
export function damagedCopyPath(filePath: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return filePath.replace(/(\.json)?$/, `.damaged-${stamp}$1`);
}

type Problem = Pick<StoreNotice, 'reason' | 'detail'>;

/**
 * Opens a JSON store (electron-store in Electron, conf in the preview and tests) so that Pust
 * always starts. The file is read here first, so nothing the store would choke on reaches it: a
 * file that is not JSON, JSON that is not an object, or a file that cannot be read at all (no
 * permission, a folder or a symlink loop in its place) is moved aside with a timestamp, never
 * deleted, and a fresh store is opened. If even that fails, the store lives in memory for this
 * session. Either way the notice says what happened and where the file lies.
 */
export function openStoreSafely(
  open: () => KeyValueStore,
  filePath: string,
  now: Date,
  logger: Logger,
): OpenedStore {
  let problem = inspect(filePath);
  if (!problem) {
    try {
      return { store: open(), movedAsideTo: null, notice: null };
    } catch (error) {
      problem = { reason: 'unreadable', detail: describe(error) };
    }
  }
  const notice = (outcome: StoreNotice['outcome'], movedTo: string | null, found: Problem) => ({
    file: basename(filePath).startsWith('settings') ? ('settings' as const) : ('state' as const),
    path: filePath,
    reason: found.reason,
    detail: found.detail,
    outcome,
    movedTo,
  });
  let movedTo: string | null = damagedCopyPath(filePath, now);
  try {
    renameSync(filePath, movedTo);
  } catch (error) {
    logger.error(`${filePath} could not be moved aside: ${describe(error)}`);
    movedTo = null;
  }
  if (movedTo) {
    try {
      const store = open();
      logger.warn(
        `${filePath} could not be read (${problem.detail}); moved it to ${movedTo} and started ` +
          'from defaults',
      );
      return { store, movedAsideTo: movedTo, notice: notice('moved-aside', movedTo, problem) };
    } catch (error) {
      problem = { ...problem, detail: `${problem.detail}; then: ${describe(error)}` };
    }
  }
  logger.error(
    `${filePath} cannot be used (${problem.detail}); changes are kept in memory until Pust closes`,
  );
  return {
    store: new MemoryStore(filePath),
    movedAsideTo: movedTo,
    notice: notice('memory-only', movedTo, problem),
  };
}

/**
 * What is wrong with the file, or null when it is missing or a JSON object. electron-store and
 * conf throw on text that is not JSON (and on a symlink loop), but accept JSON that is not an
 * object (`null`, `[1, 2]`, `"nn"`) and would overwrite it on the first save.
 */
function inspect(filePath: string): Problem | null {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    return { reason: 'unreadable', detail: describe(error) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { reason: 'not-json', detail: describe(error) };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return null;
  return {
    reason: 'not-object',
    detail: `the file holds JSON ${value === null ? 'null' : typeof value}, not an object`,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
