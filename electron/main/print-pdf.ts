import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
  type SaveDialogReturnValue,
  type WebContents,
} from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { PrintPdfRequest, PrintPdfResult, Result } from '../contract';

/** What saving a PDF needs from Electron and the disk; tests give their own. */
export interface PdfSaverPorts {
  /** Asks the person where to save, over the sender's window when it has one. */
  askWhere(contents: WebContents, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  /** The folder the dialog opens in. */
  documentsFolder(): string;
  write(path: string, data: Buffer): Promise<void>;
}

const electronPorts: PdfSaverPorts = {
  askWhere(contents, options) {
    const window = BrowserWindow.fromWebContents(contents);
    return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
  },
  documentsFolder: () => app.getPath('documents'),
  write: (path, data) => writeFile(path, data),
};

/**
 * "Print or save as PDF" in Electron: the sender's own page, laid out by its print stylesheet (the
 * renderer shows only the result while it waits for this reply), as an A4 PDF where the person
 * chooses. Called only after the sender check and after core has validated the request (core's
 * reply for this channel is `browser-print`: "the host prints"). The file name is only a
 * suggestion in the dialog; the person picks the folder and may change the name.
 */
export async function savePdfFromSender(
  event: Pick<IpcMainInvokeEvent, 'sender'>,
  request: PrintPdfRequest,
  ports: PdfSaverPorts = electronPorts,
): Promise<Result<PrintPdfResult>> {
  const contents = event.sender;
  const choice = await ports.askWhere(contents, {
    defaultPath: join(ports.documentsFolder(), basename(request.fileName)),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { ok: true, value: { outcome: 'cancelled' } };
  let pdf: Buffer;
  try {
    pdf = await contents.printToPDF({ pageSize: 'A4', printBackground: false });
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: `printToPDF failed: ${String(error)}` },
    };
  }
  try {
    await ports.write(choice.filePath, pdf);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'storage-failed', message: `The PDF could not be saved: ${String(error)}` },
    };
  }
  return { ok: true, value: { outcome: 'saved', path: choice.filePath } };
}
