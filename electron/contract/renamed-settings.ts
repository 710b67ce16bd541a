import { getAt, isPlainObject, setAt } from './schema-tools';

/**
 * Settings that were given a clearer name. The old name is still read, under the new one, from
 * settings.json and from every policy source (policy.json's defaults and `locked`, drop-ins,
 * managed preferences, the registry), so a file a person or an IT department already has keeps
 * working. Pust itself writes only the new name.
 */
export const RENAMED_SETTINGS: ReadonlyArray<{ from: string; to: string }> = Object.freeze([
  // "Rest boundary" also named the prompt's {latestStop, nextStart}: one word for one idea.
  { from: 'workProfile.restBoundary', to: 'workProfile.endOfDayFirmness' },
]);

/** What a policy check says of an old name given beside its new one, with another value. */
export function renameConflictMessage(from: string): string {
  return `older name of ${currentSettingName(from)}, which is set too; this value is ignored`;
}

/** The name a setting path goes by now (a path that was never renamed is returned as it is). */
export function currentSettingName(path: string): string {
  return RENAMED_SETTINGS.find((renamed) => renamed.from === path)?.to ?? path;
}

function withoutPath(value: Record<string, unknown>, path: string): Record<string, unknown> {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...value };
  if (rest.length === 0) delete copy[head];
  else if (isPlainObject(copy[head])) copy[head] = withoutPath(copy[head], rest.join('.'));
  return copy;
}

/**
 * A copy of nested settings (as in settings.json or a policy's defaults) with each old name moved
 * to its new one. Where both are given, the new name's value stands; where they differ,
 * `conflicts` gets the old path, so a policy check can say which value was ignored.
 */
export function withCurrentSettingNames(raw: unknown, conflicts: string[] = []): unknown {
  if (!isPlainObject(raw)) return raw;
  let settings: Record<string, unknown> = raw;
  for (const { from, to } of RENAMED_SETTINGS) {
    const old = getAt(settings, from);
    if (old === undefined) continue;
    const current = getAt(settings, to);
    if (current === undefined) settings = setAt(settings, to, old);
    else if (JSON.stringify(current) !== JSON.stringify(old)) conflicts.push(from);
    settings = withoutPath(settings, from);
  }
  return settings;
}
