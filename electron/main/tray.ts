import { Menu, Tray, nativeImage, nativeTheme, type MenuItemConstructorOptions } from 'electron';
import { join } from 'node:path';
import type { TrayView } from '../core/ports';
import type { TrayAction, TrayMenuItem, TrayModel } from '../core/tray/tray-model';

/** `working` on a dark panel → resources/tray/working-dark.png (Electron picks @2x itself). */
export function trayIconPath(resourcesDir: string, icon: string, darkPanel: boolean): string {
  return join(resourcesDir, 'tray', `${icon}-${darkPanel ? 'dark' : 'light'}.png`);
}

export function toMenuTemplate(
  items: readonly TrayMenuItem[],
  run: (action: TrayAction) => void,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'status':
        return { label: item.label, enabled: false };
      case 'separator':
        return { type: 'separator' };
      case 'action':
        return { label: item.label, enabled: item.enabled, click: () => run(item.action) };
      case 'toggle':
        return {
          label: item.label,
          type: 'checkbox',
          checked: item.checked,
          enabled: item.enabled,
          click: () => run(item.action),
        };
      case 'submenu':
        return {
          label: item.label,
          enabled: item.enabled,
          submenu: toMenuTemplate(item.items, run),
        };
    }
  });
}

/** Draws core's TrayModel with Electron's Tray; nothing here decides what the tray says. */
export class ElectronTrayView implements TrayView {
  #tray: Tray | null = null;
  #last: TrayModel | null = null;

  constructor(
    private readonly resourcesDir: string,
    private readonly run: (action: TrayAction) => void,
  ) {
    nativeTheme.on('updated', () => {
      if (this.#last) this.render(this.#last);
    });
  }

  render(model: TrayModel): void {
    const previous = this.#last;
    this.#last = model;
    const image = nativeImage.createFromPath(
      trayIconPath(this.resourcesDir, model.icon, nativeTheme.shouldUseDarkColors),
    );
    this.#tray ??= new Tray(image);
    if (previous?.icon !== model.icon) this.#tray.setImage(image);
    this.#tray.setToolTip(model.tooltip);
    // Rebuilding the native menu is costly; do it only when its content changed.
    if (JSON.stringify(previous?.menu) !== JSON.stringify(model.menu)) {
      this.#tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.menu, this.run)));
    }
  }

  destroy(): void {
    this.#tray?.destroy();
    this.#tray = null;
  }
}
