/**
 * The tray as plain data (no schema library: the preview's dev panel bundles this). Core builds it;
 * Electron's Tray and the dev panel draw exactly this.
 */
export const TRAY_STATES = [
  'working',
  'break-due',
  'on-break',
  'held',
  'meeting',
  'after-hours',
  'day-off',
] as const;
export type TrayState = (typeof TRAY_STATES)[number];

export const TRAY_ACTIONS = [
  'take-break',
  'hold-30m',
  'hold-1h',
  'hold-2h',
  'hold-tomorrow',
  'resume',
  'start-day',
  'end-day',
  'toggle-meeting',
  'open-today',
  'open-tools',
  'open-journal',
  'open-settings',
  'quit',
] as const;
export type TrayAction = (typeof TRAY_ACTIONS)[number];

export type TrayMenuItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | {
      kind: 'action';
      action: TrayAction;
      label: string;
      enabled: boolean;
      /** Set when an admin policy fixes what this item would change. */
      locked?: boolean;
    }
  | { kind: 'toggle'; action: TrayAction; label: string; checked: boolean; enabled: boolean }
  | { kind: 'submenu'; label: string; enabled: boolean; items: TrayMenuItem[] };

export interface TrayModel {
  state: TrayState;
  /** File name stem under resources/tray/, e.g. `working` → working-light.png / working-dark@2x.png. */
  icon: TrayState;
  tooltip: string;
  menu: TrayMenuItem[];
}

export function isTrayAction(value: unknown): value is TrayAction {
  return typeof value === 'string' && (TRAY_ACTIONS as readonly string[]).includes(value);
}
