import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startCore, tempDir } from '../../support/core-harness';

describe('settings', () => {
  it('starts with bokmål and the system theme', async () => {
    const { core } = startCore();
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      ok: true,
      value: {
        values: { language: 'nb', theme: 'system', workProfile: { endOfDayFirmness: 'firm' } },
        locked: [],
        policy: { message: null, incomplete: false },
        recoveredFrom: null,
      },
    });
  });

  it('keeps a choice across a restart with the same folder', async () => {
    const dir = tempDir();
    await startCore(dir).core.dispatch('settings.update', { language: 'nn', theme: 'dark' });
    const reopened = startCore(dir);
    expect(await reopened.core.dispatch('settings.get', undefined)).toMatchObject({
      ok: true,
      value: { values: { language: 'nn', theme: 'dark' } },
    });
  });

  it('tells every renderer and redraws the tray in the new language when the language changes', async () => {
    const { core, trays } = startCore();
    const heard: unknown[] = [];
    core.subscribe((event, payload) => heard.push([event, payload]));
    await core.dispatch('settings.update', { language: 'nn' });
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject([
      'settings.changed',
      { values: { language: 'nn', theme: 'system' } },
    ]);
    expect(trays.at(-1)?.tooltip).toContain('Utanfor arbeidstida');
  });

  it('moves a damaged settings file aside instead of deleting it, and says where', async () => {
    const dir = tempDir();
    writeFileSync(`${dir}/settings.json`, '{"settings": {"language": "nn"');
    const { core, movedAsideTo, logs } = startCore(dir);
    expect(movedAsideTo).toMatch(/settings\.damaged-.*\.json$/);
    expect(readFileSync(movedAsideTo!, 'utf8')).toBe('{"settings": {"language": "nn"');
    expect(readdirSync(dir).some((name) => name.startsWith('settings.damaged-'))).toBe(true);
    expect(logs.some((line) => line.includes('moved it to'))).toBe(true);
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      ok: true,
      value: { values: { language: 'nb' }, recoveredFrom: movedAsideTo },
    });
  });

  it('falls back to the default for one invalid value without touching the others', async () => {
    const dir = tempDir();
    writeFileSync(
      `${dir}/settings.json`,
      JSON.stringify({ formatVersion: 1, settings: { language: 'klingon', theme: 'dark' } }),
    );
    const { core, logs } = startCore(dir);
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      ok: true,
      value: { values: { language: 'nb', theme: 'dark' } },
    });
    expect(logs.some((line) => line.includes('$.settings.language is invalid'))).toBe(true);
  });

  it('keeps keys written by a newer Pust when saving a change', async () => {
    const dir = tempDir();
    writeFileSync(
      `${dir}/settings.json`,
      JSON.stringify({ formatVersion: 9, settings: { language: 'en', futureThing: { a: 1 } } }),
    );
    const { core, logs } = startCore(dir);
    await core.dispatch('settings.update', { theme: 'light' });
    const stored = JSON.parse(readFileSync(`${dir}/settings.json`, 'utf8'));
    expect(stored.settings).toEqual({ language: 'en', futureThing: { a: 1 }, theme: 'light' });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { language: 'en', theme: 'light' } },
    });
    expect(stored.formatVersion).toBe(9);
    expect(logs.some((line) => line.includes('newer Pust'))).toBe(true);
  });

  it('changes one part of the work profile and keeps the rest', async () => {
    const { core } = startCore();
    await core.dispatch('settings.update', { workProfile: { lunch: { at: '12:00' } } });
    await core.dispatch('settings.update', { workProfile: { lunch: { minutes: 20 } } });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: {
        values: {
          workProfile: {
            lunch: { at: '12:00', minutes: 20, enabled: true },
            weekdays: { mon: { start: '08:00', end: '15:30' } },
          },
        },
      },
    });
  });

  it('refuses a change that breaks a rule across fields, and keeps the old value', async () => {
    const { core } = startCore();
    const reply = await core.dispatch('settings.update', {
      workProfile: { weekdays: { mon: { start: '16:00', end: '08:00' } } },
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(await core.dispatch('settings.get', undefined)).toMatchObject({
      value: { values: { workProfile: { weekdays: { mon: { start: '08:00', end: '15:30' } } } } },
    });
  });
});
