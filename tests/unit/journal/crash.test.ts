import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { FileKeyProvider, JournalService } from '../../../electron/core/journal';
import { MemoryStore, RecordingLogger, VirtualTime, makeProfile, removeProfiles } from './helpers';

afterEach(removeProfiles);

const WRITER = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  'fixtures',
  'crash-writer.ts',
);
const KILLS = 50;

interface Run {
  acked: string[];
  opened: boolean;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Starts the writer and kills it with SIGKILL: every other run at a random moment after spawn
 * (often while it starts up, opens or compacts the journal), the others at a random moment within
 * 40 ms of its first acknowledged save. Only complete `ack <id>` lines count as acknowledged.
 */
function runAndKill(folder: string, killWhileSaving: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, folder, '1000000'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { acked: [], opened: false, signal: null, stderr: '' };
    let pending = '';
    const kill = () => child.kill('SIGKILL');
    if (!killWhileSaving) setTimeout(kill, Math.random() * 700);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('ack ')) {
          run.acked.push(line.slice(4));
          if (killWhileSaving && run.acked.length === 1) setTimeout(kill, Math.random() * 40);
        } else if (line.startsWith('open ')) run.opened = true;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (run.stderr += chunk));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      run.signal = signal;
      resolve(run);
    });
  });
}

describe('crash safety', () => {
  it(`every acknowledged save survives ${KILLS} SIGKILLs at random moments, and the file opens`, async () => {
    const profile = makeProfile();
    const acked = new Set<string>();
    let savingRuns = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      const run = await runAndKill(profile.folder, kill % 2 === 1);
      // The writer never stops by itself: anything but SIGKILL is a failure worth reading.
      expect(run.signal, run.stderr).toBe('SIGKILL');
      for (const id of run.acked) acked.add(id);
      if (run.acked.length > 0) savingRuns += 1;
    }
    expect(savingRuns).toBeGreaterThanOrEqual(KILLS / 2);
    expect(acked.size).toBeGreaterThan(KILLS);

    const keys = new FileKeyProvider(path.join(profile.folder, 'journal.key'));
    const logger = new RecordingLogger();
    const journal = JournalService.open({
      folder: profile.folder,
      osKeys: keys,
      fileKeys: keys,
      store: new MemoryStore(),
      clock: new VirtualTime(Date.now()),
      logger,
    });
    const present = new Set(journal.list({ limit: 1 }).total > 0 ? allIds(journal) : []);
    const missing = [...acked].filter((id) => !present.has(id));
    expect(missing).toEqual([]);
    // At most the one save in flight at each kill was written but not acknowledged.
    expect(present.size).toBeLessThanOrEqual(acked.size + KILLS);
    expect(journal.search({ query: 'krasjtest' }).total).toBe(present.size);
    journal.close();
  }, 120_000);
});

function allIds(journal: JournalService): string[] {
  const ids: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = journal.list({ offset, limit: 500 });
    ids.push(...page.entries.map((entry) => entry.id));
    if (offset + 500 >= page.total) return ids;
  }
}
