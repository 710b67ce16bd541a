import type {
  EncryptionChoice,
  EncryptionState,
  JournalKeyProblem,
  JournalProblem,
} from '../../contract/journal';
import type { KeyValueStore } from '../ports';
import { RecordCodec, sealedBy, type LogRecord } from './codec';
import { KeyUnusableError, type SecretKeyProvider } from './secret-key';

/** Where the person's choice is also kept, so Settings can show it before anything is written. */
export const ENCRYPTION_CHOICE_KEY = 'journal.encryptionChoice';

/** The two keys Pust can hold: the one the OS key store protects, and the key file. */
export type KeyRole = 'os' | 'file';
/** How new records are written: sealed with one of the keys, or plain (the person chose so). */
export type WritingForm = KeyRole | 'plain';

export type OpenedLine =
  | { ok: true; record: LogRecord; form: WritingForm }
  /** `unopened`: sealed with a key Pust does not hold (or cannot use) now; kept as it is. */
  | { ok: false; reason: 'damaged' | 'unopened' };

const PLAIN = new RecordCodec(null);
const ROLES: readonly KeyRole[] = ['os', 'file'];

/**
 * Every key Pust holds, by key id. Each record names the key that sealed it (codec.ts), so
 * opening tries the right key for each line, whichever key the journal is written with now:
 * where the encryption choice is kept never decides whether the journal can be read. Reading
 * never creates a key; a key that exists but cannot be used is a `problem`, not an exception.
 */
export class Keyring {
  readonly providers: Readonly<Record<KeyRole, SecretKeyProvider>>;
  readonly problems: JournalKeyProblem[] = [];
  readonly #held = new Map<string, { role: KeyRole; codec: RecordCodec }>();

  private constructor(providers: Record<KeyRole, SecretKeyProvider>) {
    this.providers = providers;
  }

  static gather(providers: Record<KeyRole, SecretKeyProvider>): Keyring {
    const ring = new Keyring(providers);
    for (const role of ROLES) {
      const provider = providers[role];
      if (!isAvailable(provider)) continue;
      try {
        const key = provider.existingKey();
        if (key) ring.#hold(role, key);
      } catch (error) {
        ring.problems.push(keyProblem(role, provider, error));
      }
    }
    return ring;
  }

  open(line: string): OpenedLine {
    const sealer = sealedBy(line);
    if (sealer === null) return { ok: false, reason: 'damaged' };
    const held =
      sealer === 'plain' ? { role: 'plain' as const, codec: PLAIN } : this.#held.get(sealer);
    if (!held) return { ok: false, reason: 'unopened' };
    const decoded = held.codec.decode(line);
    return decoded.ok
      ? { ok: true, record: decoded.record, form: held.role }
      : { ok: false, reason: 'damaged' };
  }

  /** What the journal is called in status for a form ("os-key" only for a real OS store). */
  stateOf(form: WritingForm): EncryptionState {
    if (form === 'plain') return 'none';
    return form === 'os' && this.providers.os.source === 'os' ? 'os-key' : 'file-key';
  }

  /**
   * The codec to write with in `form`, creating the key on first use; a key that exists but
   * cannot be used leaves the journal read-only (never replaced: records sealed with it would be
   * lost for good).
   */
  writer(form: WritingForm): Writer {
    const state = this.stateOf(form);
    if (form === 'plain') return { state, form, codec: PLAIN, problem: null };
    const held = [...this.#held.values()].find((item) => item.role === form);
    if (held) return { state, form, codec: held.codec, problem: null };
    const provider = this.providers[form];
    const known = this.problems.find((problem) => problem.key === form);
    if (known) return { state, form, codec: null, problem: readOnly(known.path, known.detail) };
    if (!isAvailable(provider))
      return { state: 'needs-decision', form: null, codec: null, problem: null };
    try {
      return { state, form, codec: this.#hold(form, provider.getOrCreateKey()), problem: null };
    } catch (error) {
      const problem = keyProblem(form, provider, error);
      this.problems.push(problem);
      return { state, form, codec: null, problem: readOnly(problem.path, problem.detail) };
    }
  }

  #hold(role: KeyRole, key: Buffer): RecordCodec {
    const codec = new RecordCodec(key);
    const existing = this.#held.get(codec.keyId!);
    if (existing) return existing.codec;
    this.#held.set(codec.keyId!, { role, codec });
    return codec;
  }
}

export interface Writer {
  state: EncryptionState;
  form: WritingForm | null;
  /** Null when nothing can be written: a decision is needed, or the key cannot be used. */
  codec: RecordCodec | null;
  problem: JournalProblem | null;
}

/**
 * Decides how new records are written. The journal itself says first: the form of the newest
 * record that opened is what the person last chose, even if the copy of that choice in state.json
 * was lost. Then the kept choice (a journal with nothing in it yet), then the OS key store when
 * it is available. Without any of these nothing is chosen silently: the person decides.
 */
export function chooseWriter(
  ring: Keyring,
  store: KeyValueStore,
  newest: WritingForm | null,
): Writer {
  const choice = readChoice(store);
  const form: WritingForm | null =
    newest ??
    (choice === 'file-key'
      ? 'file'
      : choice === 'none'
        ? 'plain'
        : isAvailable(ring.providers.os)
          ? 'os'
          : null);
  if (form === null) return { state: 'needs-decision', form: null, codec: null, problem: null };
  const writer = ring.writer(form);
  // Keep the kept choice in step with the journal, so Settings shows what is true.
  const kept: EncryptionChoice | null =
    form === 'file' ? 'file-key' : form === 'plain' ? 'none' : null;
  if (newest !== null && kept !== null && choice !== kept) {
    try {
      store.set(ENCRYPTION_CHOICE_KEY, kept);
    } catch {
      // state.json cannot be written: the journal still says which form it is in.
    }
  }
  return writer;
}

export function readChoice(store: KeyValueStore): EncryptionChoice | null {
  let value: unknown;
  try {
    value = store.get(ENCRYPTION_CHOICE_KEY);
  } catch {
    return null;
  }
  return value === 'file-key' || value === 'none' ? value : null;
}

/** An OS store that fails to answer counts as unavailable. */
function isAvailable(provider: SecretKeyProvider): boolean {
  try {
    return provider.available();
  } catch {
    return false;
  }
}

function readOnly(path: string, detail: string): JournalProblem {
  return { state: 'read-only', reason: 'key-unusable', path, detail };
}

function keyProblem(role: KeyRole, provider: SecretKeyProvider, error: unknown): JournalKeyProblem {
  const reason =
    error instanceof KeyUnusableError
      ? error.reason
      : provider.source === 'os'
        ? 'os-store-failed'
        : 'unreadable';
  return {
    key: role,
    path: provider.location ?? '',
    reason,
    detail: error instanceof Error ? error.message : String(error),
  };
}
