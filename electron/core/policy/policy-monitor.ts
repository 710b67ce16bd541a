import { existsSync, watch, type FSWatcher } from 'node:fs';
import type { PolicyReport } from '../../contract/policy';
import type { Logger } from '../ports';
import { NO_POLICY, type AdminPolicy } from './admin-policy';
import { mergePolicyLayers, type PolicyReading } from './merge';
import { fileLayer } from './policy-layer';

/** The policy as core sees it: what applies now, and news when a source changes. */
export interface PolicySource {
  current(): PolicyReading;
  /** Reads every source again now (the policy page's "Read again"); resolves with the result. */
  reload(): Promise<PolicyReading>;
  subscribe(listener: (reading: PolicyReading) => void): () => void;
}

/** Everything but the time of reading: two readings that agree on this are the same policy. */
function fingerprint(report: PolicyReport): string {
  return JSON.stringify({ ...report, readAt: undefined });
}

/** A fixed policy (tests, or a host that read it once): a file's policy, or none. */
export function fixedPolicySource(policy: AdminPolicy = NO_POLICY, now = new Date()): PolicySource {
  const layers = policy.source ? [fileLayer(policy.source, policy)] : [];
  const reading: PolicyReading = { policy, report: mergePolicyLayers(layers, now).report };
  return {
    current: () => reading,
    reload: async () => reading,
    subscribe: () => () => undefined,
  };
}

/**
 * Reads the policy and reads it again when asked, when a watched folder changes, and every few
 * minutes (the registry cannot be watched without a native module, and a tray app runs for
 * weeks). Listeners hear only of real changes; each problem is logged once when it appears.
 */
export class PolicyMonitor implements PolicySource {
  readonly #read: () => Promise<PolicyReading>;
  readonly #logger: Logger;
  readonly #listeners = new Set<(reading: PolicyReading) => void>();
  #reading: PolicyReading;
  #queue: Promise<PolicyReading>;
  #logged = new Set<string>();

  private constructor(read: () => Promise<PolicyReading>, first: PolicyReading, logger: Logger) {
    this.#read = read;
    this.#logger = logger;
    this.#reading = first;
    this.#queue = Promise.resolve(first);
    this.#log(first);
  }

  static async open(read: () => Promise<PolicyReading>, logger: Logger): Promise<PolicyMonitor> {
    return new PolicyMonitor(read, await read(), logger);
  }

  current(): PolicyReading {
    return this.#reading;
  }

  subscribe(listener: (reading: PolicyReading) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  reload(): Promise<PolicyReading> {
    // One read at a time, in order: a change seen during a read is read again after it.
    this.#queue = this.#queue.then(async () => {
      let next: PolicyReading;
      try {
        next = await this.#read();
      } catch (error) {
        this.#logger.error(`Reading the policy failed: ${String(error)}`);
        return this.#reading;
      }
      const changed = fingerprint(next.report) !== fingerprint(this.#reading.report);
      this.#reading = changed
        ? next
        : { ...this.#reading, report: { ...this.#reading.report, readAt: next.report.readAt } };
      if (changed) {
        this.#log(next);
        this.#logger.info(`Policy changed: ${next.policy.locked.length} locked setting(s)`);
        for (const listener of this.#listeners) listener(next);
      }
      return this.#reading;
    });
    return this.#queue;
  }

  /**
   * Follows the sources: a change in a watched folder is read a moment later (editors write in
   * steps), and everything is read again every `everyMs`. Returns the function that stops it.
   */
  follow(options: {
    folders: () => readonly string[];
    everyMs: number;
    settleMs?: number;
  }): () => void {
    const watchers = new Map<string, FSWatcher>();
    let pending: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const soon = () => {
      if (pending || stopped) return;
      pending = setTimeout(() => {
        pending = null;
        void this.reload().then(arm);
      }, options.settleMs ?? 250);
    };
    const arm = () => {
      if (stopped) return;
      for (const folder of options.folders()) {
        if (watchers.has(folder) || !existsSync(folder)) continue;
        try {
          const watcher = watch(folder, { persistent: false }, soon);
          watcher.on('error', () => {
            watcher.close();
            watchers.delete(folder);
          });
          watchers.set(folder, watcher);
        } catch {
          // Not watchable here (a network share): the periodic read still covers it.
        }
      }
    };
    arm();
    const timer = setInterval(() => void this.reload().then(arm), options.everyMs);
    timer.unref?.();
    return () => {
      stopped = true;
      clearInterval(timer);
      if (pending) clearTimeout(pending);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    };
  }

  #log(reading: PolicyReading): void {
    const now = new Set<string>();
    for (const problem of reading.policy.problems) {
      const line = `Policy ${problem.path}: ${problem.message}`;
      now.add(line);
      if (!this.#logged.has(line)) this.#logger.warn(line);
    }
    this.#logged = now;
  }
}
