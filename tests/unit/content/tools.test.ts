import { existsSync, readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  DFO_SOURCE,
  TOOL_IDS,
  TOOL_LOCALES,
  ToolAnswersSchema,
  ToolContentSchema,
  isAllowedLink,
  subIds,
  type Item,
  type ToolContent,
  type ToolId,
  type ToolLocale,
} from '../../../content/tools/schema';
import { itemsOf, loadToolContent, RAW_TOOL_CONTENT } from '../../../content/tools/load';
import { summariseAnswers } from '../../../content/tools/summary';
import {
  fingerprint,
  GUIDANCE_PATH,
  SHINGLE,
  storedFingerprint,
} from '../../support/guidance-fingerprint';

const load = (locale: ToolLocale, toolId: ToolId): ToolContent => loadToolContent(locale, toolId);

const NOT_PROSE = new Set(['id', 'kind', 'url', 'select', 'area']);

/** Every string a person reads in a tool, with a path for the failure message. */
function textsOf(value: unknown, at = ''): { at: string; text: string }[] {
  if (typeof value === 'string') return [{ at, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => textsOf(v, `${at}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) => {
      // ids, kinds and urls are not prose; the tool's fixed source object is checked on its own
      if (NOT_PROSE.has(key) || (key === 'source' && typeof v !== 'string')) return [];
      return textsOf(v, `${at}.${key}`);
    });
  }
  return [];
}

/**
 * The tool with every text replaced by a placeholder: what must be identical in every locale
 * (ids, kinds, flags, numbers, urls, which optional texts exist).
 */
function skeleton(value: unknown, key = ''): unknown {
  if (typeof value === 'string') {
    return NOT_PROSE.has(key) ? value : '<text>';
  }
  if (Array.isArray(value)) return value.map((v) => skeleton(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v, k)]));
  }
  return value;
}

describe('tool content', () => {
  describe.each(TOOL_LOCALES)('%s', (locale) => {
    it.each(TOOL_IDS)('%s parses with the schema and has its own id', (toolId) => {
      const result = ToolContentSchema.safeParse(RAW_TOOL_CONTENT[locale][toolId]);
      expect(result.success, result.success ? '' : result.error.message).toBe(true);
      expect(load(locale, toolId).id).toBe(toolId);
    });
  });

  it.each(TOOL_IDS)('%s has the same ids, kinds and structure in nb, nn and en', (toolId) => {
    const nb = skeleton(RAW_TOOL_CONTENT.nb[toolId]);
    expect(skeleton(RAW_TOOL_CONTENT.nn[toolId])).toEqual(nb);
    expect(skeleton(RAW_TOOL_CONTENT.en[toolId])).toEqual(nb);
  });

  it.each(TOOL_IDS)('%s has unique ids', (toolId) => {
    const tool = load('nb', toolId);
    const ids = [...tool.sections.map((s) => s.id), ...itemsOf(tool).map(({ item }) => item.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const { item } of itemsOf(tool)) {
      const inner = subIds(item);
      expect(new Set(inner).size, item.id).toBe(inner.length);
    }
  });

  it('rejects a duplicate id', () => {
    const tool = structuredClone(RAW_TOOL_CONTENT.nb.egenomsorg) as ToolContent;
    const first = tool.sections[0]!;
    first.items.push({ ...first.items[0]! });
    expect(ToolContentSchema.safeParse(tool).success).toBe(false);
  });

  it.each(TOOL_LOCALES)('%s: no text is empty or only whitespace', (locale) => {
    for (const toolId of TOOL_IDS) {
      for (const { at, text } of textsOf(RAW_TOOL_CONTENT[locale][toolId])) {
        expect(text.trim(), `${locale}/${toolId}${at}`).not.toBe('');
        expect(text, `${locale}/${toolId}${at} has untrimmed spaces`).toBe(text.trim());
      }
    }
  });

  it.each(TOOL_IDS)('%s cites DFØ: Fjernledelse in every locale', (toolId) => {
    for (const locale of TOOL_LOCALES) {
      expect(load(locale, toolId).source).toEqual(DFO_SOURCE);
    }
  });

  it("links go only to https links on DFØ's own hosts", () => {
    const urls: string[] = [];
    for (const locale of TOOL_LOCALES) {
      for (const toolId of TOOL_IDS) {
        const tool = load(locale, toolId);
        urls.push(tool.source.url);
        for (const { item } of itemsOf(tool)) if (item.kind === 'link') urls.push(item.url);
        // no URL hides in prose either
        for (const { text } of textsOf(RAW_TOOL_CONTENT[locale][toolId])) {
          urls.push(...(text.match(/https?:\/\/[^\s)»"]+/g) ?? []));
        }
      }
    }
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(isAllowedLink(url), url).toBe(true);
    expect(isAllowedLink('https://dfo.no.evil.example/x')).toBe(false);
    expect(isAllowedLink('http://dfo.no/')).toBe(false);
  });

  it('the learn-more page links the guidance, the webinar and the e-learning', () => {
    const links = itemsOf(load('nb', 'les-mer'))
      .map(({ item }) => item)
      .filter((item): item is Extract<Item, { kind: 'link' }> => item.kind === 'link');
    expect(links.map((l) => l.id)).toEqual(['veiledningen', 'webinar', 'e-laering']);
    expect(links[0]?.url).toBe(DFO_SOURCE.url);
  });

  it('the self-care check asks for one to three actions', () => {
    const actions = itemsOf(load('nb', 'egenomsorg')).find(({ item }) => item.kind === 'actions');
    expect(actions?.item).toMatchObject({ min: 1, max: 3 });
  });

  it('self-leadership rates the six abilities', () => {
    const tool = load('nb', 'selvledelse');
    const abilities = tool.sections.find((s) => s.id === 'seks-ferdigheter')?.items ?? [];
    expect(abilities.filter((i) => i.kind === 'scale')).toHaveLength(6);
  });

  it('reminder texts keep their placeholders in every locale', () => {
    for (const locale of TOOL_LOCALES) {
      for (const toolId of TOOL_IDS) {
        for (const { item } of itemsOf(load(locale, toolId))) {
          if (item.kind !== 'reminder') continue;
          expect(item.text, `${locale}/${toolId}/${item.id}`).toContain('{name}');
          expect(item.text, `${locale}/${toolId}/${item.id}`).toContain('{weeks}');
        }
      }
    }
  });

  it('research is cited in explanations', () => {
    const sources = TOOL_IDS.flatMap((toolId) =>
      itemsOf(load('nb', toolId)).flatMap(({ item }) =>
        item.kind === 'explanation' && item.source ? [item.source] : [],
      ),
    ).join(' | ');
    for (const name of ['Albulescu', 'Koch og Binnewies', 'Deci og Ryan']) {
      expect(sources).toContain(name);
    }
  });

  it(`no nb or nn text shares ${SHINGLE} consecutive words with the guidance`, () => {
    const seed = storedFingerprint();
    // Where the guidance is beside the clone (as in CI), the stored fingerprint must be its own.
    if (existsSync(GUIDANCE_PATH)) {
      expect([...seed].sort()).toEqual(
        [...fingerprint(readFileSync(GUIDANCE_PATH, 'utf8'))].sort(),
      );
    }
    expect(seed.size).toBeGreaterThan(100);
    // the check itself must catch a copied line of the guidance
    expect(
      [...fingerprint('Husk: ha tett og løpende dialog med de ansatte!')].some((s) => seed.has(s)),
    ).toBe(true);
    for (const locale of ['nb', 'nn'] as const) {
      for (const toolId of TOOL_IDS) {
        for (const { at, text } of textsOf(RAW_TOOL_CONTENT[locale][toolId])) {
          const copied = [...fingerprint(text)].filter((s) => seed.has(s));
          expect(copied, `${locale}/${toolId}${at}`).toEqual([]);
        }
      }
    }
  });
  // Nynorsk and English are checked with the rest of the content in language.test.ts.
});

describe('summariseAnswers', () => {
  it('averages scales per section, names choices and leaves private notes out', () => {
    const tool = loadToolContent('nn', 'egenomsorg');
    const answers = ToolAnswersSchema.parse({
      toolId: 'egenomsorg',
      answers: {
        sovn: 2,
        mat: 4,
        pauser: 3,
        tegn: ['irritert'],
        tiltak: { chosen: ['tur-i-dagslys'], custom: 'Rydde pulten' },
        'hvem-og-nar': 'Kari, fredag',
      },
    }).answers;
    const summary = summariseAnswers(tool, answers);
    expect(summary.find((s) => s.sectionId === 'kropp')?.average).toBe(3);
    expect(summary.find((s) => s.sectionId === 'tidlige-tegn')?.picked).toEqual([
      'Eg blir fort irritert',
    ]);
    expect(summary.find((s) => s.sectionId === 'denne-uka')?.picked).toEqual([
      'Gå ein tur i dagslys',
      'Rydde pulten',
    ]);
    expect(JSON.stringify(summary)).not.toContain('Kari');
  });

  it('counts ticked checklist lines', () => {
    const tool = loadToolContent('en', 'digitale-moter');
    const summary = summariseAnswers(tool, { formal: true, agenda: true, referat: false });
    expect(summary.find((s) => s.sectionId === 'planlegg')?.checked).toEqual({ done: 2, total: 6 });
  });

  it('rejects a scale answer outside 1–5', () => {
    expect(ToolAnswersSchema.safeParse({ toolId: 'arbeidsmiljo', answers: { x: 6 } }).success).toBe(
      false,
    );
  });
});
