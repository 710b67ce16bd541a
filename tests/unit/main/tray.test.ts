import { existsSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { TRAY_STATES } from '../../../electron/contract/tray';
import { buildTrayModel } from '../../../electron/core/tray/tray-model';
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
    const template = toMenuTemplate(buildTrayModel('idle', 'nn').menu, run);
    expect(template[0]).toEqual({ label: 'Pust køyrer', enabled: false });
    expect(template.filter((item) => item.type === 'separator')).toHaveLength(2);
    const quit = template.find((item) => item.label === 'Avslutt Pust')!;
    (quit.click as () => void)();
    expect(run).toHaveBeenCalledWith('quit');
  });
});
