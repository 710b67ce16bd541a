import { app } from 'electron';

/**
 * Windows shows a toast with the name and icon of the shortcut that carries the process's
 * AppUserModelID. electron-builder's installers give the Start-menu shortcut the appId, so this
 * must equal `appId` in electron-builder.json (a test checks it).
 */
export const APP_USER_MODEL_ID = 'no.pust.desktop';

export function applyAppIdentity(platform: NodeJS.Platform = process.platform): void {
  if (platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);
}

/**
 * True when Pust was started at login and should stay in the tray (menu bar). Windows and Linux
 * pass `--hidden` from the login item; a macOS login item gets no arguments, so macOS says
 * whether this launch was a login.
 */
export function startedAtLogin(
  argv: readonly string[],
  platform: NodeJS.Platform = process.platform,
): boolean {
  if (argv.includes('--hidden')) return true;
  return platform === 'darwin' && app.getLoginItemSettings().wasOpenedAtLogin === true;
}
