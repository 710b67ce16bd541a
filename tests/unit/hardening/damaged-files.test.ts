import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SettingsView } from '../../../electron/contract';
import { SETTINGS_FORMAT_VERSION } from '../../../electron/core/settings/settings-service';
import { startCore, tempDir } from '../../support/core-harness';
import { ok } from '../../support/result';

/**
 * Damage that settings-service.test.ts and admin-policy.test.ts do not already cover: empty and
 * whitespace files, JSON that is not an object, wrong types at the top, several values broken at
 * once, a damaged state.json next to a good journal, and a policy file Pust must never touch.
 */

function damagedCopies(dir: string, name: string): string[] {
  return readdirSync(dir).filter((file) => file.startsWith(`${name}.damaged-`));
}

const NOT_JSON: Array<[string, string]> = [
  ['empty', ''],
  ['whitespace only', ' \n\t '],
  ['truncated mid-key', '{"formatVersion": 1, "settings": {"lang'],
  ['a stray comma', '{"formatVersion": 1, "settings": {"language": "nn",}}'],
  ['binary junk', '\u0000\u0001\u00ff PK\u0003\u0004'],
  ['two documents', '{"settings": {}}{"settings": {}}'],
];

describe('a settings.json that is not JSON', () => {
  it.each(NOT_JSON)(
    '%s: starts, moves the file aside byte for byte, says where, and saves afresh',
    async (_name, content) => {
      const dir = tempDir('pust-damage-');
      writeFileSync(join(dir, 'settings.json'), content);
      const { core, movedAsideTo } = startCore(dir);
      expect(movedAsideTo).not.toBeNull();
      expect(readFileSync(movedAsideTo!, 'utf8')).toBe(content);
      expect(damagedCopies(dir, 'settings')).toHaveLength(1);
      const view = ok(await core.dispatch('settings.get', undefined)) as SettingsView;
      expect(view.recoveredFrom).toBe(movedAsideTo);
      ok(await core.dispatch('settings.update', { theme: 'dark' }));
      expect(ok(await startCore(dir).core.dispatch('settings.get', undefined))).toMatchObject({
        values: { theme: 'dark' },
        recoveredFrom: null,
      });
      // The copy is still there after the fresh file was written.
      expect(readFileSync(movedAsideTo!, 'utf8')).toBe(content);
    },
  );
});

describe('a settings.json that is JSON of the wrong shape', () => {
  it.each([
    ['null', 'null'],
    ['an array', '[1, 2, 3]'],
    ['a string', '"nn"'],
    ['a number', '42'],
  ])(
    '%s at the top: starts on defaults, moves the file aside, never overwrites it',
    async (_name, content) => {
      const dir = tempDir('pust-damage-');
      writeFileSync(join(dir, 'settings.json'), content);
      const { core, movedAsideTo } = startCore(dir);
      expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
        values: { language: 'nb', theme: 'system' },
      });
      ok(await core.dispatch('settings.update', { language: 'nn' }));
      // conf would accept it and overwrite it on the first save: it is moved aside like any damage.
      expect(movedAsideTo).not.toBeNull();
      expect(readFileSync(movedAsideTo!, 'utf8'), 'the original text is kept').toBe(content);
      expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
        recoveredFrom: movedAsideTo,
      });
    },
  );

  it('wrong types everywhere: each bad value falls back alone, every good one is kept', async () => {
    const dir = tempDir('pust-damage-');
    const stored = {
      formatVersion: 1,
      // Written by the release before settings format 2, under the old name of endOfDayFirmness.
      settings: {
        language: 'nn',
        theme: 42,
        autostart: 'yes',
        sounds: false,
        journal: { retentionMonths: -5 },
        workProfile: {
          lunch: { at: 'noon', minutes: 20, enabled: 'true' },
          microBreak: { everyMinutes: 30, seconds: null },
          weekdays: { mon: { start: '09:00', end: '16:00' }, tue: 'closed', fri: null },
          daysOff: 'christmas',
          restBoundary: 'strict',
          postpone: [1, 2],
        },
      },
    };
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(stored));
    const { core, movedAsideTo, logs } = startCore(dir);
    expect(movedAsideTo).toBeNull();
    expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
      values: {
        language: 'nn',
        theme: 'system',
        autostart: true,
        sounds: false,
        journal: { retentionMonths: null },
        workProfile: {
          lunch: { at: '11:30', minutes: 20, enabled: true },
          microBreak: { everyMinutes: 30, seconds: 20 },
          weekdays: { mon: { start: '09:00', end: '16:00' }, tue: { start: '08:00' }, fri: null },
          daysOff: [],
          endOfDayFirmness: 'strict',
          postpone: { limit: 2, minutes: 5 },
        },
      },
    });
    expect(logs.filter((line) => line.includes('is invalid')).length).toBeGreaterThanOrEqual(8);
    // A later change touches only what it changes: the good values are still there on disk.
    ok(await core.dispatch('settings.update', { theme: 'light' }));
    const after = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    expect(after.settings).toMatchObject({
      language: 'nn',
      sounds: false,
      theme: 'light',
      workProfile: { lunch: { minutes: 20 }, endOfDayFirmness: 'strict' },
    });
  });

  it.each([
    ['settings is a string', { formatVersion: 1, settings: 'dark' }],
    ['settings is a list', { formatVersion: 1, settings: ['nn'] }],
    ['the version is not a number', { formatVersion: 'two', settings: { language: 'nn' } }],
    ['a version from the future', { formatVersion: 99, settings: { language: 'en', hologram: 1 } }],
    ['unknown keys at the top', { formatVersion: 1, settings: { language: 'nn' }, cloud: true }],
  ])('%s: starts and keeps what can be kept', async (_name, stored) => {
    const dir = tempDir('pust-damage-');
    writeFileSync(join(dir, 'settings.json'), JSON.stringify(stored));
    const { core } = startCore(dir);
    const view = ok(await core.dispatch('settings.get', undefined)) as SettingsView;
    const wanted = (stored.settings as { language?: string }).language ?? 'nb';
    expect(view.values.language).toBe(typeof stored.settings === 'object' ? wanted : 'nb');
    ok(await core.dispatch('settings.update', { theme: 'dark' }));
    const after = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8'));
    for (const key of Object.keys(stored).filter((key) => key !== 'settings')) {
      // An older format is written as this one once saved; a newer or damaged number is kept.
      const version = stored.formatVersion;
      const kept =
        key === 'formatVersion' && typeof version === 'number'
          ? Math.max(version, SETTINGS_FORMAT_VERSION)
          : (stored as Record<string, unknown>)[key];
      expect(after[key], `${key} is kept`).toEqual(kept);
    }
  });
});

