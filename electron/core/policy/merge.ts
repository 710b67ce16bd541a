import type { PolicyEntry, PolicyReport } from '../../contract/policy';
import { deepMerge } from '../../contract/schema-tools';
import { touchesLocked, type AdminPolicy } from './admin-policy';
import { layerEntries, type PolicyLayer } from './policy-layer';

export interface PolicyReading {
  /** What the settings service applies. */
  policy: AdminPolicy;
  /** What the policy page shows. */
  report: PolicyReport;
}

/**
 * Merges the sources, given highest place first. As in Chrome and Firefox: a mandatory value
 * beats a recommended one whatever its source; at the same level the earlier source wins; every
 * mandatory setting is locked; the message comes from the first source that has one.
 */
export function mergePolicyLayers(layers: readonly PolicyLayer[], readAt: Date): PolicyReading {
  const used = layers.filter((layer) => layer.status !== 'refused' && layer.status !== 'absent');
  const perLayer = layers.map((layer) => (used.includes(layer) ? layerEntries(layer) : []));

  const mandatoryPaths = perLayer.flat().filter((e) => e.level === 'mandatory');
  const claimed = { mandatory: [] as string[], recommended: [] as string[] };
  const entries = perLayer.map((list) =>
    list.map((entry): PolicyEntry => {
      const applied =
        entry.level === 'mandatory'
          ? !touchesLocked(claimed.mandatory, entry.path)
          : !touchesLocked(
              mandatoryPaths.map((e) => e.path),
              entry.path,
            ) && !touchesLocked(claimed.recommended, entry.path);
      claimed[entry.level].push(entry.path);
      return {
        path: entry.path,
        level: entry.level,
        applied,
        ...(entry.value === undefined ? {} : { value: entry.value as PolicyEntry['value'] }),
      };
    }),
  );

  // Lowest place first, so that each higher source is laid over the ones below it.
  let recommended: Record<string, unknown> = {};
  let mandatory: Record<string, unknown> = {};
  for (const layer of [...used].reverse()) {
    recommended = deepMerge(recommended, layer.recommended);
    mandatory = deepMerge(mandatory, layer.mandatory);
  }
  const locked: string[] = [];
  for (const entry of mandatoryPaths) if (!locked.includes(entry.path)) locked.push(entry.path);
  const message = used.find((layer) => layer.message)?.message ?? null;
  const problems = layers.flatMap((layer) =>
    layer.problems.map((problem) => ({
      path: `${layer.location} ${problem.path}`,
      message: problem.message,
    })),
  );

  return {
    policy: {
      source: used[0]?.location ?? null,
      defaults: deepMerge(recommended, mandatory),
      locked,
      message,
      problems,
    },
    report: {
      readAt: readAt.toISOString(),
      sources: layers.map((layer, index) => ({
        kind: layer.kind,
        location: layer.location,
        status: layer.status,
        entries: entries[index]!,
        problems: layer.problems,
      })),
      locked,
      message,
    },
  };
}
