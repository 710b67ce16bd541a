import { writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { PreviewPanel } from '../../../electron/preview/panel-state';
import { startPreviewServer, type PreviewServer } from '../../../electron/preview/server';
import { SimulatedActivity } from '../../../electron/preview/simulated-activity';
import { SimulatedClock } from '../../../electron/preview/simulated-clock';
import { Simulator, type PreviewTime } from '../../../electron/preview/simulator';
import { SteppedClock } from '../../../electron/preview/stepped-clock';
import { SteppedTimer } from '../../../electron/preview/stepped-timer';
import { startCore, tempDir } from '../../support/core-harness';

const TOKEN = 'a'.repeat(48);
let server: PreviewServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

function previewTime(mode: 'real' | 'manual'): PreviewTime {
  if (mode === 'real') {
    return {
      mode,
      clock: new SimulatedClock(new Date('2026-03-26T06:55:00Z'), 60, 'Europe/Oslo'),
    };
  }
  const clock = new SteppedClock(new Date('2026-03-26T06:55:00Z'), 'Europe/Oslo');
  return { mode, clock, timer: new SteppedTimer(clock) };
}

async function start(mode: 'real' | 'manual' = 'real') {
  const harness = startCore();
  const rendererDir = tempDir('pust-renderer-');
  writeFileSync(
    `${rendererDir}/index.html`,
    '<html><head><title>x</title><script type="module" src="./app.js"></script></head><body></body></html>',
  );
  writeFileSync(`${rendererDir}/app.js`, 'console.log(1)');
  const time = previewTime(mode);
  const activity = new SimulatedActivity(time.clock);
  server = await startPreviewServer({
    core: harness.core,
    panel: new PreviewPanel(() => time.clock.now()),
    simulator: new Simulator(time, activity),
    activity,
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

  it('runs Simulate steps and answers with the clock, or a message saying what was wrong', async () => {
    const { url } = await start('manual');
    const sim = (body: string) =>
      raw(url, 'POST', '/__preview/sim', { 'x-pust-token': TOKEN }, body);
    const advanced = await sim(JSON.stringify({ op: 'advance', minutes: 25 }));
    expect(advanced.status).toBe(200);
    expect(JSON.parse(advanced.body)).toMatchObject({
      ok: true,
      value: { clock: { now: '2026-03-26T07:20:00.000Z', mode: 'manual' } },
    });
    const tooFar = await sim(JSON.stringify({ op: 'advance', minutes: -5 }));
    expect(tooFar.status).toBe(400);
    expect(JSON.parse(tooFar.body).error.message).toMatch(/^Invalid simulation step: minutes: /);
    const noSpeed = await sim(JSON.stringify({ op: 'speed', speed: 10 }));
    expect(noSpeed.status).toBe(409);
    expect(JSON.parse(noSpeed.body).error.message).toMatch(/manual clock has no speed/);
    expect((await sim('{nope')).status).toBe(400);
  });
});
