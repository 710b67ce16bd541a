import { shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalLink } from './external-links';

/**
 * Where the renderer itself may be loaded from: the packaged files, or the electron-vite dev
 * server during development. Anything else is navigation away from Pust and is refused.
 */
export function isAppUrl(url: string, devServerUrl: string | undefined): boolean {
  if (url.startsWith('file://')) return true;
  return devServerUrl !== undefined && url.startsWith(devServerUrl);
}

/** Denies every permission (camera, notifications via the web API, geolocation …) and all network. */
export function hardenSession(session: Session, devServerUrl: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed =
      isAppUrl(details.url, devServerUrl) ||
      details.url.startsWith('devtools://') ||
      details.url.startsWith('data:');
    callback({ cancel: !allowed });
  });
}

/** Keeps a window on Pust's own pages: no navigation, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  // Pust is a single page: it never navigates, so every attempt (a link, a drag-drop, a script
  // setting location) is refused.
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
}
