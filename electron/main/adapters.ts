import { Notification } from 'electron';
import type { Clock, Logger, Notifier } from '../core/ports';

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

/**
 * System notifications; a click brings Pust forward (`onClick`). Each shown notification is held
 * until it is clicked or closed: one that is garbage-collected loses its click handler.
 */
export function createElectronNotifier(onClick: () => void): Notifier {
  const live = new Set<Notification>();
  return {
    show({ title, body }) {
      if (!Notification.isSupported()) return;
      const notification = new Notification({ title, body, silent: true });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        onClick();
      });
      notification.on('close', () => live.delete(notification));
      notification.show();
    },
  };
}

export const consoleLogger: Logger = {
  info: (message) => console.info(`[pust] ${message}`),
  warn: (message) => console.warn(`[pust] ${message}`),
  error: (message) => console.error(`[pust] ${message}`),
};
