import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../ports';
import { NO_POLICY, parseAdminPolicy, type AdminPolicy } from './admin-policy';

/** The environment variable that points Pust at another policy file (tests, pilots). */
export const POLICY_FILE_ENV = 'PUST_POLICY_FILE';

/** Where IT puts the policy on each platform, unless PUST_POLICY_FILE names another file. */
export function policyFilePath(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
): string {
  const override = env[POLICY_FILE_ENV];
  if (override) return override;
  switch (platform) {
    case 'win32':
      return join(env.ProgramData ?? 'C:\\ProgramData', 'Pust', 'policy.json');
    case 'darwin':
      return '/Library/Application Support/Pust/policy.json';
    default:
      return '/etc/pust/policy.json';
  }
}

/**
 * Reads the policy. No file means no policy; a file that cannot be read or parsed never stops
 * the app: it runs on its own defaults plus every valid part, with one log line per problem.
 */
export function loadAdminPolicy(path: string, logger: Logger): AdminPolicy {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_POLICY;
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    logger.warn(`Policy ${path}: $: cannot be read (${reason})`);
    return {
      ...NO_POLICY,
      source: path,
      problems: [{ path: '$', message: `cannot be read (${reason})` }],
    };
  }
  const policy = parseAdminPolicy(text, path);
  for (const problem of policy.problems) {
    logger.warn(`Policy ${path}: ${problem.path}: ${problem.message}`);
  }
  return policy;
}
