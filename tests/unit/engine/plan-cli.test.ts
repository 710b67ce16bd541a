import { describe, expect, it } from 'vitest';
import { runPlanCli, type PlanCliIo } from '../../../electron/core/engine/plan-cli/run';
import { plannedWeekendDay } from './harness';

function run(argv: string[], files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: PlanCliIo = {
    readFile(path) {
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    defaultZone: 'Europe/Oslo',
  };
  const code = runPlanCli(argv, io);
  return { code, out: out.join('\n'), err };
}

describe('npm run plan', () => {
  it('--json prints exactly one JSON object with the timezone and the days', () => {
    const { code, out, err } = run(['--from', '2026-03-26', '--days', '3', '--json']);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    const plan = JSON.parse(out);
    expect(plan.timezone).toBe('Europe/Oslo');
    expect(plan.days.map((d: { date: string }) => d.date)).toEqual([
      '2026-03-26',
      '2026-03-27',
      '2026-03-28',
    ]);
    expect(plan.days[2]).toEqual(plannedWeekendDay('2026-03-28'));
  });

  it('--tz plans in another zone and --settings takes the admin policy defaults shape', () => {
    const settings = JSON.stringify({
      workProfile: { weekdays: { mon: { start: '09:00', end: '17:00' } } },
    });
    const { code, out } = run(
      ['--from=2026-03-30', '--days=1', '--tz=America/New_York', '--settings', 'p.json', '--json'],
      { 'p.json': settings },
    );
    expect(code).toBe(0);
    const [day] = JSON.parse(out).days;
    expect(day.start).toBe('2026-03-30T09:00:00-04:00');
    expect(day.end).toBe('2026-03-30T17:00:00-04:00');
  });

  it('prints a readable plan without --json, naming holidays', () => {
    const { code, out } = run(['--from', '2026-05-14', '--days', '2']);
    expect(code).toBe(0);
    expect(out).toContain('2026-05-14  off (holiday: Kristi himmelfartsdag)');
    expect(out).toContain('2026-05-15  08:00–15:30 (UTC+02:00)');
  });

  it.each([
    [['--days', '3'], '--from is required'],
    [['--from', '2026-02-30'], '--from "2026-02-30" is not a real date'],
    [['--from', '26-03-2026'], 'is not a real date'],
    [['--from', '2026-03-26', '--days', '0'], '--days "0" must be a whole number'],
    [
      ['--from', '2026-03-26', '--tz', 'Europe/Olso'],
      '--tz "Europe/Olso" is not a known IANA time zone',
    ],
    [
      ['--from', '2026-03-26', '--settings', 'missing.json'],
      'cannot read --settings file "missing.json" (ENOENT)',
    ],
    [['--from', '2026-03-26', '--settings', 'bad.json'], 'is not valid JSON'],
    [
      ['--from', '2026-03-26', '--settings', 'wrong.json'],
      'invalid settings at workProfile.lunch.minutes',
    ],
    [['--from', '2026-03-26', '--settings', 'typo.json'], 'invalid settings at workProfile'],
    [['--from', '2026-03-26', '--verbose'], 'unknown option "--verbose"'],
  ])('bad input %j exits non-zero with one line: %s', (argv, message) => {
    const { code, err, out } = run(argv, {
      'bad.json': '{ workProfile: ',
      'wrong.json': '{ "workProfile": { "lunch": { "minutes": "thirty" } } }',
      'typo.json': '{ "workProfile": { "lunsj": {} } }',
    });
    expect(code).not.toBe(0);
    expect(out).toBe('');
    expect(err).toHaveLength(1);
    expect(err[0]).toContain(message);
    expect(err[0]).not.toContain('\n');
  });
});
