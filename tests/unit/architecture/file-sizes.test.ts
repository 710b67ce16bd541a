import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Small modules with one job: a file that grows past these sizes is doing more than one thing and
 * should be split. The renderer's components are held tighter than core and content, where a
 * schema or a locale file is long by nature.
 */
const ROOT = join(__dirname, '..', '..', '..');
const LIMITS = [
  { folder: 'src', extensions: ['.ts', '.svelte', '.css'], maxLines: 300 },
  { folder: 'electron', extensions: ['.ts', '.json', '.md'], maxLines: 400 },
  { folder: 'content', extensions: ['.ts', '.json', '.md'], maxLines: 400 },
] as const;

function filesUnder(folder: string, extensions: readonly string[]): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name)))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

function lineCount(path: string): number {
  const text = readFileSync(join(ROOT, path), 'utf8');
  // Counted as `wc -l` does: a last line without a newline still counts.
  return text.length === 0 ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

describe('no file is over its size', () => {
  for (const { folder, extensions, maxLines } of LIMITS) {
    it(`${folder}/: no ${extensions.join(' ')} file over ${maxLines} lines`, () => {
      const files = filesUnder(folder, extensions);
      expect(files.length).toBeGreaterThan(0);
      const tooLong = files
        .map((path) => ({ path, lines: lineCount(path) }))
        .filter(({ lines }) => lines > maxLines)
        .map(({ path, lines }) => `${path}: ${lines} lines (limit ${maxLines})`);
      expect(tooLong).toEqual([]);
    });
  }
});
