import { describe, expect, it } from 'vitest';
import { zoneOffsetSpans } from '../../../electron/core/engine';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('zone offsets sent to the renderer', () => {
  it('splits at the exact instant Norway moves to summer time (2026-03-29 01:00 UTC)', () => {
    const spans = zoneOffsetSpans(
      'Europe/Oslo',
      at('2026-03-28T12:00:00Z'),
      at('2026-03-30T12:00:00Z'),
    );
    expect(spans).toEqual([
      { from: at('2026-03-28T12:00:00Z'), until: at('2026-03-29T01:00:00Z'), minutes: 60 },
      { from: at('2026-03-29T01:00:00Z'), until: at('2026-03-30T12:00:00Z'), minutes: 120 },
    ]);
  });

  it('splits at the exact instant Norway goes back to winter time (2026-10-25 01:00 UTC)', () => {
    const spans = zoneOffsetSpans(
      'Europe/Oslo',
      at('2026-10-24T00:00:00.123Z'),
      at('2026-10-27T00:00:00Z'),
    );
    expect(spans.map((span) => span.minutes)).toEqual([120, 60]);
    expect(spans[0]!.until).toBe(at('2026-10-25T01:00:00Z'));
    expect(spans[1]!.from).toBe(spans[0]!.until);
  });

  it('gives one span on an ordinary day, and half-hour offsets exactly', () => {
    const from = at('2026-11-25T10:00:00Z');
    expect(zoneOffsetSpans('Europe/Oslo', from, from + 72 * HOUR)).toEqual([
      { from, until: from + 72 * HOUR, minutes: 60 },
    ]);
    expect(zoneOffsetSpans('Asia/Kolkata', from, from + HOUR)[0]!.minutes).toBe(330);
  });

  it('finds two changes in one window (Lord Howe Island moves half an hour, twice a year)', () => {
    const spans = zoneOffsetSpans(
      'Australia/Lord_Howe',
      at('2026-01-01T00:00:00Z'),
      at('2027-01-01T00:00:00Z'),
    );
    expect(spans.map((span) => span.minutes)).toEqual([660, 630, 660]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.from).toBe(spans[i - 1]!.until);
  });
});
