import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';

export interface PreviewOptions {
  port: number;
  profile: string | null;
  now: Date | null;
  speed: number;
  locale: 'nb' | 'nn' | 'en' | null;
  timeZone: string;
  /** An admin policy to apply: a policy.json, or a folder laid out like /etc/pust; none by default. */
  policy: string | null;
  /** Simulate a machine whose OS secret store is unavailable (the journal asks what to do). */
  noSecretStore: boolean;
  build: boolean;
}

export const PREVIEW_USAGE =
  'Usage: npm run preview:web -- [--port N] [--profile DIR] [--now ISO-DATETIME] [--speed N] ' +
  '[--locale nb|nn|en] [--tz IANA-ZONE] [--policy FILE|DIR] [--no-secret-store] [--no-build]';

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
        speed: { type: 'string' },
        locale: { type: 'string' },
        tz: { type: 'string' },
        policy: { type: 'string' },
        'no-secret-store': { type: 'boolean' },
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
  return {
    port: parsePort(values.port),
    profile: values.profile ?? null,
    now: parseNow(values.now, timeZone),
    speed: parseSpeed(values.speed),
    locale,
    timeZone,
    policy: values.policy ?? null,
    noSecretStore: values['no-secret-store'] ?? false,
    build: !values['no-build'],
  };
}
