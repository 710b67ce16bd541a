import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SETTING_LEAVES } from '../../../electron/contract/policy';
import { generatedPolicyFiles } from '../../../scripts/policy/generated-files';

const read = (path: string) => readFileSync(path, 'utf8');
const ADMX = 'docs/examples/windows/pust.admx';
const ADMLS = ['nb-NO', 'nn-NO', 'en-US'].map((l) => `docs/examples/windows/${l}/pust.adml`);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

type Node = Record<string, unknown>;
const list = (value: unknown): Node[] =>
  value === undefined ? [] : Array.isArray(value) ? (value as Node[]) : [value as Node];

describe('the policy templates and schemas (npm run policy:templates)', () => {
  it('are what the settings schema gives today (run npm run policy:templates after a change)', async () => {
    const files = await generatedPolicyFiles(process.cwd());
    const stale = [...files].filter(([path, content]) => read(path) !== content).map(([p]) => p);
    expect(stale).toEqual([]);
  }, 60_000);

  it('parse as XML', () => {
    for (const path of [ADMX, ...ADMLS]) expect(XMLValidator.validate(read(path)), path).toBe(true);
  });

  it('offer every lockable setting, locked and recommended, under its path as the value name', () => {
    const admx = parser.parse(read(ADMX)) as Node;
    const policies = list(
      (admx.policyDefinitions as Node).policies &&
        ((admx.policyDefinitions as Node).policies as Node).policy,
    );
    const valueNames = (key: string) =>
      new Set(
        policies
          .filter((policy) => policy.key === key)
          .flatMap((policy) => {
            if (policy.valueName) return [policy.valueName as string];
            const elements = (policy.elements ?? {}) as Record<string, unknown>;
            return Object.values(elements).flatMap((e) =>
              list(e).map((n) => n.valueName as string),
            );
          }),
      );
    const paths = SETTING_LEAVES.map((leaf) => leaf.path);
    expect(paths.length).toBeGreaterThan(30);
    const locked = valueNames('Software\\Policies\\Pust');
    const recommended = valueNames('Software\\Policies\\Pust\\Recommended');
    expect(paths.filter((path) => !locked.has(path))).toEqual([]);
    expect(paths.filter((path) => !recommended.has(path))).toEqual([]);
    expect([...locked].filter((name) => !paths.includes(name))).toEqual([
      'message.nb',
      'message.nn',
      'message.en',
    ]);
  });

  it('name only strings and presentations that every language has', () => {
    const admx = read(ADMX);
    const strings = [...admx.matchAll(/\$\(string\.([^)]+)\)/g)].map((m) => m[1]!);
    const presentations = [...admx.matchAll(/\$\(presentation\.([^)]+)\)/g)].map((m) => m[1]!);
    for (const path of ADMLS) {
      const adml = parser.parse(read(path)) as Node;
      const resources = (adml.policyDefinitionResources as Node).resources as Node;
      const ids = new Set(list((resources.stringTable as Node).string).map((s) => s.id as string));
      const shown = new Set(
        list((resources.presentationTable as Node).presentation).map((p) => p.id as string),
      );
      expect(
        strings.filter((id) => !ids.has(id)),
        path,
      ).toEqual([]);
      expect(
        presentations.filter((id) => !shown.has(id)),
        path,
      ).toEqual([]);
    }
  });

  it('publish a JSON Schema for policy.json that the example refers to', () => {
    const example = JSON.parse(read('docs/examples/policy.json')) as { $schema: string };
    expect(example.$schema).toBe('./policy.schema.json');
    const schema = JSON.parse(read('docs/examples/policy.schema.json')) as Node;
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      title: 'Pust admin policy (policy.json)',
      additionalProperties: false,
    });
  });
});
