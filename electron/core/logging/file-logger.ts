import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../ports';

export interface FileLoggerOptions {
  /** The user-data folder's logs/ folder. */
  folder: string;
  /** pust.log is moved to pust.1.log when a line would take it past this size. */
  maxBytes?: number;
  /** How many files in all (pust.log, pust.1.log, …). */
  keep?: number;
  now?: () => Date;
  /** Also written here (the console, in development). */
  echo?: Logger;
  home?: string;
}

const MAX_LINE = 4_000;

/**
 * Pust's log in the user-data folder, where support can ask for it (an installed app's console is
 * seen by no one). Core logs what happened to files, settings and the policy, never what a person
 * wrote; the home folder is written as ~ so the person's user name stays out of it too. A failing
 * disk never stops the app: the line then goes only to `echo`.
 */
export function createFileLogger(options: FileLoggerOptions): Logger {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = Math.max(1, options.keep ?? 3);
  const now = options.now ?? (() => new Date());
  const home = options.home ?? homedir();
  const file = join(options.folder, 'pust.log');
  const numbered = (index: number) => join(options.folder, `pust.${index}.log`);

  const rotate = () => {
    rmSync(numbered(keep - 1), { force: true });
    for (let index = keep - 2; index >= 1; index -= 1) {
      try {
        renameSync(numbered(index), numbered(index + 1));
      } catch {
        // not there yet
      }
    }
    if (keep > 1) renameSync(file, numbered(1));
    else rmSync(file, { force: true });
  };

  const write = (level: 'info' | 'warn' | 'error', message: string) => {
    options.echo?.[level](message);
    const text = (home.length > 1 ? message.split(home).join('~') : message)
      .slice(0, MAX_LINE)
      .replace(/\r?\n/g, '\n    ');
    const line = `${now().toISOString()} ${level.toUpperCase()} ${text}\n`;
    try {
      mkdirSync(options.folder, { recursive: true });
      const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
      if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
      appendFileSync(file, line);
    } catch {
      // The log is a help, not a duty: a full disk must not take the app down with it.
    }
  };
  return {
    info: (message) => write('info', message),
    warn: (message) => write('warn', message),
    error: (message) => write('error', message),
  };
}
