import { safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../core/journal/fs-durable';
import type { SecretKeyProvider } from '../core/journal';

/**
 * The journal's data key, wrapped by the OS secret store (DPAPI, Keychain, libsecret/kwallet)
 * through Electron's safeStorage and kept next to the journal. On Linux without a keyring
 * safeStorage falls back to a hard-coded password ("basic_text"): that counts as unavailable,
 * so the person is asked instead of being given false protection.
 */
export class SafeStorageKeys implements SecretKeyProvider {
  readonly source = 'os' as const;

  constructor(private readonly wrappedKeyPath: string) {}

  get location(): string {
    return this.wrappedKeyPath;
  }

  available(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  }

  /** Throws when the OS store will not unwrap the key: the journal then says so and starts. */
  existingKey(): Buffer | null {
    if (!existsSync(this.wrappedKeyPath)) return null;
    const wrapped = readFileSync(this.wrappedKeyPath);
    const key = Buffer.from(safeStorage.decryptString(wrapped), 'base64');
    if (key.length !== 32)
      throw new Error(`The OS-protected key is damaged: ${this.wrappedKeyPath}`);
    return key;
  }

  getOrCreateKey(): Buffer {
    const existing = this.existingKey();
    if (existing) return existing;
    const key = randomBytes(32);
    writeFileAtomic(this.wrappedKeyPath, safeStorage.encryptString(key.toString('base64')));
    return key;
  }
}
