import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';

export interface PreviewOptions {
  port: number;
  profile: string | null;
  now: Date | null;
  /**
   * 'real': the simulated clock runs `speed` times faster than real time (to watch a day).
   * 'manual': it stands still and moves only by Simulate steps, timers firing in due order (tests).
   */
  clock: PreviewClockMode;
  /** Simulated seconds per real second; only with the real clock (0 with the manual one). */
  speed: number;
  locale: 'nb' | 'nn' | 'en' | null;
  timeZone: string;
  /** An admin policy to apply: a policy.json, or a folder laid out like /etc/pust; none by default. */
  policy: string | null;
  /** Simulate a machine whose OS secret store is unavailable (the journal asks what to do). */
  noSecretStore: boolean;
  /**
   * Stands for a person who has been through the first-run setup: the window opens on Today. For
   * tests and scripts about the other views; a fresh profile without it shows the setup first.
   */
  firstRunDone: boolean;
  build: boolean;
}

export type PreviewClockMode = 'real' | 'manual';

export const PREVIEW_USAGE =
  'Usage: npm run preview:web -- [--port N] [--profile DIR] [--now ISO-DATETIME] ' +
  '[--clock real|manual] [--speed N] ' +
  '[--locale nb|nn|en] [--tz IANA-ZONE] [--policy FILE|DIR] [--no-secret-store] [--first-run-done] [--no-build]';

/** Thrown with one line that names the bad argument; the CLI prints it and exits non-zero. */
export class PreviewUsageError extends Error {}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return 0;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new PreviewUsageError(`--port must be a whole number from 0 to 65535, not "${raw}"`);
  }
  return port;
}

function parseSpeed(raw: string | undefined): number {
  if (raw === undefined) return 1;
  const speed = Number(raw);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 100_000) {
    throw new PreviewUsageError(
      `--speed must be a number above 0 and at most 100000, not "${raw}"`,
    );
  }
  return speed;
}

function parseClock(raw: string | undefined, speed: string | undefined): PreviewClockMode {
  if (raw === undefined || raw === 'real') return 'real';
  if (raw !== 'manual') {
    throw new PreviewUsageError(`--clock must be real or manual, not "${raw}"`);
  }
  // A manual clock has no speed: it stands still between Simulate steps. Refused rather than
  // ignored, so nobody waits for a clock they believe runs.
  if (speed !== undefined) {
    throw new PreviewUsageError(
      '--speed cannot be used with --clock manual: that clock moves only by Simulate steps',
    );
  }
  return 'manual';
}

function parseZone(raw: string | undefined): string {
  const zone = raw ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!DateTime.local().setZone(zone).isValid) {
    throw new PreviewUsageError(
      `--tz must be an IANA time zone such as Europe/Oslo, not "${zone}"`,
    );
  }
  return zone;
}

function parseNow(raw: string | undefined, zone: string): Date | null {
  if (raw === undefined) return null;
  // A time without an offset is read in the preview's zone, as a person would mean it.
  const parsed = DateTime.fromISO(raw, { zone, setZone: true });
  if (!parsed.isValid) {
    throw new PreviewUsageError(
      `--now must be an ISO date-time such as 2026-03-26T07:55, not "${raw}" (${parsed.invalidExplanation ?? parsed.invalidReason})`,
    );
  }
  return parsed.toJSDate();
}

export function parsePreviewOptions(argv: readonly string[]): PreviewOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        profile: { type: 'string' },
        now: { type: 'string' },
        clock: { type: 'string' },
        speed: { type: 'string' },
        locale: { type: 'string' },
        tz: { type: 'string' },
        policy: { type: 'string' },
        'no-secret-store': { type: 'boolean' },
        'first-run-done': { type: 'boolean' },
        'no-build': { type: 'boolean' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new PreviewUsageError(error instanceof Error ? error.message : String(error));
  }
  const locale = values.locale ?? null;
  if (locale !== null && locale !== 'nb' && locale !== 'nn' && locale !== 'en') {
    throw new PreviewUsageError(`--locale must be nb, nn or en, not "${locale}"`);
  }
  const timeZone = parseZone(values.tz);
  const clock = parseClock(values.clock, values.speed);
  return {
    port: parsePort(values.port),
    profile: values.profile ?? null,
    now: parseNow(values.now, timeZone),
    clock,
    speed: clock === 'manual' ? 0 : parseSpeed(values.speed),
    locale,
    timeZone,
    policy: values.policy ?? null,
    noSecretStore: values['no-secret-store'] ?? false,
    firstRunDone: values['first-run-done'] ?? false,
    build: !values['no-build'],
  };
}
