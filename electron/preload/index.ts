import { contextBridge, ipcRenderer } from 'electron';
// Schema-free modules only: the preload must stay small and never bundle the schema library.
import { createPustApi } from '../contract/api';
import type { Result } from '../contract/errors';
import { IPC_EVENT_CHANNEL, IPC_PREFIX, type EventName } from '../contract/names';

/**
 * Exposes `window.pust`: the contract's named methods and typed event subscriptions. No raw
 * ipcRenderer and no "send any channel" function ever crosses the bridge.
 */
const pust = createPustApi({
  invoke: (channel, payload) =>
    ipcRenderer.invoke(IPC_PREFIX + channel, payload) as Promise<Result<unknown>>,
  subscribe(listener) {
    const handler = (_event: Electron.IpcRendererEvent, name: EventName, payload: unknown) =>
      listener(name, payload);
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => ipcRenderer.off(IPC_EVENT_CHANNEL, handler);
  },
});

contextBridge.exposeInMainWorld('pust', pust);
