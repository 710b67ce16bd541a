import { describe, expect, it } from 'vitest';
import { WorkProfileSchema, type WorkProfileInput } from '../../../electron/contract/work-profile';
import { planDays, planToJson } from '../../../electron/core/engine';
import { plannedWeekendDay } from './harness';

const OSLO = 'Europe/Oslo';
const plan = (from: string, days: number, input: WorkProfileInput = {}, zone = OSLO) =>
  planToJson(planDays(WorkProfileSchema.parse(input), from, days, zone), zone);

describe('planner: the default state workday', () => {
  it('plans 08:00–15:30: micro-breaks, a break an hour after the last one ended (none in the half hour before lunch or the heads-up), lunch at 11:30 and the end', () => {
    const [day] = plan('2026-03-26', 1).days;
    expect(day).toMatchObject({
      date: '2026-03-26',
      workday: true,
      reason: null,
      holiday: null,
      start: '2026-03-26T08:00:00+01:00',
      end: '2026-03-26T15:30:00+01:00',
      latestStop: '2026-03-26T21:00:00+01:00',
    });
    expect(day!.events[0]).toEqual({
      at: '2026-03-26T08:20:00+01:00',
      kind: 'micro-break',
      seconds: 20,
    });
    expect(day!.events.filter((e) => e.kind === 'break').map((e) => e.at.slice(11, 16))).toEqual([
      '09:00',
      '10:05',
      '13:00',
      '14:05',
    ]);
    // After each break the micro-breaks count from its end, too.
    expect(
      day!.events.filter((e) => e.kind === 'micro-break').map((e) => e.at.slice(11, 16)),
    ).toEqual([
      '08:20',
      '08:40',
      '09:25',
      '09:45',
      '10:30',
      '10:50',
      '11:10',
      '12:20',
      '12:40',
      '13:25',
      '13:45',
      '14:30',
      '14:50',
    ]);
    expect(day!.events.find((e) => e.kind === 'lunch')).toEqual({
      at: '2026-03-26T11:30:00+01:00',
      kind: 'lunch',
      seconds: 1800,
    });
    expect(day!.events.slice(-2)).toEqual([
      { at: '2026-03-26T15:20:00+01:00', kind: 'end-of-day-heads-up', seconds: 0 },
      { at: '2026-03-26T15:30:00+01:00', kind: 'end-of-day', seconds: 0 },
    ]);
  });

  it('gives Friday no latest stop because Saturday is not a workday, and Saturday is a weekend', () => {
    const [friday, saturday] = plan('2026-03-27', 2).days;
    expect(friday!.latestStop).toBeNull();
    expect(saturday).toEqual(plannedWeekendDay('2026-03-28'));
  });

  it('switches off each kind of break when the person switches it off', () => {
    const [day] = plan('2026-03-26', 1, {
      microBreak: { enabled: false },
      break: { enabled: false },
    }).days;
    expect(day!.events.map((e) => e.kind)).toEqual(['lunch', 'end-of-day-heads-up', 'end-of-day']);
  });
});

describe('DST in Europe/Oslo', () => {
  it('2026-03-29: Friday is +01:00, Monday is +02:00, both start at 08:00 local', () => {
    const days = plan('2026-03-27', 4).days;
    expect(days[0]!.start).toBe('2026-03-27T08:00:00+01:00');
    expect(days[3]!.start).toBe('2026-03-30T08:00:00+02:00');
    expect(days[3]!.events[0]!.at).toBe('2026-03-30T08:20:00+02:00');
  });

  it('2026-10-25: Monday after the change is +01:00 again', () => {
    const days = plan('2026-10-23', 4).days;
    expect(days[0]!.end).toBe('2026-10-23T15:30:00+02:00');
    expect(days[3]!.end).toBe('2026-10-26T15:30:00+01:00');
  });

  it('latest stop is 11 h of elapsed time, so it moves by an hour across each change', () => {
    const weekend = {
      weekdays: { sat: { start: '08:00', end: '15:30' }, sun: { start: '08:00', end: '15:30' } },
    };
    const spring = plan('2026-03-28', 2, weekend).days;
    expect(spring[0]!.latestStop).toBe('2026-03-28T20:00:00+01:00');
    expect(spring[1]!.latestStop).toBe('2026-03-29T21:00:00+02:00');
    const autumn = plan('2026-10-24', 1, weekend).days;
    expect(autumn[0]!.latestStop).toBe('2026-10-24T22:00:00+02:00');
  });

  it('plans every event of the spring-forward day at an existing local time', () => {
    const [day] = plan('2026-03-29', 1, {
      weekdays: { sun: { start: '01:00', end: '08:30' } },
    }).days;
    expect(day!.start).toBe('2026-03-29T01:00:00+01:00');
    expect(day!.end).toBe('2026-03-29T08:30:00+02:00');
    for (const event of day!.events)
      expect(event.at >= day!.start! && event.at <= day!.end!).toBe(true);
  });
});

