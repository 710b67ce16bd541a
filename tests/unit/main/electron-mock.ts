import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A WebContents stand-in that records the handlers Pust installs, so tests can fire them. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  mainFrame = { url: 'file:///app/out/renderer/index.html' };
  sent: unknown[][] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
  getURL() {
    return this.mainFrame.url;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
}

export const created: { options: Record<string, unknown>; contents: FakeWebContents }[] = [];

export const electronMock = {
  shell: { openExternal: vi.fn(async () => undefined) },
  BrowserWindow: class {
    webContents = new FakeWebContents();
    loadFile = vi.fn(async () => undefined);
    loadURL = vi.fn(async () => undefined);
    once = vi.fn();
    show = vi.fn();
    constructor(options: Record<string, unknown>) {
      created.push({ options, contents: this.webContents });
    }
  },
};
