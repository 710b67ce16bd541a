import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WORK_PROFILE,
  PolicyDefaultsSchema,
  WorkProfileSchema,
  mergeWorkProfile,
} from '../../../electron/contract/work-profile';

describe('work profile defaults a state employee recognises', () => {
  it('Mon–Fri 08:00–15:30 with a 30-minute lunch at 11:30, weekends off', () => {
    expect(DEFAULT_WORK_PROFILE.weekdays.mon).toEqual({ start: '08:00', end: '15:30' });
    expect(DEFAULT_WORK_PROFILE.weekdays.sat).toBeNull();
    expect(DEFAULT_WORK_PROFILE.lunch).toEqual({ enabled: true, at: '11:30', minutes: 30 });
  });

  it('micro-breaks every 20 min for 20 s, breaks every 60 min for 5 min; strict and leader mode off', () => {
    expect(DEFAULT_WORK_PROFILE.microBreak).toEqual({
      enabled: true,
      everyMinutes: 20,
      seconds: 20,
    });
    expect(DEFAULT_WORK_PROFILE.break).toEqual({ enabled: true, everyMinutes: 60, minutes: 5 });
    expect(DEFAULT_WORK_PROFILE).toMatchObject({
      strictMode: false,
      leaderMode: false,
      endOfDayFirmness: 'firm',
    });
    expect(DEFAULT_WORK_PROFILE.postpone).toEqual({ limit: 2, minutes: 5 });
  });

  it('flexitime window 06:00–09:00 with core hours 09:00–14:30; summer hours 15 May – 14 September', () => {
    expect(DEFAULT_WORK_PROFILE.flexitime).toMatchObject({
      enabled: false,
      windowStart: '06:00',
      windowEnd: '09:00',
      coreStart: '09:00',
      coreEnd: '14:30',
    });
    expect(DEFAULT_WORK_PROFILE.summerHours).toMatchObject({ from: '05-15', to: '09-14' });
  });
});

describe('partial input (admin policy defaults, a person’s change)', () => {
  it('fills every missing key from the defaults, at any depth', () => {
    const parsed = PolicyDefaultsSchema.parse({ workProfile: { lunch: { at: '12:00' } } });
    expect(parsed.workProfile.lunch).toEqual({ enabled: true, at: '12:00', minutes: 30 });
    expect(parsed.workProfile.weekdays.fri).toEqual({ start: '08:00', end: '15:30' });
  });

  it('refuses unknown keys, impossible times and an end before the start', () => {
    expect(WorkProfileSchema.safeParse({ lunsj: {} }).success).toBe(false);
    expect(WorkProfileSchema.safeParse({ lunch: { at: '24:00' } }).success).toBe(false);
    expect(
      WorkProfileSchema.safeParse({ weekdays: { mon: { start: '16:00', end: '08:00' } } }).success,
    ).toBe(false);
    expect(
      WorkProfileSchema.safeParse({ daysOff: [{ from: '2026-07-10', to: '2026-07-01' }] }).success,
    ).toBe(false);
    expect(WorkProfileSchema.safeParse({ endOfDayFirmness: 'loose' }).success).toBe(false);
  });

  it('mergeWorkProfile lays a partial profile over another and validates the result', () => {
    const base = mergeWorkProfile(DEFAULT_WORK_PROFILE, {
      strictMode: true,
      weekdays: { fri: null },
    });
    const merged = mergeWorkProfile(base, { weekdays: { mon: { start: '07:00', end: '14:30' } } });
    expect(merged.strictMode).toBe(true);
    expect(merged.weekdays.fri).toBeNull();
    expect(merged.weekdays.mon).toEqual({ start: '07:00', end: '14:30' });
    expect(() => mergeWorkProfile(base, { break: { minutes: 0 } })).toThrow();
  });
});
