import type { TrayMenuItem, TrayModel, TrayState } from '../../contract/tray';
import type { WorkdayView } from '../../contract/workday';
import { translate, type MessageKey, type MessageLocale } from '../../../content/messages';
import { clockTime, minutesUntil } from '../format-time';

export type { TrayAction, TrayMenuItem, TrayModel, TrayState } from '../../contract/tray';
export { isTrayAction } from '../../contract/tray';

const BREAK_KINDS = new Set(['micro-break', 'break', 'lunch', 'overtime-break']);

/** Which of the seven tray icons the workday calls for. */
export function trayStateOf(view: WorkdayView): TrayState {
  if (view.status === 'day-off') return 'day-off';
  if (view.status === 'held') return 'held';
  if (view.status === 'meeting') return 'meeting';
  if (view.openPrompt && BREAK_KINDS.has(view.openPrompt.kind)) return 'break-due';
  if (view.status === 'away') return 'on-break';
  if (view.status === 'working') return 'working';
  return 'after-hours';
}

type NextKind = Exclude<
  NonNullable<WorkdayView['next']>['kind'],
  'day-off-notice' | 'short-rest-notice' | 'pause-over'
>;

/** The tooltip's second line: what the person is in now, or what comes next and when. */
function nextLine(view: WorkdayView, locale: MessageLocale): string | null {
  const time = (at: number) => clockTime(at, view.zone, locale);
  if (view.status === 'held' && view.heldUntil !== null) {
    return translate(locale, 'tray.heldUntil', { time: time(view.heldUntil) });
  }
  if (view.status === 'meeting' && view.meetingUntil !== null) {
    return translate(locale, 'tray.meetingUntil', { time: time(view.meetingUntil) });
  }
  const open = view.openPrompt;
  if (open && (open.kind === 'break' || open.kind === 'overtime-break' || open.kind === 'lunch')) {
    const until = time(open.endsAt ?? open.shownAt + open.seconds * 1000);
    return translate(locale, open.kind === 'lunch' ? 'tray.lunchUntil' : 'tray.breakUntil', {
      time: until,
    });
  }
  if (view.status === 'before-start') {
    if (view.startsAt === null || view.startsAt <= view.now) return null;
    return translate(locale, view.core ? 'tray.next.flex-start' : 'tray.next.day-start', {
      time: time(view.startsAt),
    });
  }
  if (!view.next || view.status === 'away' || view.status === 'closed') return null;
  const { at } = view.next;
  const kind = view.next.kind as NextKind;
  // The next nudge is not a deadline: after hours the line names tonight's rest boundary.
  if (kind === 'after-hours') {
    return view.latestStop !== null && view.latestStop > view.now
      ? translate(locale, 'tray.next.latest-stop', { time: time(view.latestStop) })
      : null;
  }
  return translate(locale, `tray.next.${kind}`, {
    minutes: minutesUntil(at, view.now),
    time: time(kind === 'latest-stop' && view.latestStop !== null ? view.latestStop : at),
    end: view.end !== null ? time(view.end) : time(at),
  });
}

const RELATIVE_KINDS = new Set(['micro-break', 'break']);

/**
 * When the tooltip's "in N min" next changes, so the tray can be redrawn at that instant (an armed
 * timer, not a polling loop); null when the tooltip shows only clock times.
 */
export function tooltipChangesAt(view: WorkdayView): number | null {
  if (view.status !== 'working' && view.status !== 'overtime') return null;
  if (view.openPrompt || !view.next || !RELATIVE_KINDS.has(view.next.kind)) return null;
  const minutes = minutesUntil(view.next.at, view.now);
  return minutes > 1 ? view.next.at - (minutes - 1) * 60_000 : null;
}

export interface TrayOptions {
  /** Setting paths the admin policy locks (see SettingsView.locked). */
  locked: readonly string[];
  /** Which views exist in the renderer, so the menu offers only those. */
  views: readonly ('today' | 'tools' | 'journal')[];
}

/** What the tray shows for a workday: decided (and unit-tested) here, not in the adapters. */
export function buildTrayModel(
  view: WorkdayView,
  locale: MessageLocale,
  options: TrayOptions,
): TrayModel {
  const t = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const state = trayStateOf(view);
  const next = nextLine(view, locale);
  const status = view.holiday
    ? `${t(`tray.status.${state}`)} – ${view.holiday}`
    : t(`tray.status.${state}`);
  const onTheClock = ['working', 'held', 'meeting', 'away', 'overtime'].includes(view.status);
  // Holding reminders would step around strict mode; when IT has fixed strict mode on, say so.
  const holdLocked =
    view.strictMode &&
    options.locked.some((path) => path === 'workProfile' || path === 'workProfile.strictMode');

  const holdMenu: TrayMenuItem =
    view.status === 'held'
      ? { kind: 'action', action: 'resume', label: t('tray.menu.resume'), enabled: true }
      : {
          kind: 'submenu',
          label: holdLocked
            ? t('tray.menu.locked', { label: t('tray.menu.hold') })
            : t('tray.menu.hold'),
          enabled: onTheClock && !holdLocked,
          items: (
            [
              ['hold-30m', 'tray.menu.hold30m'],
              ['hold-1h', 'tray.menu.hold1h'],
              ['hold-2h', 'tray.menu.hold2h'],
              ['hold-tomorrow', 'tray.menu.holdTomorrow'],
            ] as const
          ).map(([action, key]) => ({
            kind: 'action',
            action,
            label: t(key),
            enabled: !holdLocked,
          })),
        };

  const viewItems: TrayMenuItem[] = options.views.map((name) => ({
    kind: 'action',
    action: `open-${name}` as const,
    label: t(`tray.menu.${name}`),
    enabled: true,
  }));

  return {
    state,
    icon: state,
    tooltip: [`${t('tray.tooltip')} – ${status}`, next].filter(Boolean).join('\n'),
    menu: [
      { kind: 'status', label: next ? `${status} · ${next}` : status },
      { kind: 'separator' },
      {
        kind: 'action',
        action: 'take-break',
        label: t('tray.menu.takeBreak'),
        enabled: view.status === 'working',
      },
      holdMenu,
      onTheClock
        ? { kind: 'action', action: 'end-day', label: t('tray.menu.endDay'), enabled: true }
        : { kind: 'action', action: 'start-day', label: t('tray.menu.startDay'), enabled: true },
      {
        kind: 'toggle',
        action: 'toggle-meeting',
        label: t('tray.menu.meeting'),
        checked: view.meeting,
        enabled: onTheClock,
      },
      { kind: 'separator' },
      ...viewItems,
      { kind: 'action', action: 'open-settings', label: t('tray.menu.settings'), enabled: true },
      { kind: 'separator' },
      { kind: 'action', action: 'quit', label: t('tray.menu.quit'), enabled: true },
    ],
  };
}
