import { readFileSync } from 'node:fs';
import type { Logger } from '../ports';
import { NO_POLICY, parseAdminPolicy, type AdminPolicy } from './admin-policy';

/** An extra policy file, read after the system's sources (pilots, the preview, tests). */
export const POLICY_FILE_ENV = 'PUST_POLICY_FILE';

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
