import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { KeyValueStore, Logger } from '../ports';

export interface OpenedStore<S extends KeyValueStore> {
  store: S;
  /** Where a damaged file was moved, so the person can be told; null when the file was sound. */
  movedAsideTo: string | null;
}

/** `settings.json` → `settings.damaged-2026-11-26T08-00-00-000Z.json` */
export function damagedCopyPath(filePath: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return filePath.replace(/(\.json)?$/, `.damaged-${stamp}$1`);
}

/**
 * Opens a JSON store (electron-store in Electron, conf in the preview and tests; both throw when
 * the file is not valid JSON). A damaged file is never deleted or silently reset: it is moved aside
 * with a timestamp and a fresh store is opened, and the caller learns where the copy lies.
 */
export function openStoreSafely<S extends KeyValueStore>(
  open: () => S,
  filePath: string,
  now: Date,
  logger: Logger,
): OpenedStore<S> {
  try {
    const problem = shapeProblem(filePath);
    if (problem) throw new Error(problem);
    return { store: open(), movedAsideTo: null };
  } catch (error) {
    if (!existsSync(filePath)) throw error;
    const movedAsideTo = damagedCopyPath(filePath, now);
    renameSync(filePath, movedAsideTo);
    logger.warn(
      `${filePath} could not be read (${error instanceof Error ? error.message : String(error)}); ` +
        `moved it to ${movedAsideTo} and started from defaults`,
    );
    return { store: open(), movedAsideTo };
  }
}

/**
 * electron-store and conf throw on text that is not JSON, but accept JSON that is not an object
 * (`null`, `[1, 2]`, `"nn"`) and would overwrite it on the first save. Such a file is damaged too.
 */
function shapeProblem(filePath: string): string | null {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(filePath, 'utf8'));
  } catch {
    return null; // Missing, unreadable or not JSON: the store's own open decides.
  }
  const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
  return isObject
    ? null
    : `the file holds JSON ${value === null ? 'null' : typeof value}, not an object`;
}
