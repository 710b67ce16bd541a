import type { KeyValueStore } from '../ports';

/**
 * Stands in for a settings or state file that can be neither read nor moved aside: Pust works as
 * usual and keeps changes until it closes, and the person is told they are not saved.
 */
export class MemoryStore implements KeyValueStore {
  readonly path: string;
  readonly #values = new Map<string, unknown>();

  constructor(path: string) {
    this.path = path;
  }

  get(key: string): unknown {
    return structuredClone(this.#values.get(key));
  }

  set(key: string, value: unknown): void {
    this.#values.set(key, structuredClone(value));
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }
}
