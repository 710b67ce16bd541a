import type { Locale } from '../../electron/contract/settings';
import { LEAVES, jsonExample, leafKind, type LeafKind } from './leaf-kind';
import type { PolicyTexts } from './texts';

/**
 * Group Policy templates generated from the settings schema (`npm run policy:templates`): every
 * setting twice, locked (Software\Policies\Pust) and recommended (…\Recommended), as Chrome and
 * Edge do. Value names are the settings' paths, so the registry reads like policy.json.
 */
export const REGISTRY_KEY = 'Software\\Policies\\Pust';
export const RECOMMENDED_KEY = `${REGISTRY_KEY}\\Recommended`;
const NAMESPACE = 'No.Pust.Policies';
const ADMX_XMLNS =
  'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" revision="1.0" schemaVersion="1.0" xmlns="http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"';

export const ADML_LANGUAGES: Readonly<Record<Locale, string>> = {
  nb: 'nb-NO',
  nn: 'nn-NO',
  en: 'en-US',
};

function xml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `workProfile.lunch.at` → `workProfile_lunch_at`; ADMX names allow no dots. */
export const policyName = (path: string, recommended: boolean) =>
  `${path.replace(/[.-]/g, '_')}${recommended ? '_recommended' : ''}`;
const categoryName = (group: string, recommended: boolean) =>
  `cat_${group.replace(/\./g, '_')}${recommended ? '_recommended' : ''}`;
const optionId = (path: string, option: string) =>
  `${path.replace(/[.-]/g, '_')}__${option.replace(/-/g, '_')}`;

function groupOf(path: string): string | null {
  const parts = path.split('.');
  return parts.length > 1 ? parts.slice(0, -1).join('.') : null;
}

export const GROUPS: readonly string[] = [
  ...new Set(
    LEAVES.flatMap((leaf) => {
      const group = groupOf(leaf.path);
      if (!group) return [];
      const parent = groupOf(group);
      return parent ? [parent, group] : [group];
    }),
  ),
];

function elementFor(path: string, kind: LeafKind): string {
  const id = policyName(path, false);
  switch (kind.type) {
    case 'boolean':
      return '';
    case 'integer':
      return `<decimal id="${id}" valueName="${path}" minValue="${kind.min}" maxValue="${kind.max}" />`;
    case 'enum':
      return `<enum id="${id}" valueName="${path}">${kind.options
        .map(
          (option) =>
            `<item displayName="$(string.${optionId(path, option)})"><value><string>${xml(option)}</string></value></item>`,
        )
        .join('')}</enum>`;
    case 'text':
      return `<text id="${id}" valueName="${path}" maxLength="${kind.maxLength}" required="true" />`;
    case 'json':
      return `<text id="${id}" valueName="${path}" maxLength="30000" required="true" />`;
  }
}

/** The category a setting or a group sits in: its group's, or Pust's own at the top. */
function parentCategory(path: string, recommended: boolean): string {
  const group = groupOf(path);
  if (group) return categoryName(group, recommended);
  return recommended ? 'cat_root_recommended' : 'cat_root';
}

function policyXml(path: string, recommended: boolean): string {
  const kind = leafKind(LEAVES.find((leaf) => leaf.path === path)!);
  const name = policyName(path, recommended);
  const parent = parentCategory(path, recommended);
  const head = `<policy name="${name}" class="Both" displayName="$(string.${name})" explainText="$(string.${name}_Explain)" key="${recommended ? RECOMMENDED_KEY : REGISTRY_KEY}"`;
  const common = `<parentCategory ref="${parent}" /><supportedOn ref="SUPPORTED_PUST_0_1" />`;
  if (kind.type === 'boolean') {
    return `    ${head} valueName="${path}">${common}<enabledValue><decimal value="1" /></enabledValue><disabledValue><decimal value="0" /></disabledValue></policy>`;
  }
  return `    ${head} presentation="$(presentation.${policyName(path, false)})">${common}<elements>${elementFor(path, kind)}</elements></policy>`;
}

