import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PreviewProcess {
  url: string;
  profile: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts `npm run preview:web` as a new user would (minus the build, done once in global setup)
 * and resolves when it prints its ready line. The person has been through the first-run setup
 * (`--first-run-done`) unless `firstRun` is true: most tests are about the views used every day.
 */
export async function startPreviewProcess(
  options: { profile?: string; args?: string[]; firstRun?: boolean } = {},
): Promise<PreviewProcess> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'pust-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'electron/preview/cli.ts',
      '--no-build',
      '--port',
      '0',
      '--profile',
      profile,
      ...(options.firstRun ? [] : ['--first-run-done']),
      ...(options.args ?? []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`preview did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Preview ready at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`preview exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    profile,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * The preview on its manual clock, standing at `now` (a wall-clock time in Oslo, as
 * '2026-11-26T07:55') until the test steps it, in `locale` when one is given: the start shared by
 * the tests that live through part of a day.
 */
export function startPreviewAt(
  now: string,
  options: { locale?: string; firstRun?: boolean } = {},
): Promise<PreviewProcess> {
  return startPreviewProcess({
    firstRun: options.firstRun ?? false,
    args: [
      '--now',
      now,
      '--tz',
      'Europe/Oslo',
      '--clock',
      'manual',
      ...(options.locale ? ['--locale', options.locale] : []),
    ],
  });
}
