import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  CHANNEL_NAMES,
  IPC_PREFIX,
  PrintPdfRequestSchema,
  type ChannelName,
  type Result,
} from '../contract';
import type { Dispatch } from '../core/ipc/dispatcher';
import { savePdfFromSender } from './print-pdf';

/**
 * A request is trusted only from the main frame of a Pust window showing Pust's own page; an
 * iframe, a navigated-away page or a foreign WebContents is refused before core sees anything.
 */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Work only main can do, for a channel core has already validated and answered: it gets the
 * sender (whose page it acts on) and the request as core parsed it, and replies in core's place.
 */
export type SenderWork = (event: IpcMainInvokeEvent, request: unknown) => Promise<Result<unknown>>;

/** Core answers `print.savePdf` with "the host prints": Electron prints the sender's page. */
export const ELECTRON_SENDER_WORK: Partial<Record<ChannelName, SenderWork>> = {
  'print.savePdf': (event, request) =>
    savePdfFromSender(event, PrintPdfRequestSchema.parse(request)),
};

export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: Dispatch,
  isTrustedSender: SenderCheck,
  senderWork: Partial<Record<ChannelName, SenderWork>> = ELECTRON_SENDER_WORK,
): () => void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(
      IPC_PREFIX + channel,
      async (event, payload: unknown): Promise<Result<unknown>> => {
        if (!isTrustedSender(event)) {
          return { ok: false, error: { code: 'forbidden-sender', message: 'Untrusted sender' } };
        }
        // Core is the one door: it checks size, depth and schema before main does anything.
        const reply = await dispatch(channel, payload);
        const work = senderWork[channel];
        return work && reply.ok ? work(event, payload) : reply;
      },
    );
  }
  return () => {
    for (const channel of CHANNEL_NAMES) ipcMain.removeHandler(IPC_PREFIX + channel);
  };
}
