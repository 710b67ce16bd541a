import { statSync } from 'node:fs';
import type { Logger } from '../ports';
import { runCommand, type CommandRunner } from './commands';
import { PolicyMonitor } from './policy-monitor';
import { folderPolicySources, readPolicy, watchedFolders, type PolicySourceSpec } from './sources';
import { posixTrust } from './trust';

/** How often every source is read again, even without a sign of change (the registry). */
export const POLICY_REREAD_MS = 5 * 60_000;

export interface OpenPolicyOptions {
  specs: readonly PolicySourceSpec[];
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  logger: Logger;
  /** Also trust files this user owns (the preview, where the developer plays IT). */
  alsoTrustUid?: number;
  /** False only in the preview on Windows (see start-preview.ts). */
  checkTrust?: boolean;
  run?: CommandRunner;
  now?: () => Date;
}

/** Reads the policy from `specs` once, and gives back the monitor that reads it again. */
export function openPolicy(options: OpenPolicyOptions): Promise<PolicyMonitor> {
  const ctx = {
    platform: options.platform,
    posixTrust: posixTrust(options.platform, options.alsoTrustUid),
    run: options.run ?? runCommand,
    checkTrust: options.checkTrust ?? true,
    env: options.env,
  };
  const now = options.now ?? (() => new Date());
  return PolicyMonitor.open(() => readPolicy(options.specs, ctx, now()), options.logger);
}

/** Starts following the sources; returns the function that stops. */
export function followPolicy(
  monitor: PolicyMonitor,
  specs: readonly PolicySourceSpec[],
  everyMs = POLICY_REREAD_MS,
): () => void {
  return monitor.follow({ folders: () => watchedFolders(specs), everyMs });
}

/** `--policy PATH` in the preview: a folder laid out like /etc/pust, or one policy.json. */
export function policySpecsFor(path: string): PolicySourceSpec[] {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory()
    ? folderPolicySources(path)
    : [{ kind: 'file', path }];
}
