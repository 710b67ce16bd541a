import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileLogger } from '../../../electron/core/logging/file-logger';
import { tempDir } from '../../support/core-harness';

describe('the log file in the user-data folder', () => {
  it('writes one timed line per message, with the home folder as ~', () => {
    const folder = join(tempDir(), 'logs');
    const echoed: string[] = [];
    const logger = createFileLogger({
      folder,
      home: '/home/kari',
      now: () => new Date('2026-11-26T08:00:00Z'),
      echo: {
        info: (m) => echoed.push(m),
        warn: (m) => echoed.push(m),
        error: (m) => echoed.push(m),
      },
    });
    logger.warn('/home/kari/.config/Pust/settings.json could not be read');
    logger.error('Saving failed:\nError: EROFS');
    expect(readFileSync(join(folder, 'pust.log'), 'utf8')).toBe(
      '2026-11-26T08:00:00.000Z WARN ~/.config/Pust/settings.json could not be read\n' +
        '2026-11-26T08:00:00.000Z ERROR Saving failed:\n    Error: EROFS\n',
    );
    expect(echoed).toHaveLength(2);
  });

  it('rotates: pust.log → pust.1.log → pust.2.log, and keeps no more than it should', () => {
    const folder = tempDir();
    const logger = createFileLogger({ folder, maxBytes: 120, keep: 3, home: '/nowhere' });
    for (let index = 0; index < 12; index += 1) logger.info(`line ${index} ${'x'.repeat(30)}`);
    const read = (name: string) => readFileSync(join(folder, name), 'utf8');
    expect(read('pust.log')).toContain('line 11');
    expect(read('pust.1.log')).toContain('line 10');
    expect(read('pust.2.log')).toContain('line 9');
    expect(existsSync(join(folder, 'pust.3.log'))).toBe(false);
    for (const name of ['pust.log', 'pust.1.log', 'pust.2.log']) {
      expect(Buffer.byteLength(read(name))).toBeLessThanOrEqual(120);
    }
  });

  it('never stops the app when the folder cannot be written', () => {
    const echoed: string[] = [];
    const notAFolder = join(tempDir(), 'a-file');
    writeFileSync(notAFolder, '');
    const logger = createFileLogger({
      folder: join(notAFolder, 'logs'),
      echo: {
        info: (m) => echoed.push(m),
        warn: (m) => echoed.push(m),
        error: (m) => echoed.push(m),
      },
    });
    expect(() => logger.error('still said')).not.toThrow();
    expect(echoed).toEqual(['still said']);
  });
});
