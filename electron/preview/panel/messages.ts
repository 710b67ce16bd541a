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
  /** 'real': runs `speed` times real time; 'manual': moves only by Simulate steps. */
  mode: 'real' | 'manual';
  speed: number;
  timeZone: string;
  /** The earliest armed timer (manual clock only; null when none is armed or the clock is real). */
  nextTimer: string | null;
}

/** A prompt window as Electron would open it (the preview draws the prompt inside the page). */
export interface PromptWindowInfo {
  presentation: 'mini' | 'window' | 'fullscreen';
  promptId: string;
  kind: string;
  /** Simulated time it opened (ISO). */
  at: string;
}

export interface ActivityInfo {
  idle: boolean;
  idleSeconds: number;
}

export type PanelEvent =
  | { kind: 'tray'; model: TrayModel }
  | { kind: 'notification'; notification: SentNotification }
  | { kind: 'window-shown' }
  | { kind: 'prompt-window'; window: PromptWindowInfo | null }
  | { kind: 'clock'; clock: ClockInfo; activity: ActivityInfo }
  | { kind: 'quit' };

export type PanelMessage =
  | {
      kind: 'hello';
      tray: TrayModel | null;
      notifications: SentNotification[];
      promptWindow: PromptWindowInfo | null;
      clock: ClockInfo;
      activity: ActivityInfo;
    }
  | PanelEvent;
