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

  available(): boolean {
    if (!safeStorage.isEncryptionAvailable()) return false;
    return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
  }

  getOrCreateKey(): Buffer {
    if (existsSync(this.wrappedKeyPath)) {
      const wrapped = readFileSync(this.wrappedKeyPath);
      return Buffer.from(safeStorage.decryptString(wrapped), 'base64');
    }
    const key = randomBytes(32);
    writeFileAtomic(this.wrappedKeyPath, safeStorage.encryptString(key.toString('base64')));
    return key;
  }
}
