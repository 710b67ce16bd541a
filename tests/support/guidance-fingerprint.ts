import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Pust's texts build on DFØ's guidance on remote leadership and must never copy its sentences.
 * The copy check compares runs of SHINGLE consecutive words. The guidance itself lives outside
 * the repository (../shared/seed), so the repository keeps only a fingerprint of it: a hash of
 * every run, from which no sentence can be read back. The check then runs on any clone; where the
 * guidance is beside the clone, the check also proves the fingerprint is up to date.
 *
 * Regenerate after the guidance changes: npx tsx tests/support/guidance-fingerprint.ts
 */

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const GUIDANCE_PATH = path.resolve(repoRoot, '..', 'shared', 'seed', 'fjernledelse-dfo.txt');
export const FINGERPRINT_PATH = path.join(
  repoRoot,
  'tests',
  'support',
  'guidance-fingerprint.json',
);

export const SHINGLE = 8;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

const hash = (run: string) => createHash('sha256').update(run).digest('hex').slice(0, 16);

/** The hash of every run of SHINGLE consecutive words in `text`. */
export function fingerprint(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hash(w.slice(i, i + SHINGLE).join(' ')));
  return out;
}

export function storedFingerprint(): Set<string> {
  return new Set(JSON.parse(readFileSync(FINGERPRINT_PATH, 'utf8')) as string[]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const runs = [...fingerprint(readFileSync(GUIDANCE_PATH, 'utf8'))].sort();
  writeFileSync(FINGERPRINT_PATH, `${JSON.stringify(runs, null, 2)}\n`);
  console.log(`${runs.length} runs of ${SHINGLE} words fingerprinted into ${FINGERPRINT_PATH}`);
}
