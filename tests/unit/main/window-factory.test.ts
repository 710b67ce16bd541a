import { beforeEach, describe, expect, it, vi } from 'vitest';
import { created, electronMock } from './electron-mock';

vi.mock('electron', () => electronMock);

const { createPustWindow, SECURE_WEB_PREFERENCES } =
  await import('../../../electron/main/window-factory');
const { hardenSession } = await import('../../../electron/main/security');

function navigationEvent() {
  return { preventDefault: vi.fn() };
}

describe('every Pust window is created locked down', () => {
  beforeEach(() => {
    created.length = 0;
    electronMock.shell.openExternal.mockClear();
  });

  it('uses the secure web preferences, whatever the caller asks for', () => {
    createPustWindow({ frame: { width: 400, height: 300 }, devServerUrl: undefined });
    const prefs = created[0]!.options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.cjs$/);
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('cannot navigate away from its page, by link, redirect or frame', () => {
    createPustWindow({ frame: {}, devServerUrl: undefined });
    const { contents } = created[0]!;
    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const event = navigationEvent();
      contents.emit(name, event, 'https://evil.example/');
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    const sameOrigin = navigationEvent();
    contents.emit('will-navigate', sameOrigin, 'file:///etc/passwd');
    expect(sameOrigin.preventDefault).toHaveBeenCalled();
  });

  it('opens no new window; only allow-listed https links go to the system browser', () => {
    createPustWindow({ frame: {}, devServerUrl: undefined });
    const handler = created[0]!.contents.windowOpenHandler!;
    expect(handler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'http://dfo.no/' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://dfo.no.evil.example/' })).toEqual({ action: 'deny' });
    expect(electronMock.shell.openExternal).not.toHaveBeenCalled();
    expect(
      handler({ url: 'https://arbeidsgiver.dfo.no/ledelse-og-lederutvikling/fjernledelse' }),
    ).toEqual({
      action: 'deny',
    });
    expect(electronMock.shell.openExternal).toHaveBeenCalledWith(
      'https://arbeidsgiver.dfo.no/ledelse-og-lederutvikling/fjernledelse',
    );
  });

  it('refuses to attach webviews', () => {
    createPustWindow({ frame: {}, devServerUrl: undefined });
    const event = navigationEvent();
    created[0]!.contents.emit('will-attach-webview', event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('the session', () => {
  function fakeSession() {
    const handlers: Record<string, (...args: never[]) => unknown> = {};
    return {
      handlers,
      setPermissionRequestHandler: (h: never) => (handlers.request = h),
      setPermissionCheckHandler: (h: never) => (handlers.check = h),
      webRequest: { onBeforeRequest: (h: never) => (handlers.beforeRequest = h) },
    };
  }

  it('denies every permission request and check', () => {
    const session = fakeSession();
    hardenSession(session as never, undefined);
    const callback = vi.fn();
    (session.handlers.request as (...a: unknown[]) => void)(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((session.handlers.check as () => boolean)()).toBe(false);
  });

  it('cancels every network request; only the app’s own files load', () => {
    const session = fakeSession();
    hardenSession(session as never, undefined);
    const decide = (url: string) => {
      let decision: { cancel: boolean } | undefined;
      (session.handlers.beforeRequest as (...a: unknown[]) => void)(
        { url },
        (d: { cancel: boolean }) => (decision = d),
      );
      return decision!.cancel;
    };
    expect(decide('https://telemetry.example/')).toBe(true);
    expect(decide('http://127.0.0.1:5173/')).toBe(true);
    expect(decide('file:///app/out/renderer/index.html')).toBe(false);
  });
});
