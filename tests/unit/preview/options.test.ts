import { describe, expect, it } from 'vitest';
import { parsePreviewOptions, PreviewUsageError } from '../../../electron/preview/options';

describe('preview:web arguments', () => {
  it('reads a wall-clock --now in the given zone and a --speed', () => {
    const options = parsePreviewOptions([
      '--now',
      '2026-03-26T07:55',
      '--tz',
      'Europe/Oslo',
      '--speed',
      '600',
      '--port',
      '0',
    ]);
    expect(options.now?.toISOString()).toBe('2026-03-26T06:55:00.000Z');
    expect(options.speed).toBe(600);
    expect(options.timeZone).toBe('Europe/Oslo');
    expect(options.build).toBe(true);
    expect(options.clock, 'the real clock unless asked').toBe('real');
  });

  it('reads --clock manual (a clock moved only by Simulate steps) and --clock real', () => {
    expect(parsePreviewOptions(['--clock', 'manual'])).toMatchObject({ clock: 'manual', speed: 0 });
    expect(parsePreviewOptions(['--clock', 'real', '--speed', '60'])).toMatchObject({
      clock: 'real',
      speed: 60,
    });
  });

  it('shows the first-run setup to a fresh profile unless --first-run-done stands for it', () => {
    expect(parsePreviewOptions([]).firstRunDone).toBe(false);
    expect(parsePreviewOptions(['--first-run-done']).firstRunDone).toBe(true);
  });

  it.each([
    [['--speed', '0'], /--speed/],
    [['--speed', 'fast'], /--speed/],
    [['--port', '70000'], /--port/],
    [['--now', '2026-02-30T08:00'], /--now/],
    [['--tz', 'Mars/Olympus'], /--tz/],
    [['--locale', 'sv'], /--locale/],
    [['--colour', 'red'], /colour/],
    [['--clock', 'fast'], /^--clock must be real or manual, not "fast"$/],
    [['--clock'], /--clock/],
    [
      ['--clock', 'manual', '--speed', '600'],
      /^--speed cannot be used with --clock manual: that clock moves only by Simulate steps$/,
    ],
  ])('refuses %j with one line naming the problem', (args, pattern) => {
    expect(() => parsePreviewOptions(args)).toThrow(PreviewUsageError);
    expect(() => parsePreviewOptions(args)).toThrow(pattern);
  });
});
