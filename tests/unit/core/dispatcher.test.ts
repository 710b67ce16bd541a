import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { channels } from '../../../electron/contract';
import { EXPORT_MARKER } from '../../../electron/core/journal/export';
import { startCore } from '../../support/core-harness';

function fileBytes(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

describe('the dispatcher: the one door into core', () => {
  it('answers a valid request with { ok: true, value } that matches the reply schema', async () => {
    const { core } = startCore();
    const result = await core.dispatch('settings.get', undefined);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(channels['settings.get'].response.safeParse(result.value).success).toBe(true);
  });

  it('refuses a payload that does not match the contract and changes nothing on disk', async () => {
    const { core, settingsFile } = startCore();
    await core.dispatch('settings.update', { language: 'nn' });
    const before = fileBytes(settingsFile);
    const hostile: unknown[] = [
      { language: 'xx' },
      { language: 'nb', extra: true },
      { theme: 42 },
      {},
      'nn',
      null,
      [{ language: 'nb' }],
      JSON.parse('{"__proto__": {"language": "en"}}'),
    ];
    for (const payload of hostile) {
      const result = await core.dispatch('settings.update', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    }
    expect(fileBytes(settingsFile)).toBe(before);
    const after = await core.dispatch('settings.get', undefined);
    expect(after).toMatchObject({ ok: true, value: { values: { language: 'nn' } } });
  });

  it('refuses a payload on a channel that takes none', async () => {
    const { core } = startCore();
    expect(await core.dispatch('settings.get', { sneaky: 1 })).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload' },
    });
  });

  it('refuses unknown channels, including inherited property names', async () => {
    const { core } = startCore();
    for (const channel of ['settings.delete', 'constructor', '__proto__', 'toString', 42]) {
      expect(await core.dispatch(channel, undefined)).toMatchObject({
        ok: false,
        error: { code: 'unknown-channel' },
      });
    }
  });

  it('refuses huge and deeply nested payloads before validating them', async () => {
    const { core } = startCore();
    let deep: unknown = 'nb';
    for (let i = 0; i < 10_000; i++) deep = { language: deep };
    for (const payload of [{ language: 'x'.repeat(10_000_000) }, deep]) {
      expect(await core.dispatch('settings.update', payload)).toMatchObject({
        ok: false,
        error: { code: 'payload-too-large' },
      });
    }
  });
});

describe('payload budgets per channel', () => {
  it('lets a large journal import through while every other channel keeps its 1 MB limit', async () => {
    const { core } = startCore();
    const big = JSON.stringify({ ...EXPORT_MARKER, entries: [] }).padEnd(3_000_000, ' ');
    const imported = await core.dispatch('journal.import', { json: big });
    // 3 MB of a valid (if empty) export: let through and read, nothing added.
    expect(imported).toMatchObject({ ok: true, value: { outcome: 'imported', added: 0 } });
    expect(await core.dispatch('journal.search', { query: 'x'.repeat(3_000_000) })).toMatchObject({
      ok: false,
      error: { code: 'payload-too-large' },
    });
    core.dispose();
  });
});
