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

const simulate = (step: Record<string, unknown>) =>
  void fetch('/__preview/sim', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-pust-token': token },
    body: JSON.stringify(step),
  });

const panel = renderPanel(runTrayAction, simulate);
events.addEventListener('panel', (message: MessageEvent<string>) => {
  panel.update(JSON.parse(message.data) as PanelMessage);
});
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => document.body.append(panel.element));
} else {
  document.body.append(panel.element);
}
