import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * docs/ARCHITECTURE.md, "The first view": the entry chunk holds Today, the prompt views and the
 * Tools tab's shell; the tools themselves, the journal, Settings (and its policy page) and the
 * first run are chunks of their own, loaded when first opened. Read from the renderer that
 * global-setup built into out/renderer.
 */

const RENDERER = join(process.cwd(), 'out', 'renderer');
const ASSETS = join(RENDERER, 'assets');
const LOADED_WHEN_OPENED = ['ToolsRoot', 'JournalView', 'Settings', 'PolicyPage', 'FirstRun'];

/** Chunks a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`). */
function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["']\.\/([\w.-]+\.js)["']/g)) {
    found.add(match[1]!);
  }
  return [...found];
}

/** Every chunk that loads with the entry: the entry and all it imports statically, transitively. */
function entryGraph(): string[] {
  const html = readFileSync(join(RENDERER, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.\/assets\/([\w.-]+\.js)"/.exec(html)?.[1];
  expect(entry, 'index.html names its entry script').toBeTruthy();
  const seen = new Set<string>();
  const queue = [entry!];
  while (queue.length > 0) {
    const chunk = queue.pop()!;
    if (seen.has(chunk)) continue;
    seen.add(chunk);
    queue.push(...staticImports(readFileSync(join(ASSETS, chunk), 'utf8')));
  }
  return [...seen];
}

test('the views opened later are chunks of their own, none loaded with the first view', () => {
  expect(existsSync(ASSETS), 'the renderer is built').toBe(true);
  const chunks = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
  const graph = entryGraph();
  for (const view of LOADED_WHEN_OPENED) {
    const own = chunks.filter((name) => name.startsWith(`${view}-`));
    expect(own, `${view} has a chunk of its own`).toHaveLength(1);
    expect(graph, `${view} is not loaded with the first view`).not.toContain(own[0]);
  }
});
