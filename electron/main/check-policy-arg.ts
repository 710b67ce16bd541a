import { checkPolicyFile } from '../core/policy/check-policy';

/**
 * `Pust --check-policy FILE` (the packaged app): checks a policy and exits, without opening a window
 * or taking the single-instance lock. Returns the exit code, or null when the flag is absent.
 */
export function runPolicyCheckArgument(
  argv: readonly string[],
  write: { out: (line: string) => void; err: (line: string) => void },
): number | null {
  const index = argv.indexOf('--check-policy');
  if (index === -1) return null;
  const file = argv[index + 1];
  if (!file) {
    write.err('Usage: Pust --check-policy FILE');
    return 2;
  }
  const report = checkPolicyFile(file);
  report.out.forEach(write.out);
  report.err.forEach(write.err);
  return report.exitCode;
}
