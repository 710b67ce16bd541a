import type { Notification, Notifier, TrayView } from '../core/ports';
import type { TrayModel } from '../core/tray/tray-model';
import type {
  ClockInfo,
  ActivityInfo,
  PanelEvent,
  PromptWindowInfo,
  SentNotification,
} from './panel/messages';

/**
 * What Electron's widgets would show, kept for the dev panel: the tray as drawn and every
 * notification sent. It implements the same ports that Electron's adapters do.
 */
export class PreviewPanel implements TrayView, Notifier {
  #tray: TrayModel | null = null;
  #promptWindow: PromptWindowInfo | null = null;
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

  promptWindow(window: PromptWindowInfo | null): void {
    this.#promptWindow = window;
    this.#emit({ kind: 'prompt-window', window });
  }

  clockChanged(clock: ClockInfo, activity: ActivityInfo): void {
    this.#emit({ kind: 'clock', clock, activity });
  }

  quit(): void {
    this.#emit({ kind: 'quit' });
  }

  snapshot(): {
    tray: TrayModel | null;
    notifications: SentNotification[];
    promptWindow: PromptWindowInfo | null;
  } {
    return {
      tray: this.#tray,
      notifications: [...this.#notifications],
      promptWindow: this.#promptWindow,
    };
  }

  subscribe(listener: (event: PanelEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: PanelEvent): void {
    for (const listener of this.#listeners) listener(event);
  }
}
