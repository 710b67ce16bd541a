import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { isAppUrl } from './security';

/**
 * Builds the sender check for IPC: the request must come from the main frame of a window Pust
 * created, and that frame must show Pust's own page.
 */
export function createSenderCheck(
  ownContents: () => readonly WebContents[],
  devServerUrl: string | undefined,
): (event: IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame) return false;
    if (!ownContents().includes(event.sender)) return false;
    return isAppUrl(frame.url, devServerUrl);
  };
}
