import { describe, expect, it } from 'vitest';
import { clockTime } from '../../../electron/core/format-time';

describe('core writes times of day as 24-hour HH:MM', () => {
  it.each(['nb', 'nn', 'en'] as const)('%s: morning, afternoon and midnight', (locale) => {
    const oslo = (iso: string) => Date.parse(iso);
    expect(clockTime(oslo('2026-03-02T07:05:00Z'), 'Europe/Oslo', locale)).toBe('08:05');
    expect(clockTime(oslo('2026-03-02T14:30:00Z'), 'Europe/Oslo', locale)).toBe('15:30');
    expect(clockTime(oslo('2026-03-02T23:00:00Z'), 'Europe/Oslo', locale)).toBe('00:00');
    expect(clockTime(oslo('2026-07-02T21:00:00Z'), 'Europe/Oslo', locale)).toBe('23:00');
  });
});
