import type { TrayMenuItem, TrayModel } from '../../contract/tray';
import type { ClockInfo, PanelMessage, PromptWindowInfo, SentNotification } from './messages';
import { element, section } from './dom';
import { simulateSection } from './simulate-section';

/** The dev panel: simulated clock, the tray as Electron would draw it, and sent notifications. */
export function renderPanel(
  runTrayAction: (action: string) => void,
  simulate: (step: Record<string, unknown>) => Promise<string | null>,
): {
  element: HTMLElement;
  update(message: PanelMessage): void;
} {
  const aside = element('aside', {
    class: 'pust-dev-panel',
    lang: 'en',
    'aria-label': 'Dev panel: what Electron would show',
    'data-testid': 'dev-panel',
  });

  const clock = section('Simulated clock', 'pust-dev-clock');
  const clockText = element('p', { 'data-testid': 'sim-clock' }, '…');
  const clockMode = element('p', { 'data-testid': 'clock-mode' });
  clock.body.append(clockText, clockMode);

  const tray = section('Tray', 'pust-dev-tray');
  const trayState = element('p', { 'data-testid': 'tray-state' });
  const trayTooltip = element('p', { 'data-testid': 'tray-tooltip' });
  const trayMenu = element('ul', { class: 'pust-dev-panel__menu', 'aria-label': 'Tray menu' });
  tray.body.append(trayState, trayTooltip, trayMenu);

  const notices = section('Notifications', 'pust-dev-notifications');
  // A live region around a real list: role="log" on the <ol> itself would take away its list
  // semantics (axe: list items outside a list).
  const noticeRegion = element('div', {
    role: 'log',
    'aria-live': 'polite',
    'aria-label': 'Notifications sent',
  });
  const noticeList = element('ol', {
    class: 'pust-dev-panel__log',
    'data-testid': 'notifications',
  });
  noticeRegion.append(noticeList);
  const windowLine = element('p', { 'data-testid': 'window-state' });
  notices.body.append(noticeRegion, windowLine);

  const promptLine = element('p', { 'data-testid': 'prompt-window' }, 'Prompt window: none');
  const promptLog = element('ol', {
    class: 'pust-dev-panel__log',
    'aria-label': 'Prompt windows opened',
    'data-testid': 'prompt-log',
  });
  notices.body.append(promptLine, promptLog);

  // The machine and the person, simulated: what Electron's powerMonitor would report.
  const sim = simulateSection(simulate);

  aside.append(clock.root, tray.root, notices.root, sim.root);

  let clockInfo: ClockInfo | null = null;
  let clockReceivedAt = 0;
  // One formatter per zone: building an Intl formatter is costly, and the clock ticks every second.
  let clockFormat: { zone: string; format: Intl.DateTimeFormat } | null = null;
  const drawClock = () => {
    if (!clockInfo) return;
    // The manual clock (speed 0) stands still between steps, as its figure here does.
    const elapsed = (performance.now() - clockReceivedAt) * clockInfo.speed;
    const now = new Date(Date.parse(clockInfo.now) + elapsed);
    if (clockFormat?.zone !== clockInfo.timeZone) {
      clockFormat = {
        zone: clockInfo.timeZone,
        format: new Intl.DateTimeFormat('nb-NO', {
          dateStyle: 'full',
          timeStyle: 'medium',
          timeZone: clockInfo.timeZone,
        }),
      };
    }
    const pace = clockInfo.mode === 'manual' ? 'manual' : `×${clockInfo.speed}`;
    clockText.textContent = `${clockFormat.format.format(now)} (${clockInfo.timeZone}, ${pace})`;
  };
  const drawClockMode = (info: ClockInfo) => {
    // The instant of the last clock report: a test that stepped the clock waits for it here, and
    // then knows the page has had every update the step caused (one ordered event stream).
    clockText.dataset.now = info.now;
    if (info.mode === 'real') {
      clockMode.textContent = `Clock: real time ×${info.speed}`;
    } else {
      const next = info.nextTimer ? simulatedTime(info.nextTimer, true) : 'none';
      clockMode.textContent = `Clock: manual, moves only when stepped. Next timer: ${next}`;
    }
    sim.showClock(info);
  };
  setInterval(drawClock, 1000);

  const menuItem = (item: TrayMenuItem): HTMLLIElement => {
    const li = element('li');
    if (item.kind === 'separator') {
      li.append(element('hr', { 'aria-hidden': 'true' }));
    } else if (item.kind === 'status') {
      li.append(element('span', { 'data-testid': 'tray-status' }, item.label));
    } else if (item.kind === 'submenu') {
      const label = element('span', {}, `${item.label} ▸`);
      const list = element('ul', { class: 'pust-dev-panel__menu', 'aria-label': item.label });
      list.append(
        ...item.items.map((child) =>
          menuItem(item.enabled ? child : ({ ...child, enabled: false } as TrayMenuItem)),
        ),
      );
      li.append(label, list);
    } else {
      const button = element(
        'button',
        { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' },
        item.label,
      );
      if (item.kind === 'toggle') button.setAttribute('aria-pressed', String(item.checked));
      button.disabled = !item.enabled;
      button.addEventListener('click', () => runTrayAction(item.action));
      li.append(button);
    }
    return li;
  };

  const drawTray = (model: TrayModel) => {
    trayState.textContent = `Icon: ${model.icon}`;
    trayTooltip.textContent = `Tooltip: ${model.tooltip}`;
    trayMenu.replaceChildren(...model.menu.map(menuItem));
  };

  const addNotification = (notification: SentNotification) => {
    const time = simulatedTime(notification.at);
    const li = element('li');
    li.append(
      element('strong', {}, notification.title),
      ` ${notification.body} `,
      element('small', {}, `(${time})`),
    );
    noticeList.append(li);
  };

  function simulatedTime(iso: string, withSeconds = false): string {
    return new Intl.DateTimeFormat('nb-NO', {
      hour: '2-digit',
      minute: '2-digit',
      ...(withSeconds ? { second: '2-digit' } : {}),
      timeZone: clockInfo?.timeZone ?? 'UTC',
    }).format(new Date(iso));
  }

  let lastLogged: string | null = null;
  function drawPromptWindow(window: PromptWindowInfo | null): void {
    promptLine.textContent = window
      ? `Prompt window: ${window.kind} (${window.presentation})`
      : 'Prompt window: none';
    if (window && window.promptId !== lastLogged) {
      lastLogged = window.promptId;
      promptLog.append(
        element('li', {}, `${simulatedTime(window.at)} ${window.kind} (${window.presentation})`),
      );
    }
  }

  return {
    element: aside,
    update(message) {
      switch (message.kind) {
        case 'hello':
          clockInfo = message.clock;
          clockReceivedAt = performance.now();
          drawClock();
          drawClockMode(message.clock);
          sim.showActivity(message.activity);
          drawPromptWindow(message.promptWindow);
          if (message.tray) drawTray(message.tray);
          noticeList.replaceChildren();
          message.notifications.forEach(addNotification);
          return;
        case 'tray':
          drawTray(message.model);
          return;
        case 'notification':
          addNotification(message.notification);
          return;
        case 'clock':
          clockInfo = message.clock;
          clockReceivedAt = performance.now();
          drawClock();
          drawClockMode(message.clock);
          sim.showActivity(message.activity);
          return;
        case 'prompt-window':
          drawPromptWindow(message.window);
          return;
        case 'window-shown':
          windowLine.textContent = 'Main window brought to front.';
          return;
        case 'quit':
          windowLine.textContent = 'Pust has quit; the preview server stopped.';
          return;
      }
    },
  };
}