describe('a damaged state.json', () => {
  it('is moved aside; the settings and the journal are untouched', async () => {
    const dir = tempDir('pust-damage-');
    const first = startCore(dir);
    ok(await first.core.dispatch('settings.update', { language: 'nn' }));
    ok(await first.core.dispatch('journal.add', { entry: { kind: 'note', text: 'Ein dag' } }));
    first.core.dispose();
    const settingsBefore = readFileSync(join(dir, 'settings.json'));
    writeFileSync(join(dir, 'state.json'), '{"workday.day": {"date": "2026-11-2');

    const { core } = startCore(dir);
    expect(damagedCopies(dir, 'state')).toHaveLength(1);
    expect(readFileSync(join(dir, 'settings.json')).equals(settingsBefore)).toBe(true);
    expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
      values: { language: 'nn' },
    });
    const page = ok(await core.dispatch('journal.list', {})) as { total: number };
    expect(page.total).toBe(1);
  });
});

describe('a damaged policy file', () => {
  function policyFile(content: string): string {
    const path = join(tempDir('pust-policy-'), 'policy.json');
    writeFileSync(path, content);
    return path;
  }

  it.each([
    ['empty', ''],
    ['whitespace', '\n  \n'],
    ['truncated', '{"version": 1, "defaults": {"theme": "da'],
    ['null', 'null'],
    ['a byte-order mark before the JSON', '\ufeff{"version": 1, "defaults": {"theme": "dark"}}'],
    ['binary junk', '\u0000\u0000\u0000'],
  ])(
    '%s: the app starts, the person’s settings win as usual, and Pust never changes the file',
    async (_name, content) => {
      const dir = tempDir('pust-damage-');
      writeFileSync(
        join(dir, 'settings.json'),
        JSON.stringify({ formatVersion: 1, settings: { language: 'nn', theme: 'light' } }),
      );
      const path = policyFile(content);
      const { core } = startCore(dir, { policyFile: path });
      const view = ok(await core.dispatch('settings.get', undefined)) as SettingsView;
      expect(view.values).toMatchObject({ language: 'nn', theme: 'light' });
      expect(view.locked).toEqual([]);
      ok(await core.dispatch('settings.update', { sounds: false }));
      expect(readFileSync(path, 'utf8')).toBe(content);
      expect(existsSync(path)).toBe(true);
    },
  );

  it('a damaged policy and a damaged settings file at once: starts, both kept', async () => {
    const dir = tempDir('pust-damage-');
    writeFileSync(join(dir, 'settings.json'), '{"settings": ');
    const path = policyFile('{"locked": ["theme"');
    const { core, movedAsideTo } = startCore(dir, { policyFile: path });
    expect(ok(await core.dispatch('settings.get', undefined))).toMatchObject({
      values: { language: 'nb' },
      recoveredFrom: movedAsideTo,
    });
    expect(readFileSync(movedAsideTo!, 'utf8')).toBe('{"settings": ');
    expect(readFileSync(path, 'utf8')).toBe('{"locked": ["theme"');
  });
});
