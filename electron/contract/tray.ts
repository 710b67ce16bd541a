/**
 * The tray as plain data (no schema library: the preview's dev panel bundles this). Core builds it;
 * Electron's Tray and the dev panel draw exactly this.
 */
export const TRAY_STATES = ['idle'] as const;
export type TrayState = (typeof TRAY_STATES)[number];

export const TRAY_ACTIONS = ['open-settings', 'quit'] as const;
export type TrayAction = (typeof TRAY_ACTIONS)[number];

export type TrayMenuItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string; enabled: boolean };

export interface TrayModel {
  state: TrayState;
  /** File name stem under resources/tray/, e.g. `idle` → idle-light.png / idle-dark@2x.png. */
  icon: TrayState;
  tooltip: string;
  menu: TrayMenuItem[];
}

export function isTrayAction(value: unknown): value is TrayAction {
  return typeof value === 'string' && (TRAY_ACTIONS as readonly string[]).includes(value);
}
