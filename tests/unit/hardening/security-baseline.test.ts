import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../support/core-harness';

/** `default-src 'none'; script-src 'self'` → { 'default-src': ["'none'"], 'script-src': ["'self'"] } */
function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

function metaCsp(html: string): string {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error('src/index.html has no CSP meta tag');
  return match[1];
}

function previewCsp(): string {
  const source = readFileSync('electron/preview/server.ts', 'utf8');
  const match = /const CSP =\s*((?:\s*"[^"]*"\s*\+?)+);/.exec(source);
  if (!match?.[1]) throw new Error('electron/preview/server.ts has no CSP constant');
  return [...match[1].matchAll(/"([^"]*)"/g)].map((part) => part[1]).join('');
}

/** A CSP that allows nothing beyond Pust's own files: no eval, no inline code, no other host. */
function expectStrict(policy: string, where: string): void {
  const directives = parseCsp(policy);
  expect(directives.get('default-src'), `${where}: default-src`).toEqual(["'none'"]);
  expect(directives.get('script-src'), `${where}: script-src`).toEqual(["'self'"]);
  expect(directives.get('object-src'), `${where}: object-src`).toEqual(["'none'"]);
  expect(directives.get('base-uri'), `${where}: base-uri`).toEqual(["'none'"]);
  for (const [name, sources] of directives) {
    for (const source of sources) {
      const lower = source.toLowerCase();
      expect(lower, `${where}: ${name}`).not.toMatch(/unsafe-|wasm-unsafe|strict-dynamic/);
      expect(lower, `${where}: ${name} allows a remote host`).not.toMatch(
        /^(https?:|wss?:|\*|[a-z0-9-]+\.[a-z]{2,}|blob:|filesystem:)/,
      );
      if (lower === 'data:') expect(name, `${where}: data: only for images`).toBe('img-src');
    }
  }
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the renderer’s content security policy', () => {
  it('src/index.html allows only Pust’s own files: no eval, no inline script or style, no host', () => {
    expectStrict(metaCsp(readFileSync('src/index.html', 'utf8')), 'src/index.html');
  });

  it('the web preview sends the same policy as a header (plus frame-ancestors)', () => {
    const header = previewCsp();
    expectStrict(header, 'preview');
    const meta = parseCsp(metaCsp(readFileSync('src/index.html', 'utf8')));
    for (const [name, sources] of meta) expect(parseCsp(header).get(name), name).toEqual(sources);
  });

  it('a weakened policy would be caught', () => {
    for (const weak of [
      "default-src 'none'; script-src 'self' 'unsafe-eval'",
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'",
      "default-src 'none'; script-src 'self' https://cdn.example",
      "default-src 'none'; script-src 'self'; connect-src *",
      "default-src 'self'; script-src 'self'",
    ]) {
      expect(() => expectStrict(weak, 'test')).toThrow();
    }
  });
});

describe('windows are made in one place only', () => {
  it('no Electron code outside the window factory constructs a BrowserWindow or sets webPreferences', () => {
    const offenders = sourceFiles('electron')
      .filter((file) => !file.endsWith(join('main', 'window-factory.ts')))
      .filter((file) =>
        /new\s+(BrowserWindow|BrowserView|WebContentsView)\b|webPreferences\s*:/.test(
          readFileSync(file, 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });

  it('nothing in electron/ switches on node integration, turns off isolation, sandbox or web security', () => {
    const weakening =
      /(nodeIntegration\w*|enableRemoteModule|allowRunningInsecureContent|experimentalFeatures|webviewTag)\s*:\s*true|(contextIsolation|sandbox|webSecurity)\s*:\s*false|--no-sandbox|disable-web-security/;
    const offenders = sourceFiles('electron').filter((file) =>
      weakening.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});

// Each case runs Electronegativity over electron/ (about 4 s on an idle machine; more on a busy one).
describe('scripts/security-check.mjs keeps its allow-list honest', { timeout: 60_000 }, () => {
  function check(allowlist: string) {
    const file = join(tempDir('pust-allowlist-'), 'allowlist.txt');
    writeFileSync(file, allowlist);
    const result = spawnSync(process.execPath, ['scripts/security-check.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, PUST_SECURITY_ALLOWLIST: file },
    });
    return { status: result.status, out: `${result.stdout}${result.stderr}` };
  }
  const reviewed = readFileSync('electron/security-allowlist.txt', 'utf8');

  it('fails on a finding the list does not explain, and on a line without a reason', () => {
    const withoutPreload = reviewed
      .split('\n')
      .filter((line) => !line.startsWith('PRELOAD_JS_CHECK'))
      .concat('SANDBOX_JS_CHECK electron/main/window-factory.ts')
      .join('\n');
    const { status, out } = check(withoutPreload);
    expect(status).toBe(1);
    expect(out).toMatch(/UNEXPLAINED MEDIUM PRELOAD_JS_CHECK electron\/main\/window-factory\.ts/);
    expect(out).toMatch(/expected "CHECK_ID path — reason"/);
  });

  it('fails on a line that no longer matches any finding', () => {
    const { status, out } = check(
      `${reviewed}\nNODE_INTEGRATION_JS_CHECK electron/main/gone.ts — once true, now stale\n`,
    );
    expect(status).toBe(1);
    expect(out).toMatch(/STALE allow-list line \d+: NODE_INTEGRATION_JS_CHECK/);
  });
});
