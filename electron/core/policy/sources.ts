import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, win32 } from 'node:path';
import type { PolicyLevel } from '../../contract/policy';
import { isPlainObject } from '../../contract/schema-tools';
import type { SettingsProblem } from '../settings/validated-read';
import { parseAdminPolicy } from './admin-policy';
import type { CommandRunner } from './commands';
import { parseJsonText } from './json-text';
import { mergePolicyLayers, type PolicyReading } from './merge';
import {
  absentLayer,
  fileLayer,
  refusedLayer,
  valuesLayer,
  type PolicyLayer,
} from './policy-layer';
import { parsePolicyValues } from './policy-values';
import {
  parseRegQuery,
  RECOMMENDED_SUBKEY,
  REGISTRY_POLICY_KEYS,
  registryValuesAsSettings,
  type RegistryHive,
} from './registry';
import {
  posixTrustProblem,
  windowsSddlCommand,
  windowsSddlProblem,
  type PosixTrust,
} from './trust';

/** Where one part of the policy comes from. */
export type PolicySourceSpec =
  | { kind: 'registry'; hive: RegistryHive }
  | { kind: 'managed-preferences'; path: string }
  | { kind: 'drop-in'; folder: string; level: PolicyLevel }
  | { kind: 'file'; path: string };

export interface PolicyReadContext {
  platform: NodeJS.Platform;
  posixTrust: PosixTrust;
  run: CommandRunner;
  /** False only for `--check-policy FILE`, which checks a file's content before rollout. */
  checkTrust: boolean;
  env: Readonly<Record<string, string | undefined>>;
}

/** The bundle id; configuration profiles target this preference domain. */
export const MAC_PREFERENCE_DOMAIN = 'no.pust.desktop';

/** A folder laid out like /etc/pust: policies/managed/, policies/recommended/, policy.json. */
export function folderPolicySources(root: string): PolicySourceSpec[] {
  return [
    { kind: 'drop-in', folder: join(root, 'policies', 'managed'), level: 'mandatory' },
    { kind: 'drop-in', folder: join(root, 'policies', 'recommended'), level: 'recommended' },
    { kind: 'file', path: join(root, 'policy.json') },
  ];
}

/** The sources Pust reads on each platform, highest place first (docs/admin.md). */
export function systemPolicySources(
  platform: NodeJS.Platform,
  env: Readonly<Record<string, string | undefined>>,
  userName: string,
): PolicySourceSpec[] {
  const sources: PolicySourceSpec[] =
    platform === 'win32'
      ? [
          { kind: 'registry', hive: 'HKLM' },
          { kind: 'registry', hive: 'HKCU' },
          {
            kind: 'file',
            path: win32.join(env.ProgramData ?? 'C:\\ProgramData', 'Pust', 'policy.json'),
          },
        ]
      : platform === 'darwin'
        ? [
            {
              kind: 'managed-preferences',
              path: `/Library/Managed Preferences/${MAC_PREFERENCE_DOMAIN}.plist`,
            },
            {
              kind: 'managed-preferences',
              path: `/Library/Managed Preferences/${userName}/${MAC_PREFERENCE_DOMAIN}.plist`,
            },
            { kind: 'file', path: '/Library/Application Support/Pust/policy.json' },
          ]
        : folderPolicySources('/etc/pust');
  // For pilots: one more file, last, under the same owner checks (so it cannot undo a lock).
  if (env.PUST_POLICY_FILE) sources.push({ kind: 'file', path: env.PUST_POLICY_FILE });
  return sources;
}

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}

async function trustProblem(path: string, ctx: PolicyReadContext): Promise<string | null> {
  if (!ctx.checkTrust) return null;
  if (ctx.platform !== 'win32') return posixTrustProblem(path, ctx.posixTrust);
  const targets = [path, win32.dirname(path)];
  const shell = win32.join(
    ctx.env.SystemRoot ?? 'C:\\Windows',
    'System32',
    'WindowsPowerShell',
    'v1.0',
    'powershell.exe',
  );
  const result = await ctx.run(shell, windowsSddlCommand(targets));
  const lines = result.stdout.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (result.code !== 0 || lines.length !== targets.length) {
    return `who may change it could not be checked (${result.stderr.trim() || `exit ${result.code}`})`;
  }
  for (const [index, target] of targets.entries()) {
    const problem = windowsSddlProblem(target, lines[index]!);
    if (problem) return problem;
  }
  return null;
}

async function readFileSource(path: string, ctx: PolicyReadContext): Promise<PolicyLayer> {
  if (!existsSync(path)) return absentLayer('file', path);
  const refusal = await trustProblem(path, ctx);
  if (refusal) return refusedLayer('file', path, `ignored: ${refusal}`);
  try {
    return fileLayer(path, parseAdminPolicy(readFileSync(path, 'utf8'), path));
  } catch (error) {
    return refusedLayer('file', path, `cannot be read (${errorCode(error)})`);
  }
}

