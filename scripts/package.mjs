// `npm run package`: build the installers for this OS with electron-builder (electron-builder.json).
// electron-builder downloads Electron and its packaging tools; where they cannot be fetched, this
// stops with one clear line instead of a stack trace, and keeps the full log in dist/package.log.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { signingPlan } from './signing-plan.mjs';

const LOG = 'dist/package.log';
// "getaddrinfo ENOTFOUND github.com", "connect ECONNREFUSED 127.0.0.1:9", …
const NETWORK =
  /(?:getaddrinfo |connect )?(?:ENOTFOUND|ECONNREFUSED|EAI_AGAIN|ETIMEDOUT|ECONNRESET) \S+/;

if (process.env.PUST_PACKAGE_SKIP_BUILD !== '1') {
  const build = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const signing = signingPlan(process.env, process.platform);
for (const line of signing.summary) console.log(`pust package: signing: ${line}`);
if (signing.problems.length > 0) {
  for (const problem of signing.problems) console.error(`pust package: ${problem}`);
  process.exit(1);
}

mkdirSync('dist', { recursive: true });
const log = createWriteStream(LOG);
const child = spawn(
  process.execPath,
  [
    'node_modules/electron-builder/cli.js',
    '--config',
    'electron-builder.json',
    '--publish',
    'never',
    ...signing.args,
    ...process.argv.slice(2),
  ],
  {
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let output = '';
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    output += chunk;
    log.write(chunk);
  });
}
child.on('close', (code) => {
  log.end();
  if (code === 0) {
    console.log(`pust package: installers are in dist/ (log: ${LOG})`);
    return;
  }
  const network = NETWORK.exec(output);
  if (network) {
    console.error(
      `pust package: electron-builder could not download Electron or its packaging tools (${network[0].trim()}); run it on a machine that can reach them. Full log: ${LOG}`,
    );
  } else {
    console.error(`pust package: electron-builder failed (exit ${code}). Full log: ${LOG}`);
  }
  process.exit(1);
});
