import type { TrayModel } from '../../contract/tray';
import type { ClockInfo, PanelMessage, SentNotification } from './messages';

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function section(title: string, id: string): { root: HTMLElement; body: HTMLElement } {
  const root = element('section', { 'aria-labelledby': id, class: 'pust-dev-panel__section' });
  root.append(element('h2', { id, class: 'pust-dev-panel__heading' }, title));
  const body = element('div');
  root.append(body);
  return { root, body };
}

/** The dev panel: simulated clock, the tray as Electron would draw it, and sent notifications. */
export function renderPanel(runTrayAction: (action: string) => void): {
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
  clock.body.append(clockText);

  const tray = section('Tray', 'pust-dev-tray');
  const trayState = element('p', { 'data-testid': 'tray-state' });
  const trayTooltip = element('p', { 'data-testid': 'tray-tooltip' });
  const trayMenu = element('ul', { class: 'pust-dev-panel__menu', 'aria-label': 'Tray menu' });
  tray.body.append(trayState, trayTooltip, trayMenu);

  const notices = section('Notifications', 'pust-dev-notifications');
  const noticeList = element('ol', {
    class: 'pust-dev-panel__log',
    role: 'log',
    'aria-live': 'polite',
    'aria-label': 'Notifications sent',
    'data-testid': 'notifications',
  });
  const windowLine = element('p', { 'data-testid': 'window-state' });
  notices.body.append(noticeList, windowLine);

  aside.append(clock.root, tray.root, notices.root);

  let clockInfo: ClockInfo | null = null;
  let clockReceivedAt = 0;
  const drawClock = () => {
    if (!clockInfo) return;
    const elapsed = (performance.now() - clockReceivedAt) * clockInfo.speed;
    const now = new Date(Date.parse(clockInfo.now) + elapsed);
    const text = new Intl.DateTimeFormat('nb-NO', {
      dateStyle: 'full',
      timeStyle: 'medium',
      timeZone: clockInfo.timeZone,
    }).format(now);
    clockText.textContent = `${text} (${clockInfo.timeZone}, ×${clockInfo.speed})`;
  };
  setInterval(drawClock, 1000);

  const drawTray = (model: TrayModel) => {
    trayState.textContent = `Icon: ${model.icon}`;
    trayTooltip.textContent = `Tooltip: ${model.tooltip}`;
    trayMenu.replaceChildren(
      ...model.menu.map((item) => {
        const li = element('li');
        if (item.kind === 'separator') li.append(element('hr', { 'aria-hidden': 'true' }));
        else if (item.kind === 'status') li.append(element('span', {}, item.label));
        else {
          const button = element(
            'button',
            { type: 'button', class: 'ds-button', 'data-variant': 'secondary', 'data-size': 'sm' },
            item.label,
          );
          button.disabled = !item.enabled;
          button.addEventListener('click', () => runTrayAction(item.action));
          li.append(button);
        }
        return li;
      }),
    );
  };

  const addNotification = (notification: SentNotification) => {
    const time = notification.at.slice(11, 16);
    const li = element('li');
    li.append(
      element('strong', {}, notification.title),
      ` ${notification.body} `,
      element('small', {}, `(${time} UTC)`),
    );
    noticeList.append(li);
  };

  return {
    element: aside,
    update(message) {
      switch (message.kind) {
        case 'hello':
          clockInfo = message.clock;
          clockReceivedAt = performance.now();
          drawClock();
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
