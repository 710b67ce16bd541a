import type { TrayModel } from '../../contract/tray';

/** Shapes shared by the preview server (Node) and the dev panel (browser). */
export interface SentNotification {
  title: string;
  body: string;
  /** Simulated time at which it was sent (ISO). */
  at: string;
}

export interface ClockInfo {
  now: string;
  speed: number;
  timeZone: string;
}

export type PanelEvent =
  | { kind: 'tray'; model: TrayModel }
  | { kind: 'notification'; notification: SentNotification }
  | { kind: 'window-shown' }
  | { kind: 'quit' };

export type PanelMessage =
  | { kind: 'hello'; tray: TrayModel | null; notifications: SentNotification[]; clock: ClockInfo }
  | PanelEvent;
