import type {
  PolicyLevel,
  PolicyProblem,
  PolicySourceKind,
  PolicySourceStatus,
} from '../../contract/policy';
import { getAt, setAt } from '../../contract/schema-tools';
import type { Locale } from '../../contract/settings';
import type { AdminPolicy } from './admin-policy';
import { settingEntries, type PolicyValues } from './policy-values';

/** One source as read: what it sets, at which level, and what was wrong with it. */
export interface PolicyLayer {
  kind: PolicySourceKind;
  location: string;
  status: PolicySourceStatus;
  /** Locked settings with their values. */
  mandatory: Record<string, unknown>;
  /** Paths locked by name without a value of their own (the JSON file's `locked`). */
  lockedPaths: string[];
  recommended: Record<string, unknown>;
  message: Partial<Record<Locale, string>> | null;
  problems: PolicyProblem[];
}

function statusOf(problems: readonly PolicyProblem[]): PolicySourceStatus {
  return problems.length > 0 ? 'partly-applied' : 'applied';
}

export function absentLayer(kind: PolicySourceKind, location: string): PolicyLayer {
  return {
    kind,
    location,
    status: 'absent',
    mandatory: {},
    lockedPaths: [],
    recommended: {},
    message: null,
    problems: [],
  };
}

/** A source that is not used at all, with the reason shown on the policy page. */
export function refusedLayer(
  kind: PolicySourceKind,
  location: string,
  reason: string,
  path = '$',
): PolicyLayer {
  return {
    ...absentLayer(kind, location),
    status: 'refused',
    problems: [{ path, message: reason }],
  };
}

/** A values source (drop-in, managed preferences, registry key) at one level. */
export function valuesLayer(
  kind: PolicySourceKind,
  location: string,
  level: PolicyLevel,
  parsed: PolicyValues,
): PolicyLayer {
  return {
    ...absentLayer(kind, location),
    status: statusOf(parsed.problems),
    mandatory: level === 'mandatory' ? parsed.values : {},
    recommended: level === 'mandatory' ? parsed.recommended : parsed.values,
    message: parsed.message,
    problems: parsed.problems,
  };
}

/**
 * The JSON file: its defaults are recommended, its `locked` list is mandatory, with the file's own
 * default for a locked setting as the locked value (else whatever applies below the lock).
 */
export function fileLayer(location: string, policy: AdminPolicy): PolicyLayer {
  const whole = policy.problems.some((problem) => problem.path === '$');
  let mandatory: Record<string, unknown> = {};
  for (const path of policy.locked) {
    const value = getAt(policy.defaults, path);
    if (value !== undefined) mandatory = setAt(mandatory, path, value);
  }
  return {
    ...absentLayer('file', location),
    status: whole ? 'refused' : statusOf(policy.problems),
    mandatory,
    lockedPaths: [...policy.locked],
    recommended: policy.defaults,
    message: policy.message,
    problems: [...policy.problems],
  };
}

/** What a layer sets, as entries before the merge decides which apply. */
export function layerEntries(
  layer: PolicyLayer,
): Array<{ path: string; level: PolicyLevel; value: unknown }> {
  const covered = (path: string) =>
    layer.lockedPaths.some((locked) => path === locked || path.startsWith(`${locked}.`));
  return [
    ...settingEntries(layer.mandatory)
      .filter(([path]) => !covered(path))
      .map(([path, value]) => ({ path, level: 'mandatory' as const, value })),
    ...layer.lockedPaths.map((path) => ({
      path,
      level: 'mandatory' as const,
      value: getAt(layer.mandatory, path),
    })),
    ...settingEntries(layer.recommended)
      .filter(([path]) => !covered(path))
      .map(([path, value]) => ({ path, level: 'recommended' as const, value })),
  ];
}