const HOLIDAYS: Record<string, string> = {
  '2026-01-01': 'Første nyttårsdag',
  '2026-04-02': 'Skjærtorsdag',
  '2026-04-03': 'Langfredag',
  '2026-04-05': 'Første påskedag',
  '2026-04-06': 'Andre påskedag',
  '2026-05-01': 'Arbeidernes dag',
  '2026-05-14': 'Kristi himmelfartsdag',
  '2026-05-17': 'Grunnlovsdagen',
  '2026-05-24': 'Første pinsedag',
  '2026-05-25': 'Andre pinsedag',
  '2026-12-25': 'Første juledag',
  '2026-12-26': 'Andre juledag',
  '2027-01-01': 'Første nyttårsdag',
  '2027-03-25': 'Skjærtorsdag',
  '2027-03-26': 'Langfredag',
  '2027-03-28': 'Første påskedag',
  '2027-03-29': 'Andre påskedag',
  '2027-05-01': 'Arbeidernes dag',
  '2027-05-06': 'Kristi himmelfartsdag',
  '2027-05-16': 'Første pinsedag',
  '2027-05-17': 'Grunnlovsdagen / Andre pinsedag',
  '2027-12-25': 'Første juledag',
  '2027-12-26': 'Andre juledag',
};

describe('Norwegian public holidays 2026 and 2027', () => {
  const days = plan('2026-01-01', 730).days;

  it.each(Object.entries(HOLIDAYS))('%s is a day off named %s, with no events', (date, name) => {
    const day = days.find((d) => d.date === date);
    expect(day).toMatchObject({ workday: false, reason: 'holiday', holiday: name, events: [] });
  });

  it('no other date in the two years is a holiday', () => {
    const named = days.filter((d) => d.holiday !== null).map((d) => d.date);
    expect(named.sort()).toEqual(Object.keys(HOLIDAYS).sort());
  });

  it('the weekday before a holiday has no latest stop', () => {
    expect(days.find((d) => d.date === '2026-04-01')!.latestStop).toBeNull();
  });
});

describe('special days', () => {
  it('Christmas Eve and New Year’s Eve end at 12:00 with no lunch', () => {
    const days = plan('2026-12-24', 8).days;
    const eve = days.find((d) => d.date === '2026-12-24')!;
    const newYearsEve = days.find((d) => d.date === '2026-12-31')!;
    for (const day of [eve, newYearsEve]) {
      expect(day.end!.slice(11, 16)).toBe('12:00');
      expect(day.events.some((e) => e.kind === 'lunch')).toBe(false);
      expect(day.events.at(-1)!.kind).toBe('end-of-day');
    }
  });

  it('summer hours end the day at the summer end time from 15 May to 14 September only', () => {
    const input = { summerHours: { enabled: true } };
    const days = plan('2026-05-15', 125, input).days;
    const end = (date: string) => days.find((d) => d.date === date)!.end!.slice(11, 16);
    expect(end('2026-05-15')).toBe('15:00');
    expect(end('2026-07-01')).toBe('15:00');
    expect(end('2026-09-14')).toBe('15:00');
    expect(end('2026-09-15')).toBe('15:30');
    expect(plan('2026-05-13', 1, input).days[0]!.end!.slice(11, 16)).toBe('15:30');
  });

  it('vacation and days off the person enters are days off with their reason', () => {
    const days = plan('2026-07-06', 5, {
      daysOff: [
        { from: '2026-07-06', to: '2026-07-08', kind: 'vacation' },
        { from: '2026-07-10', to: '2026-07-10', kind: 'day-off' },
      ],
    }).days;
    expect(days.map((d) => d.reason)).toEqual([
      'vacation',
      'vacation',
      'vacation',
      null,
      'day-off',
    ]);
    expect(days[3]!.latestStop).toBeNull();
    expect(days.filter((d) => !d.workday).every((d) => d.events.length === 0)).toBe(true);
  });

  it('a weekday without hours is a day off, not a weekend', () => {
    const [wednesday] = plan('2026-03-25', 1, { weekdays: { wed: null } }).days;
    expect(wednesday!.reason).toBe('day-off');
  });
});
