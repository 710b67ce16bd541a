import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { TRAY_STATES } from '../../../electron/contract/tray';
import { electronMock } from './electron-mock';

vi.mock('electron', () => electronMock);
const { toMenuTemplate, trayIconPath } = await import('../../../electron/main/tray');

describe('the Electron tray adapter', () => {
  it('has a light and a dark icon at 1x and 2x for every tray state', () => {
    for (const state of TRAY_STATES) {
      for (const dark of [false, true]) {
        const path = trayIconPath('resources', state, dark);
        expect(existsSync(path), path).toBe(true);
        expect(existsSync(path.replace('.png', '@2x.png')), path).toBe(true);
      }
    }
  });

  it('turns the core model into a menu whose items run their actions', () => {
    const run = vi.fn();
    const template = toMenuTemplate(
      [
        { kind: 'status', label: 'Arbeidsdag' },
        { kind: 'separator' },
        {
          kind: 'submenu',
          label: 'Pause',
          enabled: true,
          items: [{ kind: 'action', action: 'hold-1h', label: '1 time', enabled: true }],
        },
        {
          kind: 'toggle',
          action: 'toggle-meeting',
          label: 'Møtemodus',
          checked: true,
          enabled: true,
        },
        { kind: 'action', action: 'quit', label: 'Avslutt Pust', enabled: true },
      ],
      run,
    );
    expect(template[0]).toEqual({ label: 'Arbeidsdag', enabled: false });
    expect(template[1]).toEqual({ type: 'separator' });
    const submenu = template[2]!.submenu as Array<{ click: () => void }>;
    submenu[0]!.click();
    expect(run).toHaveBeenCalledWith('hold-1h');
    expect(template[3]).toMatchObject({ type: 'checkbox', checked: true });
    (template[4]!.click as () => void)();
    expect(run).toHaveBeenCalledWith('quit');
  });
});
