import { existsSync, readFileSync } from 'node:fs';
import { leafPaths } from '../../contract/schema-tools';
import { parseAdminPolicy } from './admin-policy';

export interface PolicyCheckReport {
  /** Lines for standard output (problems, or the verdict). */
  out: string[];
  /** Lines for standard error (a missing or unreadable file). */
  err: string[];
  /** 0 valid, 1 problems found, 2 no such file. */
  exitCode: 0 | 1 | 2;
}

/**
 * Checks an admin policy file the way IT needs before a rollout: each problem with its JSON path.
 * Shared by `npm run policy:check -- FILE` and the packaged app's `--check-policy FILE`.
 */
export function checkPolicyFile(file: string): PolicyCheckReport {
  if (!existsSync(file)) return { out: [], err: [`${file}: no such file`], exitCode: 2 };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { out: [], err: [`${file}: $: cannot be read (${reason})`], exitCode: 1 };
  }
  const policy = parseAdminPolicy(text, file);
  if (policy.problems.length > 0) {
    return {
      out: [
        ...policy.problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`),
        `${policy.problems.length} problem(s); Pust would apply only the valid parts.`,
      ],
      err: [],
      exitCode: 1,
    };
  }
  return {
    out: [
      `${file}: valid policy: ${leafPaths(policy.defaults).length} default(s), ${policy.locked.length} locked setting(s).`,
    ],
    err: [],
    exitCode: 0,
  };
}
