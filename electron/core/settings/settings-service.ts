import {
  DEFAULT_SETTINGS,
  PustError,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
  type SettingsView,
  type StoreNotice,
} from '../../contract';
import { withCurrentSettingNames } from '../../contract/renamed-settings';
import { deepMerge, getAt, isPlainObject, leafPaths, setAt } from '../../contract/schema-tools';
import type { EventBus } from '../events';
import { NO_POLICY, touchesLocked, type AdminPolicy } from '../policy/admin-policy';
import type { KeyValueStore, Logger } from '../ports';
import { readValidated, type SettingsProblem } from './validated-read';

/**
 * The settings format this code writes. Older formats are migrated forward on read and written in
 * this format at the next save. 2: `workProfile.restBoundary` is `workProfile.endOfDayFirmness`.
 */
export const SETTINGS_FORMAT_VERSION = 2;
const SETTINGS_KEY = 'settings';
const VERSION_KEY = 'formatVersion';

/**
 * Owns the person's settings and merges the admin policy on every read: locked keys win, policy
 * defaults apply where the person has chosen nothing. Each stored value is validated on its own,
 * so one damaged value falls back without touching the others, and keys a newer Pust wrote are
 * kept as they are.
 */
export class SettingsService {
  readonly #store: KeyValueStore;
  readonly #bus: EventBus;
  readonly #logger: Logger;
  readonly #movedAsideTo: string | null;
  readonly #storeNotices: StoreNotice[];
  #policy: AdminPolicy;
  /** App defaults with the policy's defaults on top: what applies where the person chose nothing. */
  #base: Settings;
  /**
   * The effective values, worked out once per change: the store reads its file on every get, and
   * the tray, notifications and every view ask for the settings often. Only `update` changes them.
   */
  #values: Settings | null = null;

  constructor(options: {
    store: KeyValueStore;
    bus: EventBus;
    logger: Logger;
    movedAsideTo?: string | null;
    /** settings.json and state.json as they were found on this start (see openStoreSafely). */
    storeNotices?: StoreNotice[];
    policy?: AdminPolicy;
  }) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#logger = options.logger;
    this.#movedAsideTo = options.movedAsideTo ?? null;
    this.#storeNotices = [...(options.storeNotices ?? [])];
    this.#policy = options.policy ?? NO_POLICY;
    this.#base = deepMerge<Settings>({ ...DEFAULT_SETTINGS }, this.#policy.defaults);
    this.#reportProblems();
  }

  /**
   * A new policy (a source changed while Pust runs): locks and defaults apply at once, and every
   * view hears of it. The person's own choices stay stored; a lock only hides them while it lasts.
   */
  setPolicy(policy: AdminPolicy): void {
    this.#policy = policy;
    this.#base = deepMerge<Settings>({ ...DEFAULT_SETTINGS }, policy.defaults);
    this.#values = null;
    this.#bus.emit('settings.changed', this.view());
  }

  values(): Settings {
    if (this.#values) return this.#values;
    const problems: SettingsProblem[] = [];
    let values = readValidated(SettingsSchema, this.#stored(), this.#base, problems, {
      path: '$.settings',
      reportUnknownKeys: false,
    }) as Settings;
    for (const path of this.#policy.locked) values = setAt(values, path, getAt(this.#base, path));
    this.#values = values;
    return values;
  }

  view(): SettingsView {
    const values = this.values();
    return {
      values,
      locked: [...this.#policy.locked],
      policy: {
        message: this.#policy.message?.[values.language] ?? this.#policy.message?.nb ?? null,
        incomplete: this.#policy.problems.length > 0,
      },
      recoveredFrom: this.#movedAsideTo,
      storeNotices: [...this.#storeNotices],
    };
  }

  update(patch: SettingsPatch): SettingsView {
    for (const path of leafPaths(patch)) {
      if (touchesLocked(this.#policy.locked, path)) {
        throw new PustError('locked-by-policy', `${path} is set by the IT department`);
      }
    }
    const candidate = SettingsSchema.safeParse(deepMerge(this.values(), patch));
    if (!candidate.success) {
      const issue = candidate.error.issues[0];
      throw new PustError('invalid-payload', `${issue?.path.join('.')}: ${issue?.message}`);
    }
    try {
      this.#values = null;
      this.#store.set(SETTINGS_KEY, deepMerge(this.#stored(), patch));
      // A newer Pust's number stays (its keys are kept as they are, so the file is still its
      // format), and so does a damaged one: it is not this code's to guess.
      const version = this.#store.get(VERSION_KEY);
      if (
        version === undefined ||
        (typeof version === 'number' && version < SETTINGS_FORMAT_VERSION)
      ) {
        this.#store.set(VERSION_KEY, SETTINGS_FORMAT_VERSION);
      }
    } catch (error) {
      this.#logger.error(`Saving settings failed: ${String(error)}`);
      throw new PustError('storage-failed', 'The settings could not be written to disk');
    }
    const view = this.view();
    this.#bus.emit('settings.changed', view);
    return view;
  }

  /** The person's stored choices, under today's setting names. */
  #stored(): Record<string, unknown> {
    const raw = withCurrentSettingNames(this.#store.get(SETTINGS_KEY));
    return isPlainObject(raw) ? raw : {};
  }

  /** One log line per problem found at start-up, so an admin can see what was ignored and why. */
  #reportProblems(): void {
    const raw = withCurrentSettingNames(this.#store.get(SETTINGS_KEY));
    const version = this.#store.get(VERSION_KEY);
    if (typeof version === 'number' && version > SETTINGS_FORMAT_VERSION) {
      this.#logger.warn(
        `Settings were written by a newer Pust (format ${version}); unknown keys are kept untouched`,
      );
    }
    const problems: SettingsProblem[] = [];
    readValidated(SettingsSchema, raw, this.#base, problems, {
      path: '$.settings',
      reportUnknownKeys: false,
    });
    for (const problem of problems) {
      this.#logger.warn(
        `Stored setting ${problem.path} is invalid (${problem.message}); using the default until it is changed`,
      );
    }
  }
}
