import { Notification } from 'electron';
import type { Clock, Logger, Notifier } from '../core/ports';

export const systemClock: Clock = {
  now: () => new Date(),
  timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
};

export const electronNotifier: Notifier = {
  show({ title, body }) {
    if (Notification.isSupported()) new Notification({ title, body, silent: true }).show();
  },
};

export const consoleLogger: Logger = {
  info: (message) => console.info(`[pust] ${message}`),
  warn: (message) => console.warn(`[pust] ${message}`),
  error: (message) => console.error(`[pust] ${message}`),
};
