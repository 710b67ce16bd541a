import * as fs from 'node:fs';
import * as path from 'node:path';
import { PustError } from '../../contract/errors';
import { copyFileDurable, fsyncFolder, writeFileAtomic } from './fs-durable';

/**
 * The journal on disk is an append-only log: every add, edit, delete and undo is one new line at
 * the end, written and flushed (fdatasync) before the save is acknowledged. Why append-only and
 * not "rewrite the whole file atomically on every save": a save must be acknowledged within 5 ms
 * at the 95th percentile even with 10,000 entries, and rewriting megabytes plus two fsyncs per save
 * cannot promise that, while appending one small line and flushing it costs about 0.2 ms. A crash
 * can then at worst leave a torn last line, which the reader detects (no newline, or a failed
 * GCM tag/checksum) and sets aside. The file is rewritten only by compaction (after deletes,
 * retention, delete-all, recovery or a change of encryption), and that rewrite is atomic:
 * temp file, fsync, rename, fsync of the folder.
 */
export type LogRead =
  | { kind: 'missing' }
  | { kind: 'unreadable'; error: string }
  | { kind: 'read'; lines: string[]; emptyLines: number; tornTail: string | null };

export function readLog(filePath: string): LogRead {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
    return { kind: 'unreadable', error: String(error) };
  }
  const pieces = bytes.toString('utf8').split('\n');
  // A file that ends in '\n' splits into a last empty piece; anything else there is a torn line.
  const last = pieces.pop() ?? '';
  const tornTail = last.length > 0 ? last : null;
  const lines = pieces.filter((piece) => piece.length > 0);
  return { kind: 'read', lines, emptyLines: pieces.length - lines.length, tornTail };
}

/** Removes temp files left by a compaction that was interrupted before its rename. */
export function removeStaleTempFiles(filePath: string): void {
  const folder = path.dirname(filePath);
  const prefix = `${path.basename(filePath)}.`;
  for (const name of fs.readdirSync(folder)) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
}

/** Copies a damaged file aside (never deletes it) and returns where the copy lies. */
export function copyAside(filePath: string, at: Date): string {
  const target = asideName(filePath, at);
  copyFileDurable(filePath, target);
  return target;
}

/** Moves a file we cannot even read aside, so a fresh journal can start next to it. */
export function moveAside(filePath: string, at: Date): string {
  const target = asideName(filePath, at);
  fs.renameSync(filePath, target);
  fsyncFolder(path.dirname(filePath));
  return target;
}

export const ASIDE_PATTERN = /^journal\.damaged-[0-9TZ-]+(-\d+)?\.log$/;

/** The set-aside copies of damaged journal files in `folder`, oldest first. */
export function recoveryCopies(folder: string): string[] {
  try {
    return fs
      .readdirSync(folder)
      .filter((name) => ASIDE_PATTERN.test(name))
      .sort()
      .map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}

function asideName(filePath: string, at: Date): string {
  const folder = path.dirname(filePath);
  const stamp = at
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
  let candidate = path.join(folder, `journal.damaged-${stamp}.log`);
  for (let n = 2; fs.existsSync(candidate); n += 1) {
    candidate = path.join(folder, `journal.damaged-${stamp}-${n}.log`);
  }
  return candidate;
}

/** The descriptor of a log whose file could not be reopened after a refused rewrite. */
const CLOSED = -1;

export class AppendLog {
  readonly filePath: string;
  #fd: number;
  #size: number;

  private constructor(filePath: string, fd: number) {
    this.filePath = filePath;
    this.#fd = fd;
    this.#size = fs.fstatSync(fd).size;
  }

  /** Opens (creating if needed) the log for appending; a new file is made durable at once. */
  static open(filePath: string): AppendLog {
    const existed = fs.existsSync(filePath);
    const fd = fs.openSync(filePath, 'a', 0o600);
    if (!existed) {
      fs.fsyncSync(fd);
      fsyncFolder(path.dirname(filePath));
    }
    return new AppendLog(filePath, fd);
  }

  /** Appends whole lines in one write and returns only once they are on disk. */
  append(lines: string): void {
    const buffer = Buffer.from(lines, 'utf8');
    this.#ensureOpen();
    try {
      let written = 0;
      while (written < buffer.length) {
        written += fs.writeSync(this.#fd, buffer, written, buffer.length - written);
      }
      fs.fdatasyncSync(this.#fd);
      this.#size += buffer.length;
    } catch (error) {
      // Cut off a partial line so the next append starts on a clean line.
      try {
        fs.ftruncateSync(this.#fd, this.#size);
      } catch {
        // The reader sets a torn line aside on the next open; nothing acknowledged is lost.
      }
      throw new PustError('storage-failed', `The journal could not be saved: ${String(error)}`);
    }
  }

  /** Atomically replaces the whole log with `lines` (compaction). */
  rewrite(lines: string): void {
    this.#ensureOpen();
    fs.closeSync(this.#fd);
    this.#fd = CLOSED;
    try {
      writeFileAtomic(this.filePath, lines);
    } catch (error) {
      throw new PustError('storage-failed', `The journal could not be rewritten: ${String(error)}`);
    } finally {
      // The old file (refused rewrite) or the new one: reopened now if the folder lets us, else
      // before the next append, so a save works again as soon as the disk does.
      try {
        this.#ensureOpen();
      } catch {
        // Left closed; append() reports storage-failed until the file can be opened.
      }
    }
  }

  close(): void {
    if (this.#fd !== CLOSED) fs.closeSync(this.#fd);
    this.#fd = CLOSED;
  }

  #ensureOpen(): void {
    if (this.#fd !== CLOSED) return;
    try {
      const fd = fs.openSync(this.filePath, 'a', 0o600);
      this.#size = fs.fstatSync(fd).size;
      this.#fd = fd;
    } catch (error) {
      throw new PustError('storage-failed', `The journal could not be opened: ${String(error)}`);
    }
  }
}
