import { describe, expect, it, vi } from 'vitest';
import { buildTrayModel } from '../../../electron/core/tray/tray-model';
import { startCore } from '../../support/core-harness';

describe('the tray model', () => {
  it('speaks the person’s language', () => {
    expect(buildTrayModel('idle', 'nb').menu).toContainEqual({
      kind: 'action',
      action: 'quit',
      label: 'Avslutt Pust',
      enabled: true,
    });
    expect(buildTrayModel('idle', 'nn').menu[0]).toEqual({ kind: 'status', label: 'Pust køyrer' });
    expect(buildTrayModel('idle', 'en').tooltip).toBe('Pust – Pust is running');
  });

  it('is drawn once at start, and its items do what they say', () => {
    const { core, trays, host } = startCore();
    expect(trays).toHaveLength(1);
    const heard = vi.fn();
    core.subscribe(heard);
    core.runTrayAction('open-settings');
    expect(host.showMainWindow).toHaveBeenCalledOnce();
    expect(heard).toHaveBeenCalledWith('app.navigate', { view: 'settings' });
    core.runTrayAction('quit');
    expect(host.quit).toHaveBeenCalledOnce();
  });
});
