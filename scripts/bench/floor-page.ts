import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * The least a first view can cost in the same browser on the same machine: a page with one module
 * script that asks one question over HTTP and marks `pust:first-view-usable` when the answer is
 * in. The renderer bench times it between Pust's own runs, so a reader can tell Pust's share from
 * how fast the machine happened to be (these machines' speed changes from minute to minute).
 */
const PAGES: Record<string, { type: string; body: string }> = {
  '/': {
    type: 'text/html; charset=utf-8',
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title></head><body><main id="app"></main><script type="module" src="/floor.js"></script></body></html>',
  },
  '/floor.js': {
    type: 'text/javascript',
    body: `const answer = await (await fetch('/answer', { method: 'POST', body: '{}' })).json();
document.getElementById('app').textContent = answer.text;
performance.mark('pust:first-view-usable');`,
  },
  '/answer': { type: 'application/json', body: '{"text":"ready"}' },
};

export interface FloorPage {
  url: string;
  close(): Promise<void>;
}

export async function startFloorPage(): Promise<FloorPage> {
  const server: Server = createServer((req, res) => {
    const page = PAGES[req.url ?? ''];
    res.writeHead(page ? 200 : 404, { 'content-type': page?.type ?? 'text/plain' });
    res.end(page?.body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