async function readDropIns(
  folder: string,
  level: PolicyLevel,
  ctx: PolicyReadContext,
): Promise<PolicyLayer[]> {
  if (!existsSync(folder)) return [absentLayer('drop-in', folder)];
  const folderRefusal = await trustProblem(folder, ctx);
  if (folderRefusal) return [refusedLayer('drop-in', folder, `ignored: ${folderRefusal}`)];
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.json'));
  } catch (error) {
    return [refusedLayer('drop-in', folder, `cannot be read (${errorCode(error)})`)];
  }
  // As in /etc/*.d folders, a later name wins: 90-site.json over 10-base.json.
  names.sort().reverse();
  const layers: PolicyLayer[] = [];
  for (const name of names) {
    const path = join(folder, name);
    if (!statSync(path, { throwIfNoEntry: false })?.isFile()) continue;
    const refusal = await trustProblem(path, ctx);
    if (refusal) {
      layers.push(refusedLayer('drop-in', path, `ignored: ${refusal}`));
      continue;
    }
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      layers.push(refusedLayer('drop-in', path, `cannot be read (${errorCode(error)})`));
      continue;
    }
    const json = parseJsonText(text);
    layers.push(
      json.ok
        ? valuesLayer(
            'drop-in',
            path,
            level,
            parsePolicyValues(json.value, { allowRecommended: false }),
          )
        : refusedLayer('drop-in', path, json.problem),
    );
  }
  return layers.length > 0 ? layers : [absentLayer('drop-in', folder)];
}

async function readManagedPreferences(path: string, ctx: PolicyReadContext): Promise<PolicyLayer> {
  const kind = 'managed-preferences';
  if (!existsSync(path)) return absentLayer(kind, path);
  const refusal = await trustProblem(path, ctx);
  if (refusal) return refusedLayer(kind, path, `ignored: ${refusal}`);
  // A binary or XML plist, as JSON: what `plutil -convert json` prints is what Pust reads.
  const result = await ctx.run('/usr/bin/plutil', ['-convert', 'json', '-o', '-', '--', path]);
  if (result.code !== 0) {
    return refusedLayer(
      kind,
      path,
      `plutil could not read it: ${result.stderr.trim() || `exit ${result.code}`}`,
    );
  }
  const json = parseJsonText(result.stdout);
  if (!json.ok) return refusedLayer(kind, path, json.problem);
  // A profile's own bookkeeping (PayloadUUID, …) is not a setting.
  if (isPlainObject(json.value)) {
    for (const key of Object.keys(json.value))
      if (key.startsWith('Payload')) delete json.value[key];
  }
  return valuesLayer(
    kind,
    path,
    'mandatory',
    parsePolicyValues(json.value, { allowRecommended: true }),
  );
}

async function readRegistry(hive: RegistryHive, ctx: PolicyReadContext): Promise<PolicyLayer[]> {
  const key = REGISTRY_POLICY_KEYS[hive];
  const recommendedKey = `${key}\\${RECOMMENDED_SUBKEY}`;
  const system32 = win32.join(ctx.env.SystemRoot ?? 'C:\\Windows', 'System32');
  // chcp 65001: reg.exe then writes UTF-8, so "Spørsmål?" in a message survives the pipe.
  const result = await ctx.run(
    win32.join(system32, 'cmd.exe'),
    [
      '/d',
      '/s',
      '/c',
      `"chcp 65001 >nul & "${win32.join(system32, 'reg.exe')}" query "${key}" /s"`,
    ],
    { verbatimArguments: true },
  );
  // Exit 1 with nothing printed: the key does not exist (the message is in the OS's language).
  if (result.code === 1 && result.stdout.trim() === '') {
    return [absentLayer('registry', key), absentLayer('registry', recommendedKey)];
  }
  if (result.code !== 0) {
    const reason = `cannot be read: ${result.stderr.trim() || `exit ${result.code}`}`;
    return [refusedLayer('registry', key, reason), absentLayer('registry', recommendedKey)];
  }
  // Windows keys are case-insensitive: "…\recommended" is the same key.
  const keys = new Map(
    [...parseRegQuery(result.stdout)].map(([name, values]) => [name.toLowerCase(), values]),
  );
  const layerFor = (location: string, level: PolicyLevel, extra: SettingsProblem[]) => {
    const values = keys.get(location.toLowerCase());
    if (!values || values.length === 0) return absentLayer('registry', location);
    const problems: SettingsProblem[] = [...extra];
    const settings = registryValuesAsSettings(values, problems);
    const parsed = parsePolicyValues(settings, { allowRecommended: false });
    parsed.problems.unshift(...problems);
    return valuesLayer('registry', location, level, parsed);
  };
  const strayKeys = [...keys.keys()]
    .filter((name) => name !== key.toLowerCase() && name !== recommendedKey.toLowerCase())
    .map((name) => ({ path: name.slice(key.length + 1), message: 'unknown key (not read)' }));
  return [layerFor(key, 'mandatory', strayKeys), layerFor(recommendedKey, 'recommended', [])];
}

async function readSource(spec: PolicySourceSpec, ctx: PolicyReadContext): Promise<PolicyLayer[]> {
  switch (spec.kind) {
    case 'registry':
      return ctx.platform === 'win32' ? readRegistry(spec.hive, ctx) : [];
    case 'managed-preferences':
      return [await readManagedPreferences(spec.path, ctx)];
    case 'drop-in':
      return readDropIns(spec.folder, spec.level, ctx);
    case 'file':
      return [await readFileSource(spec.path, ctx)];
  }
}

/** Reads every source (one at a time, highest place first) and merges them. */
export async function readPolicy(
  specs: readonly PolicySourceSpec[],
  ctx: PolicyReadContext,
  now: Date,
): Promise<PolicyReading> {
  const layers: PolicyLayer[] = [];
  for (const spec of specs) layers.push(...(await readSource(spec, ctx)));
  return mergePolicyLayers(layers, now);
}

/** The folders to watch for changes: each source's own folder, where it exists. */
export function watchedFolders(specs: readonly PolicySourceSpec[]): string[] {
  const folders = specs.flatMap((spec) =>
    spec.kind === 'drop-in'
      ? [spec.folder, dirname(spec.folder)]
      : spec.kind === 'registry'
        ? []
        : [dirname(spec.path)],
  );
  return [...new Set(folders)];
}
