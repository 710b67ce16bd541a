import { describe, expect, it } from 'vitest';
import { longDate, shortWeekday } from '../../src/lib/format';

describe('dates in the person’s language', () => {
  it('writes weekdays in nynorsk even where the platform has only bokmål data', () => {
    expect(longDate('2026-11-24', 'nn')).toMatch(/^tysdag 24\. november$/);
    expect(longDate('2026-11-28', 'nn')).toMatch(/^laurdag 28\. november$/);
    expect(longDate('2026-11-24', 'nb')).toBe('tirsdag 24. november');
    expect(longDate('2026-11-24', 'en')).toMatch(/Tuesday/);
    expect(shortWeekday('2026-11-23', 'nn')).toMatch(/^mån/);
  });
});
