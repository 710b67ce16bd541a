import { isCalendarDate, isValidZone } from '../time';

/**
 * Parses `npm run plan` arguments. Every mistake becomes one sentence naming the problem, because
 * admins run this by hand and read the first line only.
 */

export interface PlanArgs {
  from: string;
  days: number;
  zone: string;
  settingsFile: string | null;
  json: boolean;
}

export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
}

export const MAX_DAYS = 3660;

export const USAGE =
  'usage: npm run plan -- --from YYYY-MM-DD [--days N] [--tz IANA-ZONE] [--settings FILE] [--json]';

export function parsePlanArgs(argv: readonly string[], defaultZone: string): PlanArgs {
  const values = new Map<string, string>();
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') {
      json = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--from', '--days', '--tz', '--settings'].includes(name)) {
      throw new PlanInputError(`unknown option "${arg}" (${USAGE})`);
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '') throw new PlanInputError(`${name} needs a value`);
    if (values.has(name)) throw new PlanInputError(`${name} given twice`);
    values.set(name, value);
  }

  const from = values.get('--from');
  if (from === undefined) throw new PlanInputError(`--from is required (${USAGE})`);
  if (!isCalendarDate(from)) {
    throw new PlanInputError(`--from "${from}" is not a real date in the form YYYY-MM-DD`);
  }
  const daysText = values.get('--days') ?? '7';
  if (!/^\d+$/.test(daysText) || Number(daysText) < 1 || Number(daysText) > MAX_DAYS) {
    throw new PlanInputError(`--days "${daysText}" must be a whole number from 1 to ${MAX_DAYS}`);
  }
  const zone = values.get('--tz') ?? defaultZone;
  if (!isValidZone(zone)) {
    throw new PlanInputError(`--tz "${zone}" is not a known IANA time zone (e.g. Europe/Oslo)`);
  }
  return {
    from,
    days: Number(daysText),
    zone,
    settingsFile: values.get('--settings') ?? null,
    json,
  };
}
