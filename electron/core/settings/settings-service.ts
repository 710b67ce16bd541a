import {
  DEFAULT_SETTINGS,
  PustError,
  SettingsSchema,
  type SettingKey,
  type Settings,
  type SettingsPatch,
  type SettingsView,
} from '../../contract';
import type { EventBus } from '../events';
import type { KeyValueStore, Logger } from '../ports';

/** The settings format this code writes. Older formats are migrated forward on read. */
export const SETTINGS_FORMAT_VERSION = 1;
const SETTINGS_KEY = 'settings';
const VERSION_KEY = 'formatVersion';

const KEYS = Object.keys(SettingsSchema.shape) as SettingKey[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Owns the person's settings. Each stored key is validated on its own, so one damaged value falls
 * back to its default without touching the others, and keys this version does not know (written
 * by a newer Pust) are kept as they are.
 */
export class SettingsService {
  readonly #store: KeyValueStore;
  readonly #bus: EventBus;
  readonly #logger: Logger;
  readonly #movedAsideTo: string | null;

  constructor(options: {
    store: KeyValueStore;
    bus: EventBus;
    logger: Logger;
    movedAsideTo?: string | null;
  }) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#logger = options.logger;
    this.#movedAsideTo = options.movedAsideTo ?? null;
    this.#reportProblems();
  }

  values(): Settings {
    const raw = this.#stored();
    const values: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    for (const key of KEYS) {
      if (!Object.hasOwn(raw, key)) continue;
      const parsed = SettingsSchema.shape[key].safeParse(raw[key]);
      if (parsed.success) values[key] = parsed.data;
    }
    return values as Settings;
  }

  view(): SettingsView {
    return { values: this.values(), recoveredFrom: this.#movedAsideTo };
  }

  update(patch: SettingsPatch): SettingsView {
    const next = { ...this.#stored(), ...patch };
    try {
      this.#store.set(SETTINGS_KEY, next);
      if (this.#store.get(VERSION_KEY) === undefined)
        this.#store.set(VERSION_KEY, SETTINGS_FORMAT_VERSION);
    } catch (error) {
      this.#logger.error(`Saving settings failed: ${String(error)}`);
      throw new PustError('storage-failed', 'The settings could not be written to disk');
    }
    const view = this.view();
    this.#bus.emit('settings.changed', view);
    return view;
  }

  #stored(): Record<string, unknown> {
    const raw = this.#store.get(SETTINGS_KEY);
    return isPlainObject(raw) ? raw : {};
  }

  /** One log line per problem found at start-up, so an admin can see what was ignored and why. */
  #reportProblems(): void {
    const raw = this.#store.get(SETTINGS_KEY);
    if (raw !== undefined && !isPlainObject(raw)) {
      this.#logger.warn(`Stored settings are not an object; using defaults`);
      return;
    }
    const version = this.#store.get(VERSION_KEY);
    if (typeof version === 'number' && version > SETTINGS_FORMAT_VERSION) {
      this.#logger.warn(
        `Settings were written by a newer Pust (format ${version}); unknown keys are kept untouched`,
      );
    }
    for (const key of KEYS) {
      if (!isPlainObject(raw) || !Object.hasOwn(raw, key)) continue;
      const parsed = SettingsSchema.shape[key].safeParse(raw[key]);
      if (!parsed.success) {
        this.#logger.warn(
          `Stored setting "${key}" is invalid; using the default until it is changed`,
        );
      }
    }
  }
}
