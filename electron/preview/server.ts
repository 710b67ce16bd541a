import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { Result } from '../contract';
import type { PustCore } from '../core/app-core';
import { payloadBudgetFor } from '../core/ipc/payload-budget';
import { isTrayAction } from '../core/tray/tray-model';
import type { PreviewPanel } from './panel-state';
import { SimulationOpSchema } from './simulation-op';
import type { SimulatedActivity } from './simulated-activity';
import type { Simulator } from './simulator';

export interface PreviewServerOptions {
  core: PustCore;
  panel: PreviewPanel;
  simulator: Simulator;
  activity: SimulatedActivity;
  rendererDir: string;
  /** The dev panel + `window.pust` bridge script, bundled for the browser. */
  bridgeScript: string;
  panelCss: string;
  port: number;
  /** Per-run secret: every API call must carry it, so other local pages cannot drive the app. */
  token: string;
}

export interface PreviewServer {
  url: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'";

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, {
    'content-type': type,
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'content-security-policy': CSP,
  });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, CONTENT_TYPES['.json']!, JSON.stringify(value));
}

function refuse(res: ServerResponse, status: number, result: Result<never>): void {
  sendJson(res, status, result);
}

/** Reads a body up to `limit` bytes; past it, discards the rest (so the client can read our 413). */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let overflowed = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) overflowed = true;
      if (!overflowed) chunks.push(chunk);
    });
    req.on('end', () => resolve(overflowed ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Injects the token and the bridge into the renderer's own index.html, before its first script.
 * The bridge is deferred: it no longer stops the parser, and it still runs before the renderer's
 * module script because deferred and module scripts run in document order. It loads the panel's
 * styles itself when it draws the panel, so neither holds up the first view.
 */
export function injectPreview(html: string, token: string): string {
  const head =
    `<meta name="pust-preview-token" content="${token}">` +
    `<script defer src="/__preview/bridge.js"></script>`;
  return /<script\b/.test(html)
    ? html.replace(/<script\b/, `${head}<script`)
    : html.replace('</head>', `${head}</head>`);
}

/**
 * Serves the built renderer on 127.0.0.1 and puts the real core behind the same contract the
 * preload exposes: POST /__preview/invoke/<channel> runs the same dispatcher as Electron's IPC,
 * and /__preview/events streams core's events and the dev panel's.
 */
export async function startPreviewServer(options: PreviewServerOptions): Promise<PreviewServer> {
  const { core, panel, simulator, activity, token } = options;
  const eventStreams = new Set<ServerResponse>();
  const fileCache = new Map<string, Buffer>();
  const indexHtml = injectPreview(
    await readFile(join(options.rendererDir, 'index.html'), 'utf8'),
    token,
  );
  let port = options.port;

  const broadcast = (type: 'app' | 'panel', data: unknown) => {
    const frame = `event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  };
  const unsubscribeCore = core.subscribe((event, payload) => broadcast('app', { event, payload }));
  const unsubscribePanel = panel.subscribe((event) => broadcast('panel', event));

  const clockInfo = () => simulator.clockInfo();

  const hasToken = (req: IncomingMessage, url: URL) =>
    req.headers['x-pust-token'] === token || url.searchParams.get('token') === token;

  async function serveStatic(res: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep))
      return send(res, 404, 'text/plain', 'Not found');
    try {
      // The build does not change while the preview runs: read each file once.
      let body = fileCache.get(file);
      if (!body) fileCache.set(file, (body = await readFile(file)));
      send(res, 200, CONTENT_TYPES[extname(file)] ?? 'application/octet-stream', body);
    } catch {
      send(res, 404, 'text/plain', 'Not found');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Only this machine, under the address we printed: refuses DNS-rebinding pages.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return send(res, 421, 'text/plain', 'Wrong host');
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const { pathname } = url;

    if (req.method === 'GET' && (pathname === '/' || pathname === '/index.html')) {
      return send(res, 200, CONTENT_TYPES['.html']!, indexHtml);
    }
    if (req.method === 'GET' && pathname === '/__preview/bridge.js') {
      return send(res, 200, CONTENT_TYPES['.js']!, options.bridgeScript);
    }
    if (req.method === 'GET' && pathname === '/__preview/panel.css') {
      return send(res, 200, CONTENT_TYPES['.css']!, options.panelCss);
    }
    if (pathname.startsWith('/__preview/')) {
      if (!hasToken(req, url)) {
        return refuse(res, 403, {
          ok: false,
          error: { code: 'forbidden-sender', message: 'Missing or wrong preview token' },
        });
      }
      return handleApi(req, res, url);
    }
    if (req.method === 'GET') return serveStatic(res, pathname);
    return send(res, 405, 'text/plain', 'Method not allowed');
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const { pathname } = url;
    if (req.method === 'POST' && pathname.startsWith('/__preview/invoke/')) {
      const channel = decodeURIComponent(pathname.slice('/__preview/invoke/'.length));
      const body = await readBody(req, payloadBudgetFor(channel));
      if (body === null) {
        return refuse(res, 413, {
          ok: false,
          error: { code: 'payload-too-large', message: 'Request body is too large' },
        });
      }
      let payload: unknown;
      try {
        payload = body === '' ? undefined : (JSON.parse(body) as { payload?: unknown }).payload;
      } catch {
        return refuse(res, 400, {
          ok: false,
          error: { code: 'invalid-payload', message: 'Request body is not JSON' },
        });
      }
      return sendJson(res, 200, await core.dispatch(channel, payload));
    }
    if (req.method === 'GET' && pathname === '/__preview/events') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(
        `event: panel\ndata: ${JSON.stringify({ kind: 'hello', ...panel.snapshot(), clock: clockInfo(), activity: activity.describe() })}\n\n`,
      );
      eventStreams.add(res);
      req.on('close', () => eventStreams.delete(res));
      return;
    }
    if (req.method === 'GET' && pathname === '/__preview/state') {
      return sendJson(res, 200, {
        ...panel.snapshot(),
        clock: clockInfo(),
        activity: activity.describe(),
      });
    }
    if (req.method === 'POST' && pathname === '/__preview/sim') {
      const body = await readBody(req, 10_000);
      let parsed;
      try {
        parsed = SimulationOpSchema.safeParse(JSON.parse(body ?? ''));
      } catch {
        parsed = null;
      }
      if (!parsed?.success) {
        const issue = parsed?.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        const detail = issue ? `: ${where}${issue.message}` : '';
        return refuse(res, 400, {
          ok: false,
          error: { code: 'invalid-payload', message: `Invalid simulation step${detail}` },
        });
      }
      const outcome = await simulator.run(parsed.data);
      if (!outcome.ok) return refuse(res, 409, outcome);
      // The renderer's clock does not tick with the manual clock (clockRate 0): it hears where
      // the step left core's day, as it would have seen it tick there.
      const day = await core.dispatch('workday.get', undefined);
      if (day.ok) broadcast('app', { event: 'workday.changed', payload: day.value });
      // Last on the event stream, naming the reply's clock: a caller that sees it in the panel
      // knows the page has had every update the step caused.
      panel.clockChanged(outcome.value.clock, outcome.value.activity);
      return sendJson(res, 200, outcome);
    }
    if (req.method === 'POST' && pathname.startsWith('/__preview/tray/')) {
      const action = pathname.slice('/__preview/tray/'.length);
      if (!isTrayAction(action)) {
        return refuse(res, 400, {
          ok: false,
          error: {
            code: 'invalid-payload',
            message: `Unknown tray action: ${action.slice(0, 40)}`,
          },
        });
      }
      sendJson(res, 200, { ok: true, value: null });
      core.runTrayAction(action);
      return;
    }
    return send(res, 404, 'text/plain', 'Not found');
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) {
        refuse(res, 500, { ok: false, error: { code: 'internal', message: String(error) } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      unsubscribeCore();
      unsubscribePanel();
      for (const stream of eventStreams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
