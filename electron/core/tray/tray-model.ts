import type { TrayModel, TrayState } from '../../contract/tray';
import { translate, type MessageKey, type MessageLocale } from '../../../content/messages';

export type { TrayAction, TrayMenuItem, TrayModel, TrayState } from '../../contract/tray';
export { isTrayAction } from '../../contract/tray';

/** What the tray says in a given state: decided (and unit-tested) here, not in the adapters. */
export function buildTrayModel(state: TrayState, locale: MessageLocale): TrayModel {
  const t = (key: MessageKey) => translate(locale, key);
  return {
    state,
    icon: state,
    tooltip: `${t('tray.tooltip')} – ${t(`tray.status.${state}`)}`,
    menu: [
      { kind: 'status', label: t(`tray.status.${state}`) },
      { kind: 'separator' },
      { kind: 'action', action: 'open-settings', label: t('tray.menu.settings'), enabled: true },
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: t('tray.menu.quit'), enabled: true },
    ],
  };
}
