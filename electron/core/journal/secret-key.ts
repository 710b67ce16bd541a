import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PustError } from '../../contract/errors';
import { fsyncFolder } from './fs-durable';

export const DATA_KEY_BYTES = 32;

/**
 * Gives the journal a 32-byte data key. In Electron the key is wrapped by `safeStorage`; in the
 * web preview and tests it lies in a file. `available()` is false when the secret store cannot be
 * used right now (for example Linux without a keyring): the person then decides how the journal
 * is kept (see keyring.ts).
 */
export interface SecretKeyProvider {
  readonly source: 'os' | 'file';
  /** Where the key is kept, for messages ("the key file at …"); absent when there is no file. */
  readonly location?: string;
  available(): boolean;
  /**
   * The key if one exists, null if none was ever made. Never creates one: opening the journal
   * tries every key Pust holds without making new ones. Throws when a key exists but cannot be
   * used (unreadable, damaged, the OS store refuses to unwrap it).
   */
  existingKey(): Buffer | null;
  /** Returns the same key every time; creates it only if none exists. Never replaces a key. */
  getOrCreateKey(): Buffer;
}

/** A key that exists but cannot be used; `reason` says which kind of trouble it is. */
export class KeyUnusableError extends PustError {
  readonly reason: 'unreadable' | 'damaged';
  constructor(reason: 'unreadable' | 'damaged', message: string) {
    super('storage-failed', message);
    this.reason = reason;
  }
}

const KEY_FILE_HEADER = 'pust-journal-key-v1';

/**
 * A data key kept in a file readable only by its owner (0600). It protects the journal from
 * anyone who copies the journal file alone, not from someone with the whole profile folder:
 * that is why the person must choose it knowingly when the OS secret store is missing.
 */
export class FileKeyProvider implements SecretKeyProvider {
  readonly source = 'file' as const;
  readonly #path: string;

  constructor(keyPath: string) {
    this.#path = keyPath;
  }

  get path(): string {
    return this.#path;
  }

  get location(): string {
    return this.#path;
  }

  available(): boolean {
    return true;
  }

  exists(): boolean {
    return fs.existsSync(this.#path);
  }

  existingKey(): Buffer | null {
    return this.#read();
  }

  getOrCreateKey(): Buffer {
    const existing = this.#read();
    if (existing) return existing;
    const key = randomBytes(DATA_KEY_BYTES);
    const text = `${KEY_FILE_HEADER}\n${key.toString('base64')}\n`;
    const temp = `${this.#path}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.#path), { recursive: true });
      const fd = fs.openSync(temp, 'w', 0o600);
      try {
        fs.writeSync(fd, text);
        fs.fsyncSync(fd);
      } finally {
        fs.closeSync(fd);
      }
      // link() fails if another process created the key first; then theirs wins and we read it.
      try {
        fs.linkSync(temp, this.#path);
      } finally {
        fs.rmSync(temp, { force: true });
      }
      fsyncFolder(path.dirname(this.#path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new PustError('storage-failed', `Could not create the journal key file: ${error}`);
      }
    }
    const written = this.#read();
    if (!written) throw new PustError('storage-failed', 'The journal key file was not written');
    return written;
  }

  #read(): Buffer | null {
    let text: string;
    try {
      text = fs.readFileSync(this.#path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new KeyUnusableError(
        'unreadable',
        `Could not read the journal key file ${this.#path}: ${String(error)}`,
      );
    }
    const [header, body] = text.split('\n');
    const key = Buffer.from(body ?? '', 'base64');
    if (header !== KEY_FILE_HEADER || key.length !== DATA_KEY_BYTES) {
      // Never overwrite a key we cannot read: entries written with it would be lost for good.
      throw new KeyUnusableError('damaged', `The journal key file is damaged: ${this.#path}`);
    }
    try {
      if ((fs.statSync(this.#path).mode & 0o077) !== 0) fs.chmodSync(this.#path, 0o600);
    } catch {
      // Someone else's file, or a read-only disk: the key still opens the journal.
    }
    return key;
  }
}
