import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, IPC_PREFIX } from '../../../electron/contract';
import { startCore } from '../../support/core-harness';
import { electronMock, FakeWebContents } from './electron-mock';

vi.mock('electron', () => electronMock);

const { registerIpcHandlers } = await import('../../../electron/main/ipc');
const { createSenderCheck } = await import('../../../electron/main/trusted-sender');

type Handler = (event: unknown, payload: unknown) => Promise<unknown>;

function fakeIpcMain() {
  const handlers = new Map<string, Handler>();
  return {
    handlers,
    handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
    removeHandler: (channel: string) => handlers.delete(channel),
  };
}

function eventFrom(contents: FakeWebContents, frame = contents.mainFrame) {
  return { sender: contents, senderFrame: frame };
}

describe('IPC handlers in main', () => {
  const ownWindow = new FakeWebContents();
  const setup = () => {
    const harness = startCore();
    const ipcMain = fakeIpcMain();
    registerIpcHandlers(
      ipcMain as never,
      harness.core.dispatch,
      createSenderCheck(() => [ownWindow as never], undefined),
    );
    return { ...harness, ipcMain };
  };

  it('registers exactly one prefixed handler per contract channel', () => {
    const { ipcMain } = setup();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      CHANNEL_NAMES.map((c) => IPC_PREFIX + c).sort(),
    );
  });

  it('answers the main frame of a Pust window', async () => {
    const { ipcMain } = setup();
    const reply = await ipcMain.handlers.get('pust:settings.update')!(eventFrom(ownWindow), {
      language: 'en',
    });
    expect(reply).toMatchObject({ ok: true, value: { values: { language: 'en' } } });
  });

  it('refuses a renderer payload that breaks the contract and leaves the settings file alone', async () => {
    const { ipcMain, settingsFile } = setup();
    const before = existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : null;
    const reply = await ipcMain.handlers.get('pust:settings.update')!(eventFrom(ownWindow), {
      language: 'nb',
      nodeIntegration: true,
    });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(existsSync(settingsFile) ? readFileSync(settingsFile, 'utf8') : null).toBe(before);
  });

  it('refuses subframes, foreign windows and pages that are not Pust', async () => {
    const { ipcMain } = setup();
    const update = ipcMain.handlers.get('pust:settings.update')!;
    const stranger = new FakeWebContents();
    const navigatedAway = new FakeWebContents();
    navigatedAway.mainFrame = { url: 'https://evil.example/' };
    const cases = [
      eventFrom(ownWindow, { url: 'file:///app/out/renderer/index.html' }),
      eventFrom(stranger),
      { sender: ownWindow, senderFrame: null },
    ];
    for (const event of cases) {
      expect(await update(event, { language: 'en' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
    const check = createSenderCheck(() => [navigatedAway as never], undefined);
    expect(check(eventFrom(navigatedAway) as never)).toBe(false);
  });
});