export function admx(): string {
  const categories = [
    `    <category name="cat_root" displayName="$(string.cat_root)" />`,
    `    <category name="cat_root_recommended" displayName="$(string.cat_root_recommended)" />`,
    ...[false, true].flatMap((recommended) =>
      GROUPS.map(
        (group) =>
          `    <category name="${categoryName(group, recommended)}" displayName="$(string.${categoryName(group, false)})"><parentCategory ref="${parentCategory(group, recommended)}" /></category>`,
      ),
    ),
  ];
  const message = `    <policy name="message" class="Both" displayName="$(string.message)" explainText="$(string.message_Explain)" key="${REGISTRY_KEY}" presentation="$(presentation.message)"><parentCategory ref="cat_root" /><supportedOn ref="SUPPORTED_PUST_0_1" /><elements>${(
    ['nb', 'nn', 'en'] as const
  )
    .map((l) => `<text id="message_${l}" valueName="message.${l}" maxLength="300" />`)
    .join('')}</elements></policy>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated by `npm run policy:templates` from the settings schema. Do not edit. -->',
    `<policyDefinitions ${ADMX_XMLNS}>`,
    '  <policyNamespaces>',
    `    <target prefix="pust" namespace="${NAMESPACE}" />`,
    '  </policyNamespaces>',
    '  <resources minRequiredRevision="1.0" />',
    '  <supportedOn>',
    '    <definitions>',
    '      <definition name="SUPPORTED_PUST_0_1" displayName="$(string.SUPPORTED_PUST_0_1)" />',
    '    </definitions>',
    '  </supportedOn>',
    '  <categories>',
    ...categories,
    '  </categories>',
    '  <policies>',
    message,
    ...[false, true].flatMap((recommended) =>
      LEAVES.map((leaf) => policyXml(leaf.path, recommended)),
    ),
    '  </policies>',
    '</policyDefinitions>',
    '',
  ].join('\n');
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));
}

function explainFor(path: string, recommended: boolean, texts: PolicyTexts): string {
  const kind = leafKind(LEAVES.find((leaf) => leaf.path === path)!);
  const lines = [recommended ? texts.explain.recommended : texts.explain.mandatory];
  if (kind.type === 'boolean') lines.push(texts.explain.boolean);
  if (kind.type === 'integer') lines.push(fill(texts.explain.range, kind));
  if (kind.type === 'text') lines.push(texts.explain[kind.format]);
  if (kind.type === 'json') {
    lines.push(
      kind.nullableInteger
        ? texts.explain.nullable
        : fill(texts.explain.json, { example: jsonExample(path) }),
    );
  }
  const type = kind.type === 'boolean' || kind.type === 'integer' ? 'REG_DWORD' : 'REG_SZ';
  lines.push(
    fill(texts.explain.value, {
      name: path,
      type,
      key: `HKLM\\${recommended ? RECOMMENDED_KEY : REGISTRY_KEY}`,
    }),
  );
  return lines.join('\n\n');
}

function presentationFor(path: string, kind: LeafKind, label: string): string {
  const id = policyName(path, false);
  switch (kind.type) {
    case 'boolean':
      return '';
    case 'integer':
      return `<presentation id="${id}"><decimalTextBox refId="${id}">${xml(label)}</decimalTextBox></presentation>`;
    case 'enum':
      return `<presentation id="${id}"><dropdownList refId="${id}" noSort="true">${xml(label)}</dropdownList></presentation>`;
    case 'text':
    case 'json':
      return `<presentation id="${id}"><textBox refId="${id}"><label>${xml(label)}</label></textBox></presentation>`;
  }
}

export function adml(texts: PolicyTexts): string {
  const strings: Array<[string, string]> = [
    ['SUPPORTED_PUST_0_1', texts.supportedOn],
    ['cat_root', texts.categories.root!],
    ['cat_root_recommended', texts.categories.recommended!],
    ...GROUPS.map((group): [string, string] => [
      categoryName(group, false),
      texts.categories[group]!,
    ]),
    ['message', texts.message.name],
    ['message_Explain', texts.message.explain],
  ];
  const presentations = [
    `<presentation id="message">${(['nb', 'nn', 'en'] as const)
      .map((l) => `<textBox refId="message_${l}"><label>${xml(texts.message[l])}</label></textBox>`)
      .join('')}</presentation>`,
  ];
  for (const leaf of LEAVES) {
    const kind = leafKind(leaf);
    const label = texts.settings[leaf.path]!;
    for (const recommended of [false, true]) {
      const name = policyName(leaf.path, recommended);
      strings.push([name, label], [`${name}_Explain`, explainFor(leaf.path, recommended, texts)]);
    }
    if (kind.type === 'enum') {
      for (const option of kind.options) {
        strings.push([optionId(leaf.path, option), texts.options[`${leaf.path}.${option}`]!]);
      }
    }
    const presentation = presentationFor(leaf.path, kind, label);
    if (presentation) presentations.push(presentation);
  }
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated by `npm run policy:templates` from the settings schema. Do not edit. -->',
    `<policyDefinitionResources ${ADMX_XMLNS}>`,
    `  <displayName>${xml(texts.displayName)}</displayName>`,
    `  <description>${xml(texts.description)}</description>`,
    '  <resources>',
    '    <stringTable>',
    ...strings.map(([id, text]) => `      <string id="${id}">${xml(text)}</string>`),
    '    </stringTable>',
    '    <presentationTable>',
    ...presentations.map((p) => `      ${p}`),
    '    </presentationTable>',
    '  </resources>',
    '</policyDefinitionResources>',
    '',
  ].join('\n');
}
