/**
 * Runs in the preview page before the renderer: builds `window.pust` from the contract with an
 * HTTP transport (the preload's twin), and draws the dev panel that stands in for Electron's tray
 * and notifications. Development only.
 */
import { createPustApi } from '../../contract/api';
import type { Result } from '../../contract/errors';
import type { ChannelName, EventName } from '../../contract/names';
import type { PanelMessage } from './messages';
import { renderPanel } from './panel-view';

const token =
  document.querySelector<HTMLMetaElement>('meta[name="pust-preview-token"]')?.content ?? '';
const events = new EventSource(`/__preview/events?token=${encodeURIComponent(token)}`);

async function invoke(channel: ChannelName, payload: unknown): Promise<Result<unknown>> {
  try {
    const response = await fetch(`/__preview/invoke/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pust-token': token },
      body: JSON.stringify({ payload }),
    });
    return (await response.json()) as Result<unknown>;
  } catch (error) {
    return {
      ok: false,
      error: { code: 'internal', message: `Preview server unreachable: ${String(error)}` },
    };
  }
}

const pust = createPustApi({
  invoke,
  subscribe(listener) {
    const handler = (message: MessageEvent<string>) => {
      const { event, payload } = JSON.parse(message.data) as { event: EventName; payload: unknown };
      listener(event, payload);
    };
    events.addEventListener('app', handler);
    return () => events.removeEventListener('app', handler);
  },
});
Object.defineProperty(window, 'pust', { value: Object.freeze(pust), writable: false });

const runTrayAction = (action: string) =>
  void fetch(`/__preview/tray/${encodeURIComponent(action)}`, {
    method: 'POST',
    headers: { 'x-pust-token': token },
  });

/** Runs a Simulate step; resolves with the preview's message when it refused it, else null. */
async function simulate(step: Record<string, unknown>): Promise<string | null> {
  try {
    const response = await fetch('/__preview/sim', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-pust-token': token },
      body: JSON.stringify(step),
    });
    const reply = (await response.json()) as Result<unknown>;
    return reply.ok ? null : reply.error.message;
  } catch (error) {
    return `Preview server unreachable: ${String(error)}`;
  }
}

/*
 * The panel stands in for Electron's tray and is not part of the app: it is drawn once the app
 * marks its first view usable (the mark `npm run bench` reads), or after a second if the app never
 * gets there, so it never delays that view. Messages that arrive before are replayed in order.
 */
let panel: ReturnType<typeof renderPanel> | null = null;
const early: PanelMessage[] = [];
events.addEventListener('panel', (message: MessageEvent<string>) => {
  const update = JSON.parse(message.data) as PanelMessage;
  if (panel) panel.update(update);
  else early.push(update);
});

function drawPanel(): void {
  if (panel) return;
  firstView.disconnect();
  panel = renderPanel(runTrayAction, simulate);
  for (const update of early.splice(0)) panel.update(update);
  const styles = document.createElement('link');
  styles.rel = 'stylesheet';
  styles.href = '/__preview/panel.css';
  document.head.append(styles);
  document.body.append(panel.element);
}

const firstView = new PerformanceObserver(() => {
  if (performance.getEntriesByName('pust:first-view-usable').length > 0) drawPanel();
});
firstView.observe({ type: 'mark' });
setTimeout(drawPanel, 1000);
