import type { RequestOf, ResponseOf, EventPayloadOf } from './channels';
import type { Result } from './errors';
import { CHANNEL_NAMES, EVENT_NAMES, type ChannelName, type EventName } from './names';

/**
 * How `window.pust` reaches core: IPC in Electron, HTTP + server-sent events in the web preview.
 * Only these two functions differ between the two; everything the renderer calls is built here.
 */
export interface PustTransport {
  invoke(channel: ChannelName, payload: unknown): Promise<Result<unknown>>;
  subscribe(listener: (event: EventName, payload: unknown) => void): () => void;
}

type Namespace<C extends string> = C extends `${infer N}.${string}` ? N : never;
type MethodIn<C extends string, N extends string> = C extends `${N}.${infer M}` ? M : never;

type Method<C extends ChannelName> =
  undefined extends RequestOf<C>
    ? () => Promise<Result<ResponseOf<C>>>
    : (payload: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

export type PustApi = {
  [N in Namespace<ChannelName>]: {
    [M in MethodIn<ChannelName, N>]: Method<`${N}.${M}` & ChannelName>;
  };
} & {
  /** Subscribe to one event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
};

/** Builds the object exposed as `window.pust`: named methods only, never a raw channel sender. */
export function createPustApi(transport: PustTransport): PustApi {
  const api: Record<string, unknown> = {};
  for (const channel of CHANNEL_NAMES) {
    const [namespace, method] = channel.split('.') as [string, string];
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[method] = (payload?: unknown) => transport.invoke(channel, payload);
  }
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>(
    EVENT_NAMES.map((name) => [name, new Set()]),
  );
  transport.subscribe((event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  });
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    const set = listeners.get(event);
    if (!set) throw new TypeError(`Unknown event: ${String(event)}`);
    set.add(listener);
    return () => set.delete(listener);
  };
  return api as PustApi;
}
