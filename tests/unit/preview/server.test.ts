import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewPanel } from '../../../electron/preview/panel-state';
import { startPreviewServer, type PreviewServer } from '../../../electron/preview/server';
import { SimulatedActivity } from '../../../electron/preview/simulated-activity';
import { SimulatedClock } from '../../../electron/preview/simulated-clock';
import { startCore, tempDir } from '../../support/core-harness';

const TOKEN = 'a'.repeat(48);
let server: PreviewServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const harness = startCore();
  const rendererDir = tempDir('pust-renderer-');
  writeFileSync(
    `${rendererDir}/index.html`,
    '<html><head><title>x</title><script type="module" src="./app.js"></script></head><body></body></html>',
  );
  writeFileSync(`${rendererDir}/app.js`, 'console.log(1)');
  const clock = new SimulatedClock(new Date('2026-03-26T06:55:00Z'), 60, 'Europe/Oslo');
  server = await startPreviewServer({
    core: harness.core,
    panel: new PreviewPanel(() => clock.now()),
    clock,
    activity: new SimulatedActivity(clock),
    rendererDir,
    bridgeScript: '/* bridge */',
    panelCss: '/* panel */',
    port: 0,
    token: TOKEN,
  });
  return { ...harness, url: new URL(server.url) };
}

/** Raw HTTP so the Host header and path can be anything a hostile page could send. */
function raw(
  url: URL,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: url.port, method, path, headers: { host: url.host, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('the preview server', () => {
  it('serves the renderer with the token, bridge and a strict CSP', async () => {
    const { url } = await start();
    const response = await fetch(url);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).toContain(`<meta name="pust-preview-token" content="${TOKEN}">`);
    // Before the renderer's own script: deferred and module scripts run in document order, and the
    // renderer needs window.pust from the bridge.
    const bridgeAt = html.indexOf('<script defer src="/__preview/bridge.js"></script>');
    expect(bridgeAt).toBeGreaterThan(-1);
    expect(bridgeAt).toBeLessThan(html.indexOf('<script type="module"'));
  });

  it('runs the real dispatcher for a caller with the token', async () => {
    const { url } = await start();
    const reply = await raw(
      url,
      'POST',
      '/__preview/invoke/settings.update',
      { 'x-pust-token': TOKEN },
      JSON.stringify({ payload: { language: 'nn' } }),
    );
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: true,
      value: { values: { language: 'nn' } },
    });
  });

  it('refuses a caller without the token', async () => {
    const { url, core } = await start();
    const reply = await raw(
      url,
      'POST',
      '/__preview/invoke/settings.update',
      {},
      JSON.stringify({ payload: { language: 'nn' } }),
    );
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { language: 'nb' } },
    });
  });

  it('refuses another host name (DNS rebinding)', async () => {
    const { url } = await start();
    expect((await raw(url, 'GET', '/', { host: `evil.example:${url.port}` })).status).toBe(421);
  });

  it('refuses bodies over the limit and bodies that are not JSON', async () => {
    const { url } = await start();
    const big = await raw(
      url,
      'POST',
      '/__preview/invoke/settings.update',
      { 'x-pust-token': TOKEN },
      'x'.repeat(2_000_000),
    );
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body)).toMatchObject({ error: { code: 'payload-too-large' } });
    const junk = await raw(
      url,
      'POST',
      '/__preview/invoke/settings.update',
      { 'x-pust-token': TOKEN },
      '{nope',
    );
    expect(JSON.parse(junk.body)).toMatchObject({ error: { code: 'invalid-payload' } });
  });

  it('serves only files inside the renderer folder', async () => {
    const { url } = await start();
    expect((await raw(url, 'GET', '/app.js')).status).toBe(200);
    expect((await raw(url, 'GET', '/../../../../etc/passwd')).status).toBe(404);
    expect((await raw(url, 'GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('runs tray menu actions from the dev panel', async () => {
    const { url, host } = await start();
    const reply = await raw(url, 'POST', '/__preview/tray/open-settings', {
      'x-pust-token': TOKEN,
    });
    expect(reply.status).toBe(200);
    expect(host.showMainWindow).toHaveBeenCalledOnce();
    expect(
      (await raw(url, 'POST', '/__preview/tray/format-disk', { 'x-pust-token': TOKEN })).status,
    ).toBe(400);
  });
});
