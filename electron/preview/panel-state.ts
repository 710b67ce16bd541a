import type { Notification, Notifier, TrayView } from '../core/ports';
import type { TrayModel } from '../core/tray/tray-model';
import type { PanelEvent, SentNotification } from './panel/messages';

/**
 * What Electron's widgets would show, kept for the dev panel: the tray as drawn and every
 * notification sent. It implements the same ports that Electron's adapters do.
 */
export class PreviewPanel implements TrayView, Notifier {
  #tray: TrayModel | null = null;
  readonly #notifications: SentNotification[] = [];
  readonly #listeners = new Set<(event: PanelEvent) => void>();

  constructor(private readonly now: () => Date) {}

  render(model: TrayModel): void {
    this.#tray = model;
    this.#emit({ kind: 'tray', model });
  }

  show(notification: Notification): void {
    const sent = { ...notification, at: this.now().toISOString() };
    this.#notifications.push(sent);
    this.#emit({ kind: 'notification', notification: sent });
  }

  windowShown(): void {
    this.#emit({ kind: 'window-shown' });
  }

  quit(): void {
    this.#emit({ kind: 'quit' });
  }

  snapshot(): { tray: TrayModel | null; notifications: readonly SentNotification[] } {
    return { tray: this.#tray, notifications: [...this.#notifications] };
  }

  subscribe(listener: (event: PanelEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: PanelEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
