import type { Result } from '../../electron/contract';

/** The value of a core reply that must have succeeded; a refusal fails the test with its code. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
