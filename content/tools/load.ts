/**
 * Loads a tool's content file for a locale, checked against the schema once and then cached. The
 * files are imported statically so the renderer's bundle carries them too.
 */
import {
  ToolContentSchema,
  type Item,
  type Section,
  type ToolContent,
  type ToolId,
  type ToolLocale,
} from './schema';

import enArbeidsmiljo from './en/arbeidsmiljo.json' with { type: 'json' };
import enDigitaleMoter from './en/digitale-moter.json' with { type: 'json' };
import enEgenomsorg from './en/egenomsorg.json' with { type: 'json' };
import enLesMer from './en/les-mer.json' with { type: 'json' };
import enLyttesamtale from './en/lyttesamtale.json' with { type: 'json' };
import enSelvledelse from './en/selvledelse.json' with { type: 'json' };
import nbArbeidsmiljo from './nb/arbeidsmiljo.json' with { type: 'json' };
import nbDigitaleMoter from './nb/digitale-moter.json' with { type: 'json' };
import nbEgenomsorg from './nb/egenomsorg.json' with { type: 'json' };
import nbLesMer from './nb/les-mer.json' with { type: 'json' };
import nbLyttesamtale from './nb/lyttesamtale.json' with { type: 'json' };
import nbSelvledelse from './nb/selvledelse.json' with { type: 'json' };
import nnArbeidsmiljo from './nn/arbeidsmiljo.json' with { type: 'json' };
import nnDigitaleMoter from './nn/digitale-moter.json' with { type: 'json' };
import nnEgenomsorg from './nn/egenomsorg.json' with { type: 'json' };
import nnLesMer from './nn/les-mer.json' with { type: 'json' };
import nnLyttesamtale from './nn/lyttesamtale.json' with { type: 'json' };
import nnSelvledelse from './nn/selvledelse.json' with { type: 'json' };

/** The raw files, by locale and tool. Static imports so the renderer's bundle carries them too. */
export const RAW_TOOL_CONTENT: Readonly<Record<ToolLocale, Readonly<Record<ToolId, unknown>>>> = {
  nb: {
    egenomsorg: nbEgenomsorg,
    selvledelse: nbSelvledelse,
    lyttesamtale: nbLyttesamtale,
    'digitale-moter': nbDigitaleMoter,
    arbeidsmiljo: nbArbeidsmiljo,
    'les-mer': nbLesMer,
  },
  nn: {
    egenomsorg: nnEgenomsorg,
    selvledelse: nnSelvledelse,
    lyttesamtale: nnLyttesamtale,
    'digitale-moter': nnDigitaleMoter,
    arbeidsmiljo: nnArbeidsmiljo,
    'les-mer': nnLesMer,
  },
  en: {
    egenomsorg: enEgenomsorg,
    selvledelse: enSelvledelse,
    lyttesamtale: enLyttesamtale,
    'digitale-moter': enDigitaleMoter,
    arbeidsmiljo: enArbeidsmiljo,
    'les-mer': enLesMer,
  },
};

const cache = new Map<string, ToolContent>();

/** Parses (once) and returns a tool's content; throws a ZodError if the file breaks the schema. */
export function loadToolContent(locale: ToolLocale, toolId: ToolId): ToolContent {
  const key = `${locale}/${toolId}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const parsed = ToolContentSchema.parse(RAW_TOOL_CONTENT[locale][toolId]);
  if (parsed.id !== toolId) throw new Error(`${key}.json has id "${parsed.id}"`);
  cache.set(key, parsed);
  return parsed;
}

/** Every item of a tool in reading order, each with its section (for ids, summaries and tests). */
export function itemsOf(tool: ToolContent): { section: Section; item: Item }[] {
  return tool.sections.flatMap((section) => section.items.map((item) => ({ section, item })));
}
