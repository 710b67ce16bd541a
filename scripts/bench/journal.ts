import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { JOURNAL_SCHEMA_VERSION, type JournalEntry } from '../../electron/contract/journal';
import {
  EXPORT_MARKER,
  FileKeyProvider,
  JournalService,
  RecordCodec,
} from '../../electron/core/journal';
import type { KeyValueStore } from '../../electron/core/ports';

const ENTRIES = 10_000;
const WORDS = (
  'møte leder budsjett rapport fokus pause lunsj tur søvn stress energi kollega team prosjekt ' +
  'frist e-post videomøte hjemmekontor trøtt glad rolig urolig planlegging tilbakemelding'
).split(' ');

function sentence(seed: number, length: number): string {
  return Array.from({ length }, (_, n) => WORDS[(seed * 31 + n * 7) % WORDS.length]).join(' ');
}

function syntheticEntries(): JournalEntry[] {
  const start = Date.parse('2024-01-01T16:00:00Z');
  return Array.from({ length: ENTRIES }, (_, n): JournalEntry => {
    const at = new Date(start + n * 3_600_000 * 2).toISOString().replace('Z', '+00:00');
    const meta = {
      id: `bench-${n}`,
      createdAt: at,
      editedAt: at,
      timeZone: 'Europe/Oslo',
      tags: n % 5 === 0 ? ['fokus'] : [],
      schemaVersion: JOURNAL_SCHEMA_VERSION,
    } as const;
    return n % 3 === 0
      ? { ...meta, kind: 'note', text: sentence(n, 40) }
      : {
          ...meta,
          kind: 'check-in',
          energy: (n % 5) + 1,
          mood: ((n + 2) % 5) + 1,
          stress: ((n + 4) % 5) + 1,
          doneToday: sentence(n, 15),
          tomorrowTopThree: [sentence(n + 1, 3), sentence(n + 2, 4)],
          note: sentence(n + 3, 10),
        };
  });
}

const median = (values: number[]): number => percentile(values, 50);
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round((sorted[Math.max(0, index)] ?? NaN) * 1000) / 1000;
}

/** Opening, searching and saving to a 10,000-entry encrypted journal in a temp folder. */
export async function bench(): Promise<Array<{ name: string; value: number; unit: string }>> {
  const folder = mkdtempSync(path.join(tmpdir(), 'pust-bench-journal-'));
  try {
    const values = new Map<string, unknown>();
    const store: KeyValueStore = {
      path: path.join(folder, 'store.json'),
      get: (key) => values.get(key),
      set: (key, value) => void values.set(key, value),
      has: (key) => values.has(key),
    };
    const keys = new FileKeyProvider(path.join(folder, 'journal.key'));
    const open = (at = folder) =>
      JournalService.open({
        folder: at,
        osKeys: keys,
        fileKeys: keys,
        store,
        clock: { now: () => new Date(), timeZone: () => 'Europe/Oslo' },
        logger: { info: () => {}, warn: () => {}, error: () => {} },
      });

    // A journal that grew one save at a time has one line per entry until an open packs it.
    const grown = path.join(folder, 'grown');
    mkdirSync(grown);
    const codec = new RecordCodec(keys.getOrCreateKey());
    writeFileSync(
      path.join(grown, 'journal.log'),
      syntheticEntries()
        .map((entry) => codec.encode({ op: 'put', entry }))
        .join(''),
    );
    const firstOpenStarted = performance.now();
    const packing = open(grown);
    const firstOpen = performance.now() - firstOpenStarted;
    if (packing.status().entries !== ENTRIES) throw new Error('bench journal did not open whole');
    packing.close();

    const seed = open();
    const seeded = await seed.importJson({
      json: JSON.stringify({ ...EXPORT_MARKER, entries: syntheticEntries() }),
    });
    if (seeded.outcome !== 'imported')
      throw new Error(`bench seed refused: ${JSON.stringify(seeded)}`);
    seed.close();

    const openTimes: number[] = [];
    for (let run = 0; run < 9; run += 1) {
      const started = performance.now();
      const journal = open();
      openTimes.push(performance.now() - started);
      if (journal.status().entries !== ENTRIES) throw new Error('bench journal did not open whole');
      journal.close();
    }

    const journal = open();
    const searchTimes: number[] = [];
    const queries = ['hjemmekontor', 'trøtt leder', 'videomote frist', 'tilbakemelding', 'xyz'];
    for (let run = 0; run < 50; run += 1) {
      const started = performance.now();
      journal.search({ query: queries[run % queries.length]!, limit: 50 });
      searchTimes.push(performance.now() - started);
    }

    const saveTimes: number[] = [];
    for (let run = 0; run < 300; run += 1) {
      const started = performance.now();
      journal.add({ entry: { kind: 'note', text: `Benk ${run}: ${sentence(run, 20)}` } });
      saveTimes.push(performance.now() - started);
    }
    journal.close();

    return [
      { name: 'journal.open-10k-encrypted-median', value: median(openTimes), unit: 'ms' },
      {
        name: 'journal.first-open-10k-unpacked-packs-file',
        value: Math.round(firstOpen * 1000) / 1000,
        unit: 'ms',
      },
      { name: 'journal.search-10k-median', value: median(searchTimes), unit: 'ms' },
      { name: 'journal.save-one-with-fsync-median', value: median(saveTimes), unit: 'ms' },
      {
        name: 'journal.save-one-with-fsync-p95',
        value: percentile(saveTimes, 95),
        unit: 'ms',
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
