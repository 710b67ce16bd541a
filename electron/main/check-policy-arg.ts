import { userInfo } from 'node:os';
import { checkPolicyFile, checkPolicySources } from '../core/policy/check-policy';
import { runCommand } from '../core/policy/commands';
import { systemPolicySources } from '../core/policy/sources';
import { posixTrust } from '../core/policy/trust';

/**
 * `Pust --check-policy [FILE]` (the packaged app): checks a policy file's content, or without a
 * file reads this machine's sources as Pust would and prints what applies and what is wrong, then
 * exits without opening a window or taking the single-instance lock. Returns the exit code, or
 * null when the flag is absent.
 */
export async function runPolicyCheckArgument(
  argv: readonly string[],
  write: { out: (line: string) => void; err: (line: string) => void },
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<number | null> {
  const index = argv.indexOf('--check-policy');
  if (index === -1) return null;
  const file = argv[index + 1];
  const report =
    file && !file.startsWith('--')
      ? checkPolicyFile(file)
      : await checkPolicySources(systemPolicySources(platform, env, userInfo().username), {
          platform,
          posixTrust: posixTrust(platform),
          run: runCommand,
          checkTrust: true,
          env,
        });
  report.out.forEach(write.out);
  report.err.forEach(write.err);
  return report.exitCode;
}
