import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** Lints a made-up file at a real path, so the rules for that folder apply. */
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint();
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the layering is enforced by lint', () => {
  it('keeps Electron, the DOM and the hosts out of core', async () => {
    const messages = await lint(
      'electron/core/zz-layering-probe.ts',
      "import { app } from 'electron';\nimport { x } from '../main/ipc';\nexport const y = [app, x, document.title];\n",
    );
    expect(messages.some((m) => m.includes('core is plain Node'))).toBe(true);
    expect(messages.some((m) => m.includes('core must not import main'))).toBe(true);
    expect(messages.some((m) => m.includes('core has no DOM'))).toBe(true);
  });

  it('lets the renderer import only types from the contract, and nothing from core', async () => {
    const messages = await lint(
      'src/lib/zz-layering-probe.ts',
      "import { channels } from '../../electron/contract/channels';\nimport type { Settings } from '../../electron/contract/settings';\nimport { SettingsService } from '../../electron/core/settings/settings-service';\nexport const a: Settings | null = null;\nexport const b = [channels, SettingsService];\n",
    );
    expect(messages.some((m) => m.includes('only types from the contract'))).toBe(true);
    expect(messages.some((m) => m.includes('only through window.pust'))).toBe(true);
    expect(messages.filter((m) => m.includes('contract/settings'))).toEqual([]);
  });

  it('lets only main and the preload import electron', async () => {
    expect(
      await lint(
        'electron/preview/zz-probe.ts',
        "import { app } from 'electron';\nexport const a = app;\n",
      ),
    ).toEqual(expect.arrayContaining([expect.stringContaining('only electron/main')]));
    expect(
      (
        await lint(
          'electron/main/zz-probe.ts',
          "import { app } from 'electron';\nexport const a = app;\n",
        )
      ).filter((m) => m.startsWith('no-restricted-imports')),
    ).toEqual([]);
  });
});
