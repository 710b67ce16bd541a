import { translate, type MessageLocale } from '../../../content/messages';
import type { JournalEntry } from '../../contract/journal';

/** Headings and labels of the Markdown and CSV exports, in the person's language. */
export interface ExportLabels {
  /** The language the export is written in: tool results are read back in it. */
  locale: MessageLocale;
  title: string;
  kinds: Record<JournalEntry['kind'], string>;
  energy: string;
  mood: string;
  stress: string;
  doneToday: string;
  tomorrowTopThree: string;
  note: string;
  answers: string;
  summary: string;
  tags: string;
  edited: string;
}

/** The labels from content/locales/<locale>/journal.json, so the export speaks as the app does. */
export function exportLabels(locale: MessageLocale): ExportLabels {
  const t = (key: Parameters<typeof translate>[1]) => translate(locale, key);
  return {
    locale,
    title: t('journal.markdown.title'),
    kinds: {
      'check-in': t('journal.kinds.check-in'),
      'tool-result': t('journal.kinds.tool-result'),
      note: t('journal.kinds.note'),
    },
    energy: t('journal.entry.energy'),
    mood: t('journal.entry.mood'),
    stress: t('journal.entry.stress'),
    doneToday: t('journal.entry.doneToday'),
    tomorrowTopThree: t('journal.entry.topThree'),
    note: t('journal.entry.note'),
    answers: t('journal.markdown.answers'),
    summary: t('journal.markdown.summary'),
    tags: t('journal.markdown.tags'),
    edited: t('journal.markdown.edited'),
  };
}

/** Bokmål, Pust's default language: what core writes when no language is given (tests, CLI). */
export const DEFAULT_EXPORT_LABELS: ExportLabels = exportLabels('nb');
