import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  FileKeyProvider,
  JournalService,
  type SecretKeyProvider,
} from '../../../electron/core/journal';
import { MemoryStore, RecordingLogger, VirtualTime } from '../../support/fakes';

export { MemoryStore, RecordingLogger, VirtualTime };

export class FakeOsKeys implements SecretKeyProvider {
  readonly source = 'os' as const;
  readonly #file: FileKeyProvider;
  constructor(
    keyPath: string,
    public isAvailable = true,
  ) {
    this.#file = new FileKeyProvider(keyPath);
  }
  get location(): string {
    return this.#file.path;
  }
  available(): boolean {
    return this.isAvailable;
  }
  existingKey(): Buffer | null {
    if (!this.isAvailable) throw new Error('OS secret store unavailable');
    return this.#file.existingKey();
  }
  getOrCreateKey(): Buffer {
    if (!this.isAvailable) throw new Error('OS secret store unavailable');
    return this.#file.getOrCreateKey();
  }
}

export interface Profile {
  folder: string;
  clock: VirtualTime;
  store: MemoryStore;
  logger: RecordingLogger;
  osKeys: FakeOsKeys;
  fileKeys: FileKeyProvider;
  open(): JournalService;
  journalPath: string;
}

const made: string[] = [];

/** A fresh profile folder with the ports a journal needs; `open()` may be called again to reopen. */
export function makeProfile(options: { osAvailable?: boolean; at?: string } = {}): Profile {
  const folder = mkdtempSync(path.join(tmpdir(), 'pust-journal-'));
  made.push(folder);
  const clock = new VirtualTime(options.at ?? '2026-11-26T15:30:00Z');
  const store = new MemoryStore();
  const logger = new RecordingLogger();
  const osKeys = new FakeOsKeys(path.join(folder, 'os-protected.key'), options.osAvailable ?? true);
  const fileKeys = new FileKeyProvider(path.join(folder, 'journal.key'));
  return {
    folder,
    clock,
    store,
    logger,
    osKeys,
    fileKeys,
    journalPath: path.join(folder, 'journal.log'),
    open: () => JournalService.open({ folder, clock, store, logger, osKeys, fileKeys }),
  };
}

export function removeProfiles(): void {
  for (const folder of made.splice(0)) rmSync(folder, { recursive: true, force: true });
}

export const note = (text: string, tags: string[] = []) => ({
  entry: { kind: 'note' as const, text, tags },
});

export const checkIn = (
  values: { energy: number; mood: number; stress: number },
  text = { doneToday: 'Skrev rapport', note: '' },
) => ({
  entry: {
    kind: 'check-in' as const,
    ...values,
    doneToday: text.doneToday,
    tomorrowTopThree: ['Møte med leder', 'Budsjett'],
    note: text.note,
  },
});

/** A note as stored (or exported) by Pust, written on 20 November 2026 in Oslo. */
export const storedNote = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'note',
  text: `Notat ${id}`,
  tags: [],
  createdAt: '2026-11-20T09:00:00.000+01:00',
  editedAt: '2026-11-20T09:00:00.000+01:00',
  timeZone: 'Europe/Oslo',
  schemaVersion: 2,
  ...extra,
});
