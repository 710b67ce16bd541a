import { BrowserWindow, type BrowserWindowConstructorOptions, type WebPreferences } from 'electron';
import { fileURLToPath } from 'node:url';
import { hardenWebContents } from './security';

/**
 * The web preferences every Pust window gets. Frozen and shared, and tests/unit/main/window-
 * factory.test.ts fails if any of them is weakened.
 */
export const SECURE_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
});

export interface PustWindowOptions {
  /** Window size and look; web preferences cannot be passed and are always the secure set. */
  frame: Omit<BrowserWindowConstructorOptions, 'webPreferences'>;
  devServerUrl: string | undefined;
  /** Which part of the renderer the window shows (`prompt` for prompt windows). */
  route?: string;
  /** Show without taking focus (the micro-break corner window must not steal typing). */
  showInactive?: boolean;
}

const PRELOAD_PATH = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));
const RENDERER_HTML = fileURLToPath(new URL('../renderer/index.html', import.meta.url));

/** The one way Pust creates a window. */
export function createPustWindow(options: PustWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    show: false,
    ...options.frame,
    webPreferences: {
      ...SECURE_WEB_PREFERENCES,
      // Restated so static analysis (scripts/security-check.mjs) sees them without following the
      // spread; being last, they also win over anything the spread could bring.
      contextIsolation: true,
      sandbox: true,
      preload: PRELOAD_PATH,
    },
  });
  hardenWebContents(window.webContents);
  window.once('ready-to-show', () =>
    options.showInactive ? window.showInactive() : window.show(),
  );
  const hash = options.route ?? '';
  if (options.devServerUrl) void window.loadURL(`${options.devServerUrl}#${hash}`);
  else void window.loadFile(RENDERER_HTML, { hash });
  return window;
}
