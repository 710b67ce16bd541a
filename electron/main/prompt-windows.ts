import { screen, type BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { PromptPresentation } from '../core/ports';
import { createPustWindow } from './window-factory';

/** Window shapes per presentation: a quiet corner card, a centred window, or the rest screen. */
export function promptFrame(
  presentation: PromptPresentation,
  workArea: { x: number; y: number; width: number; height: number },
): Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  const common = { title: 'Pust', skipTaskbar: true, minimizable: false, maximizable: false };
  switch (presentation) {
    case 'mini': {
      const width = 380;
      const height = 240;
      return {
        ...common,
        width,
        height,
        x: workArea.x + workArea.width - width - 24,
        y: workArea.y + workArea.height - height - 24,
        alwaysOnTop: true,
        resizable: false,
        focusable: true,
        frame: false,
      };
    }
    case 'window':
      return { ...common, width: 560, height: 620, center: true, alwaysOnTop: true };
    case 'fullscreen':
      // Full screen but never a lock: the window keeps its keyboard way out (see the renderer).
      return { ...common, fullscreen: true, alwaysOnTop: true, closable: true };
  }
}

/** The one prompt window at a time; core says when it opens and closes. */
export class PromptWindows {
  #window: BrowserWindow | null = null;
  #presentation: PromptPresentation | null = null;

  constructor(private readonly devServerUrl: string | undefined) {}

  show(presentation: PromptPresentation): void {
    if (this.#window && !this.#window.isDestroyed() && this.#presentation === presentation) {
      // Same kind of window: the renderer inside follows the new prompt through workday events.
      if (presentation !== 'mini') this.#window.show();
      return;
    }
    this.close();
    this.#presentation = presentation;
    this.#window = createPustWindow({
      frame: promptFrame(presentation, screen.getPrimaryDisplay().workArea),
      devServerUrl: this.devServerUrl,
      route: 'prompt',
      showInactive: presentation === 'mini',
    });
    if (presentation === 'fullscreen') this.#window.setAlwaysOnTop(true, 'screen-saver');
    this.#window.on('closed', () => {
      this.#window = null;
      this.#presentation = null;
    });
  }

  close(): void {
    if (this.#window && !this.#window.isDestroyed()) this.#window.destroy();
    this.#window = null;
    this.#presentation = null;
  }
}
