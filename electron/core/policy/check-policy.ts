import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import type { PolicyReport } from '../../contract/policy';
import { leafPaths } from '../../contract/schema-tools';
import { parseAdminPolicy } from './admin-policy';
import { parseJsonText } from './json-text';
import { parsePolicyValues, settingEntries } from './policy-values';
import { readPolicy, type PolicyReadContext, type PolicySourceSpec } from './sources';

export interface PolicyCheckReport {
  /** Lines for standard output (problems, or the verdict). */
  out: string[];
  /** Lines for standard error (a missing or unreadable file). */
  err: string[];
  /** 0 valid, 1 problems found, 2 no such file. */
  exitCode: 0 | 1 | 2;
}

/** A drop-in sits in a folder named managed or recommended; anything else is a policy.json. */
function isDropIn(file: string): boolean {
  return ['managed', 'recommended'].includes(basename(dirname(file)));
}

/**
 * Checks a policy file's content the way IT needs before a rollout: each problem with its JSON
 * path. Shared by `npm run policy:check -- FILE` and the packaged app's `--check-policy FILE`.
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
  let problems;
  let verdict: string;
  if (isDropIn(file)) {
    const json = parseJsonText(text);
    const values = json.ok
      ? parsePolicyValues(json.value, { allowRecommended: false })
      : { values: {}, problems: [{ path: '$', message: json.problem }] };
    problems = values.problems;
    const level = basename(dirname(file)) === 'managed' ? 'locked' : 'recommended';
    verdict = `valid drop-in: ${settingEntries(values.values).length} ${level} setting(s).`;
  } else {
    const policy = parseAdminPolicy(text, file);
    problems = policy.problems;
    verdict = `valid policy: ${leafPaths(policy.defaults).length} default(s), ${policy.locked.length} locked setting(s).`;
  }
  if (problems.length > 0) {
    return {
      out: [
        ...problems.map((problem) => `${file}: ${problem.path}: ${problem.message}`),
        `${problems.length} problem(s); Pust would apply only the valid parts.`,
      ],
      err: [],
      exitCode: 1,
    };
  }
  return { out: [`${file}: ${verdict}`], err: [], exitCode: 0 };
}

/** The policy page as text: every source in merge order, what it sets, and what is wrong. */
export function formatPolicyReport(report: PolicyReport): string[] {
  const lines = [`Policy sources, highest place first (read ${report.readAt}):`];
  for (const source of report.sources) {
    lines.push(`  [${source.status}] ${source.kind} ${source.location}`);
    for (const entry of source.entries) {
      const value = entry.value === undefined ? '' : ` = ${JSON.stringify(entry.value)}`;
      const level = entry.level === 'mandatory' ? 'locked ' : 'default';
      lines.push(
        `      ${level} ${entry.path}${value}${entry.applied ? '' : '  (not applied: set above)'}`,
      );
    }
    for (const problem of source.problems) {
      lines.push(`      problem ${problem.path}: ${problem.message}`);
    }
  }
  lines.push(`Locked: ${report.locked.length > 0 ? report.locked.join(', ') : 'nothing'}`);
  return lines;
}

/** `Pust --check-policy` without a file: what this machine's sources say, as Pust reads them. */
export async function checkPolicySources(
  specs: readonly PolicySourceSpec[],
  ctx: PolicyReadContext,
): Promise<PolicyCheckReport> {
  const { report } = await readPolicy(specs, ctx, new Date());
  const problems = report.sources.reduce((sum, source) => sum + source.problems.length, 0);
  return {
    out: [
      ...formatPolicyReport(report),
      problems > 0
        ? `${problems} problem(s); Pust applies only the valid parts.`
        : 'No problems found.',
    ],
    err: [],
    exitCode: problems > 0 ? 1 : 0,
  };
}
