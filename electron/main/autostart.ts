import { app } from 'electron';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';

/** The XDG autostart entry that starts Pust at login on Linux desktops. */
export function xdgAutostartEntry(execPath: string): string {
  const quoted = /[\s"'\\]/.test(execPath)
    ? `"${execPath.replace(/(["\\$`])/g, '\\$1')}"`
    : execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Pust',
    'Comment=A healthy workday rhythm for the home office',
    `Exec=${quoted} --hidden`,
    'X-GNOME-Autostart-enabled=true',
    'NoDisplay=false',
    '',
  ].join('\n');
}

export function xdgAutostartPath(env: NodeJS.ProcessEnv = process.env): string {
  const configHome = env.XDG_CONFIG_HOME || join(homedir(), '.config');
  return join(configHome, 'autostart', 'pust.desktop');
}

/**
 * Starts Pust at login or stops doing so: Windows and macOS through Electron's login items, Linux
 * through an XDG autostart entry. Only packaged builds register themselves (a development build
 * would register the Electron binary).
 */
export function applyAutostart(
  enabled: boolean,
  platform: NodeJS.Platform = process.platform,
): void {
  if (!app.isPackaged) return;
  if (platform === 'linux') {
    const path = xdgAutostartPath();
    if (enabled) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, xdgAutostartEntry(process.env.APPIMAGE ?? process.execPath));
    } else {
      rmSync(path, { force: true });
    }
    return;
  }
  app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] });
}
