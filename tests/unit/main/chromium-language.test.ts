import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { applyChromiumLanguage, startupLanguage } from '../../../electron/main/chromium-language';
import { NO_POLICY, parseAdminPolicy } from '../../../electron/core/policy/admin-policy';
import { startCore, tempDir } from '../../support/core-harness';

/** The settings file as Pust writes it, chosen through core the way the person would. */
async function settingsChosen(patch: Record<string, unknown>): Promise<Conf> {
  const dir = tempDir();
  const harness = startCore(dir);
  await harness.core.dispatch('settings.update', patch);
  harness.core.dispose();
  return new Conf({ cwd: dir, configName: 'settings', clearInvalidConfig: false });
}

function switches(language: Parameters<typeof applyChromiumLanguage>[1]): string[][] {
  const appended: string[][] = [];
  applyChromiumLanguage({ appendSwitch: (...args) => appended.push(args as string[]) }, language);
  return appended;
}

describe('Chromium starts in the language Pust speaks', () => {
  it('bokmål and nynorsk start it in Norwegian (it has no nynorsk), English in British English', () => {
    expect(switches('nb')).toEqual([['lang', 'nb']]);
    expect(switches('nn')).toEqual([['lang', 'nb']]);
    expect(switches('en')).toEqual([['lang', 'en-GB']]);
  });

  it('reads the language from the saved settings before the app is ready', async () => {
    expect(startupLanguage(await settingsChosen({ language: 'nn' }), NO_POLICY)).toBe('nn');
    expect(startupLanguage(await settingsChosen({ language: 'en' }), NO_POLICY)).toBe('en');
    expect(startupLanguage(await settingsChosen({ theme: 'dark' }), NO_POLICY)).toBe('nb');
  });

  it('follows the IT policy where it locks or sets the language, as core does', async () => {
    const file = '/etc/pust/policy.json';
    const locked = parseAdminPolicy(
      JSON.stringify({ defaults: { language: 'en' }, locked: ['language'] }),
      file,
    );
    const preset = parseAdminPolicy(JSON.stringify({ defaults: { language: 'nn' } }), file);
    expect(startupLanguage(await settingsChosen({ language: 'nn' }), locked)).toBe('en');
    expect(startupLanguage(await settingsChosen({ theme: 'dark' }), preset)).toBe('nn');
    expect(startupLanguage(await settingsChosen({ language: 'nb' }), preset)).toBe('nb');
  });

  it('falls back to bokmål when the stored language is damaged', () => {
    const store = new Conf({ cwd: tempDir(), configName: 'settings', clearInvalidConfig: false });
    store.set('settings', { language: 'klingon' });
    expect(startupLanguage(store, NO_POLICY)).toBe('nb');
  });
});
