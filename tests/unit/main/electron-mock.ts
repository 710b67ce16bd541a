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

export class FakeNotification extends EventEmitter {
  static isSupported = () => true;
  static last: FakeNotification | null = null;
  readonly options: { title: string; body: string };
  constructor(options: { title: string; body: string }) {
    super();
    this.options = options;
    FakeNotification.last = this;
  }
  show() {
    notifications.push({ title: this.options.title, body: this.options.body });
  }
}

export class FakeBrowserWindow extends EventEmitter {
  webContents = new FakeWebContents();
  loadFile = vi.fn(async () => undefined);
  loadURL = vi.fn(async () => undefined);
  show = vi.fn();
  showInactive = vi.fn();
  setAlwaysOnTop = vi.fn();
  destroyed = false;
  isDestroyed = () => this.destroyed;
  destroy = () => {
    this.destroyed = true;
    this.emit('closed');
  };
  constructor(options: Record<string, unknown>) {
    super();
    created.push({ options, contents: this.webContents, window: this });
  }
}

export const created: {
  options: Record<string, unknown>;
  contents: FakeWebContents;
  window: FakeBrowserWindow;
}[] = [];

/** powerMonitor as an event emitter whose idle time the test sets. */
export const powerMonitor = Object.assign(new EventEmitter(), {
  idle: 0,
  getSystemIdleTime: () => powerMonitor.idle,
});

export const notifications: Array<{ title: string; body: string }> = [];

export const electronMock = {
  shell: { openExternal: vi.fn(async () => undefined) },
  app: {
    isPackaged: true,
    setLoginItemSettings: vi.fn(),
    setAppUserModelId: vi.fn(),
    loginItem: { wasOpenedAtLogin: false },
    getLoginItemSettings: () => ({ ...electronMock.app.loginItem }),
  },
  powerMonitor,
  screen: { getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }) },
  safeStorage: {
    available: true,
    backend: 'gnome_libsecret',
    isEncryptionAvailable: () => electronMock.safeStorage.available,
    getSelectedStorageBackend: () => electronMock.safeStorage.backend,
    // A reversible stand-in for the OS: enough to see that the key on disk is not the key itself.
    encryptString: (text: string) => Buffer.from(`wrapped:${Buffer.from(text).toString('hex')}`),
    decryptString: (data: Buffer) =>
      Buffer.from(data.toString().replace(/^wrapped:/, ''), 'hex').toString(),
  },
  Notification: FakeNotification,
  BrowserWindow: FakeBrowserWindow,
};
