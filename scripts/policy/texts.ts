import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locale } from '../../electron/contract/settings';

/** The Group Policy texts per language (content/policy/<locale>.json). */
export interface PolicyTexts {
  displayName: string;
  description: string;
  supportedOn: string;
  categories: Record<string, string>;
  explain: Record<
    | 'mandatory'
    | 'recommended'
    | 'boolean'
    | 'value'
    | 'json'
    | 'nullable'
    | 'range'
    | 'time'
    | 'monthDay',
    string
  >;
  message: Record<'name' | 'explain' | Locale, string>;
  settings: Record<string, string>;
  options: Record<string, string>;
}

export function policyTexts(root: string, locale: Locale): PolicyTexts {
  return JSON.parse(
    readFileSync(join(root, 'content', 'policy', `${locale}.json`), 'utf8'),
  ) as PolicyTexts;
}
