import type { EventName, EventPayloadOf } from '../contract';

type Listener = (event: EventName, payload: unknown) => void;

/** Core's outgoing events to every renderer, typed by the contract. */
export class EventBus {
  readonly #listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayloadOf<E>): void {
    for (const listener of this.#listeners) listener(event, payload);
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }
}
