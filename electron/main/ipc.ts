import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PREFIX, type Result } from '../contract';
import type { Dispatch } from '../core/ipc/dispatcher';

/**
 * A request is trusted only from the main frame of a Pust window showing Pust's own page; an
 * iframe, a navigated-away page or a foreign WebContents is refused before core sees anything.
 */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(
      IPC_PREFIX + channel,
      async (event, payload: unknown): Promise<Result<unknown>> => {
        if (!isTrustedSender(event)) {
          return { ok: false, error: { code: 'forbidden-sender', message: 'Untrusted sender' } };
        }
        return dispatch(channel, payload);
      },
    );
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
