import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PustError } from '../../contract/errors';
import type { EncryptionChoice, EncryptionState } from '../../contract/journal';
import type { KeyValueStore } from '../ports';
import { fsyncFolder } from './fs-durable';

export const DATA_KEY_BYTES = 32;

/**
 * Gives the journal its 32-byte data key, creating it on first use. In Electron the key is
 * wrapped by `safeStorage` (the lead's adapter); in the web preview and tests it lies in a file.
 * `available()` is false when the secret store cannot be used right now (for example Linux
 * without a keyring): the person then decides, see `resolveEncryption`.
 */
export interface SecretKeyProvider {
  readonly source: 'os' | 'file';
  available(): boolean;
  /** Returns the same key every time; creates it only if none exists. Never replaces a key. */
  getOrCreateKey(): Buffer;
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

  available(): boolean {
    return true;
  }

  exists(): boolean {
    return fs.existsSync(this.#path);
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
      throw new PustError('storage-failed', `Could not read the journal key file: ${error}`);
    }
    const [header, body] = text.split('\n');
    const key = Buffer.from(body ?? '', 'base64');
    if (header !== KEY_FILE_HEADER || key.length !== DATA_KEY_BYTES) {
      // Never overwrite a key we cannot read: entries written with it would be lost for good.
      throw new PustError('storage-failed', `The journal key file is damaged: ${this.#path}`);
    }
    if ((fs.statSync(this.#path).mode & 0o077) !== 0) fs.chmodSync(this.#path, 0o600);
    return key;
  }
}

export const ENCRYPTION_CHOICE_KEY = 'journal.encryptionChoice';

export type ResolvedEncryption =
  | { state: 'os-key' | 'file-key'; key: Buffer }
  | { state: 'none'; key: null }
  | { state: 'needs-decision'; key: null };

/**
 * Decides how the journal is protected. The OS secret store wins when it is available and the
 * person has not chosen otherwise. When it is unavailable, nothing is chosen silently: the state is
 * `needs-decision` until the person picks a key file or no encryption, and that choice is kept in
 * the key-value store so Settings can show it.
 */
export function resolveEncryption(options: {
  os: SecretKeyProvider;
  fileKey: SecretKeyProvider;
  store: KeyValueStore;
}): ResolvedEncryption {
  const choice = readChoice(options.store);
  if (options.os.available() && choice === null) {
    // A host without an OS store (the web preview) may pass a key file here: say so honestly.
    const state = options.os.source === 'os' ? 'os-key' : 'file-key';
    return { state, key: options.os.getOrCreateKey() };
  }
  if (choice === 'file-key') return { state: 'file-key', key: options.fileKey.getOrCreateKey() };
  if (choice === 'none') return { state: 'none', key: null };
  return { state: 'needs-decision', key: null };
}

export function readChoice(store: KeyValueStore): EncryptionChoice | null {
  const value = store.get(ENCRYPTION_CHOICE_KEY);
  return value === 'file-key' || value === 'none' ? value : null;
}

export function isEncrypted(state: EncryptionState): boolean {
  return state === 'os-key' || state === 'file-key';
}
