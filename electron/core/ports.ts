/**
 * The ports through which core meets the world. Electron main, the web preview and the tests each
 * implement them; core never reaches past them (no 'electron', no DOM, no globals for time).
 */
import type { TrayModel } from './tray/tray-model';

/** Wall-clock time and the zone the person is in. The preview's clock can run fast or jump. */
export interface Clock {
  now(): Date;
  timeZone(): string;
  /** Simulated seconds per real second (the preview's `--speed`); 1 when absent. */
  rate?(): number;
}

/** Arms a callback at a wall-clock instant (node-schedule in production, fake timers in tests). */
export interface Timer {
  armAt(at: Date, fire: () => void): () => void;
}

export interface Notification {
  title: string;
  body: string;
}

/** Shows a system notification (Electron's Notification; the preview's dev panel). */
export interface Notifier {
  show(notification: Notification): void;
}

/** Draws the tray from a plain model (Electron's Tray; the preview's dev panel). */
export interface TrayView {
  render(model: TrayModel): void;
}

/** The smallest part of electron-store / conf that core needs; both implement it. */
export interface KeyValueStore {
  readonly path: string;
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  has(key: string): boolean;
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** What only the host (Electron app or preview server) can do for core. */
/** How a prompt is put in front of the person (core decides; the host draws). */
export type PromptPresentation = 'mini' | 'window' | 'fullscreen';

export interface AppHost {
  /** Brings the main window forward (creating it if needed). */
  showMainWindow(): void;
  /** Shows the prompt window for the workday's open prompt. */
  showPrompt(presentation: PromptPresentation, promptId: string, kind: string): void;
  /** Closes any prompt window (the prompt was answered, or is gone). */
  closePrompt(): void;
  quit(): void;
}

/** Something that changes what "now" means for a schedule, or says the person is away. */
export type ActivityEventKind =
  'lock' | 'unlock' | 'suspend' | 'resume' | 'timezone-changed' | 'clock-changed';

/**
 * The person's presence at the machine (Electron's powerMonitor; the preview's panel; tests).
 * Core samples idle time only while a workday is active, never in a tight loop.
 */
export interface ActivitySource {
  /** Seconds since the last keyboard or mouse input. */
  idleSeconds(): number;
  /** Subscribes to lock, suspend, time-zone and clock changes; returns the unsubscribe function. */
  onEvent(listener: (kind: ActivityEventKind) => void): () => void;
}
