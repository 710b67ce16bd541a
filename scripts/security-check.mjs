// `node scripts/security-check.mjs`: Electronegativity over the Electron code and the renderer's
// page (for its CSP), with the Electron version the project installs. Fails on every MEDIUM or
// HIGH finding that electron/security-allowlist.txt does not explain, and on every allow-list entry
// that no longer matches a finding, so the list cannot outlive what it excuses.
//
// Offline: Electronegativity fetches translations from the network on every start; a preloaded
// stub makes that request fail at once (it then uses its bundled English texts), so the check makes
// no network request and does not wait for a timeout.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// PUST_SECURITY_ALLOWLIST lets the check's own test feed it a doctored list.
const ALLOWLIST =
  process.env.PUST_SECURITY_ALLOWLIST ?? join(root, 'electron', 'security-allowlist.txt');
const COUNTED = new Set(['MEDIUM', 'HIGH', 'CRITICAL']);

/** What is scanned, relative to the project root: the Electron code and the page that carries the CSP. */
const INPUTS = ['electron', 'src/index.html'];

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'));
  return pkg.version;
}

/** One CSV line → fields, honouring quotes (Electronegativity quotes samples with commas). */
export function parseCsvLine(line) {
  const fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      fields.push(field.trim());
      field = '';
    } else field += char;
  }
  fields.push(field.trim());
  return fields;
}

/** `ID path — reason` lines; `#` starts a comment. A missing reason is itself an error. */
export function parseAllowlist(text) {
  const entries = [];
  const errors = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) return;
    const match = /^([A-Z0-9_]+)\s+(\S+)\s+—\s+(.+)$/.exec(line);
    if (!match) {
      errors.push(`allow-list line ${index + 1}: expected "CHECK_ID path — reason": ${raw}`);
      return;
    }
    entries.push({ id: match[1], file: match[2], reason: match[3], line: index + 1 });
  });
  return { entries, errors };
}

/** Findings not explained, and entries that explain nothing (both fail the check). */
export function compare(findings, entries) {
  const matches = (entry, finding) => entry.id === finding.id && entry.file === finding.file;
  return {
    unexplained: findings.filter((finding) => !entries.some((entry) => matches(entry, finding))),
    stale: entries.filter((entry) => !findings.some((finding) => matches(entry, finding))),
  };
}

function scan() {
  const stage = mkdtempSync(join(tmpdir(), 'pust-electronegativity-'));
  try {
    for (const input of INPUTS) {
      mkdirSync(dirname(join(stage, input)), { recursive: true });
      cpSync(join(root, input), join(stage, input), { recursive: true });
    }
    const offline = join(stage, '..', `${stage.split(/[\\/]/).pop()}-offline.cjs`);
    writeFileSync(
      offline,
      `const Module = require('module');
const load = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'got') return () => Promise.reject(new Error('offline'));
  return load.call(this, request, ...rest);
};\n`,
    );
    const require = createRequire(import.meta.url);
    const cli = join(dirname(require.resolve('@doyensec/electronegativity')), 'index.js');
    const report = join(stage, '..', `${stage.split(/[\\/]/).pop()}-report.csv`);
    const version = electronVersion();
    const result = spawnSync(
      process.execPath,
      ['--require', offline, cli, '-i', stage, '-e', version, '-o', report, '-v', 'false'],
      { encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
    );
    rmSync(offline, { force: true });
    if (result.status !== 0) {
      throw new Error(`electronegativity failed (${result.status}):\n${result.stderr}`);
    }
    const lines = readFileSync(report, 'utf8').split('\n').slice(1).filter(Boolean);
    rmSync(report, { force: true });
    const findings = lines.map((line) => {
      const [id, severity, confidence, file, location, sample, description] = parseCsvLine(line);
      const name = !file || file === 'N/A' ? 'N/A' : relative(stage, file).split('\\').join('/');
      return { id, severity, confidence, file: name, location, sample, description };
    });
    return { version, findings };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

function main() {
  const { version, findings } = scan();
  const counted = findings.filter((finding) => COUNTED.has(finding.severity));
  const { entries, errors } = parseAllowlist(readFileSync(ALLOWLIST, 'utf8'));
  const { unexplained, stale } = compare(counted, entries);
  console.log(
    `electronegativity (Electron ${version}) over ${INPUTS.join(', ')}: ${findings.length} findings, ` +
      `${counted.length} medium or high, ${counted.length - unexplained.length} explained in ` +
      `${relative(root, ALLOWLIST)}`,
  );
  for (const error of errors) console.log(`  ${error}`);
  for (const finding of unexplained) {
    console.log(
      `  UNEXPLAINED ${finding.severity} ${finding.id} ${finding.file}:${finding.location} ` +
        `${finding.description} — ${finding.sample}`,
    );
  }
  for (const entry of stale) {
    console.log(
      `  STALE allow-list line ${entry.line}: ${entry.id} ${entry.file} matches no finding; remove it`,
    );
  }
  const failed = errors.length + unexplained.length + stale.length;
  if (failed > 0) console.log(`security check failed: ${failed} problem(s)`);
  process.exit(failed > 0 ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
