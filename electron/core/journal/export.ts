import { DateTime } from 'luxon';
import type { ExportFormat, JournalEntry, JournalExport } from '../../contract/journal';
import { answerText } from './answer-text';

/** The marker that tells an export of this app apart from any other JSON file. */
export const EXPORT_MARKER = { app: 'pust', type: 'journal-export', exportVersion: 1 } as const;

/**
 * Headings and labels in Markdown and CSV exports. The lead passes the person's language from
 * content/; the bokmål default keeps core usable on its own (tests, CLI).
 */
export interface ExportLabels {
  title: string;
  kinds: Record<JournalEntry['kind'], string>;
  energy: string;
  mood: string;
  stress: string;
  doneToday: string;
  tomorrowTopThree: string;
  note: string;
  tool: string;
  answers: string;
  summary: string;
  tags: string;
  edited: string;
}

export const DEFAULT_EXPORT_LABELS: ExportLabels = {
  title: 'Pust – dagbok',
  kinds: { 'check-in': 'Dagsavslutning', 'tool-result': 'Verktøy', note: 'Notat' },
  energy: 'Energi',
  mood: 'Humør',
  stress: 'Stress',
  doneToday: 'Gjort i dag',
  tomorrowTopThree: 'Tre viktigste i morgen',
  note: 'Notat',
  tool: 'Verktøy',
  answers: 'Svar',
  summary: 'Oppsummering',
  tags: 'Stikkord',
  edited: 'Endret',
};

/** Entries are given oldest first; exports read as a diary, from the start. */
export function exportEntries(
  entries: readonly JournalEntry[],
  format: ExportFormat,
  exportedAt: string,
  labels: ExportLabels = DEFAULT_EXPORT_LABELS,
): JournalExport {
  const day = exportedAt.slice(0, 10);
  switch (format) {
    case 'json':
      return {
        format,
        fileName: `pust-dagbok-${day}.json`,
        mimeType: 'application/json',
        content: `${JSON.stringify({ ...EXPORT_MARKER, exportedAt, entries }, null, 2)}\n`,
        count: entries.length,
      };
    case 'csv':
      return {
        format,
        fileName: `pust-dagbok-${day}.csv`,
        mimeType: 'text/csv',
        content: toCsv(entries),
        count: entries.length,
      };
    case 'md':
      return {
        format,
        fileName: `pust-dagbok-${day}.md`,
        mimeType: 'text/markdown',
        content: toMarkdown(entries, labels),
        count: entries.length,
      };
  }
}

const CSV_COLUMNS = [
  'id',
  'kind',
  'createdAt',
  'editedAt',
  'timeZone',
  'tags',
  'energy',
  'mood',
  'stress',
  'doneToday',
  'tomorrowTopThree',
  'note',
  'toolId',
  'answers',
  'summary',
] as const;

/**
 * Where a spreadsheet may start a cell inside a field: at its start, or after any separator a
 * person may open the file with (`,`, `;` — the default for Norwegian spreadsheets — or tab) or a
 * line break, with any spaces or quotes in between (spreadsheets skip them). A cell that starts
 * with = + - or @ is run as a formula (OWASP "CSV injection").
 */
const FORMULA_START = /(^|[,;\t\r\n])([\s"]*)(?=[=+\-@])/g;

/**
 * RFC 4180 with lines in CRLF, made safe whatever separator the file is opened with: every text
 * field is quoted (quotes doubled), and an apostrophe goes before each = + - @ that could start a
 * cell, so a spreadsheet shows it as text instead of running it. Numbers are written as they are.
 * A BOM makes Excel read UTF-8.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = value.replace(FORMULA_START, "$1$2'");
  return `"${text.replace(/"/g, '""')}"`;
}

function toCsv(entries: readonly JournalEntry[]): string {
  const rows = entries.map((entry) => {
    const row: Record<(typeof CSV_COLUMNS)[number], string | number | null> = {
      id: entry.id,
      kind: entry.kind,
      createdAt: entry.createdAt,
      editedAt: entry.editedAt,
      timeZone: entry.timeZone,
      tags: entry.tags.join('; '),
      energy: null,
      mood: null,
      stress: null,
      doneToday: null,
      tomorrowTopThree: null,
      note: null,
      toolId: null,
      answers: null,
      summary: null,
    };
    if (entry.kind === 'check-in') {
      Object.assign(row, {
        energy: entry.energy,
        mood: entry.mood,
        stress: entry.stress,
        doneToday: entry.doneToday,
        tomorrowTopThree: entry.tomorrowTopThree.join(' | '),
        note: entry.note,
      });
    } else if (entry.kind === 'tool-result') {
      Object.assign(row, {
        toolId: entry.toolId,
        answers: JSON.stringify(entry.answers),
        summary: entry.summary,
      });
    } else {
      row.note = entry.text;
    }
    return CSV_COLUMNS.map((column) => csvField(row[column])).join(',');
  });
  return `\uFEFF${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

function when(iso: string): string {
  const time = DateTime.fromISO(iso, { setZone: true });
  return time.isValid ? time.toFormat('yyyy-MM-dd HH:mm') : iso;
}

/**
 * Characters Markdown or HTML could read as markup anywhere in a line: tags and comments (`<`),
 * entities (`&`), links and images (`[`), code, emphasis, tables and strike-through. A backslash
 * before any ASCII punctuation shows it as itself (CommonMark §2.4).
 */
const INLINE_MARKUP = /[\\`*_[\]<>&|~]/g;
/**
 * What makes a line a block of its own when it starts one: headings (`#`, and a `=`/`-` line that
 * turns the line above into one), lists (`-`, `+`, `1.`, `1)`) and quotes (`>`, already escaped).
 */
const LINE_START_MARKUP = /^([ \t]*)([#=+-]|\d{1,9}(?=[.)]))/;

/** One line of the person's text, with nothing in it Markdown would read as markup. */
function plainLine(line: string): string {
  return line
    .replace(INLINE_MARKUP, '\\$&')
    .replace(LINE_START_MARKUP, (_all, space: string, mark: string) =>
      /\d/.test(mark) ? `${space}${mark}\\` : `${space}\\${mark}`,
    );
}

/** The person's text as Markdown paragraphs: line breaks kept, markup shown as typed. */
function plainText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(plainLine)
    .join('\n');
}

/** A short text inside a line Pust writes (a list item, the tags): on one line. */
function plainInline(text: string): string {
  return plainLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * Markdown that stays readable as plain text. The person's own text is escaped, so no HTML, link,
 * image or heading in it comes alive in a Markdown viewer, and only Pust writes headings.
 */
function toMarkdown(entries: readonly JournalEntry[], labels: ExportLabels): string {
  const out: string[] = [`# ${labels.title}`, ''];
  for (const entry of entries) {
    out.push(`## ${when(entry.createdAt)} – ${labels.kinds[entry.kind]}`, '');
    if (entry.editedAt !== entry.createdAt)
      out.push(`_${labels.edited} ${when(entry.editedAt)}_`, '');
    if (entry.kind === 'check-in') {
      out.push(
        `- ${labels.energy}: ${entry.energy}/5`,
        `- ${labels.mood}: ${entry.mood}/5`,
        `- ${labels.stress}: ${entry.stress}/5`,
        '',
      );
      if (entry.doneToday.trim()) {
        out.push(`### ${labels.doneToday}`, '', plainText(entry.doneToday), '');
      }
      if (entry.tomorrowTopThree.length > 0) {
        out.push(`### ${labels.tomorrowTopThree}`, '');
        entry.tomorrowTopThree.forEach((item, index) =>
          out.push(`${index + 1}. ${plainInline(item)}`),
        );
        out.push('');
      }
      if (entry.note.trim()) out.push(`### ${labels.note}`, '', plainText(entry.note), '');
    } else if (entry.kind === 'tool-result') {
      out.push(`${labels.tool}: ${plainInline(entry.toolId)}`, '');
      if (entry.summary.trim()) {
        out.push(`### ${labels.summary}`, '', plainText(entry.summary), '');
      }
      const answers = Object.entries(entry.answers);
      if (answers.length > 0) {
        out.push(`### ${labels.answers}`, '');
        for (const [question, answer] of answers) {
          out.push(`- ${plainInline(question)}: ${plainInline(answerText(answer))}`);
        }
        out.push('');
      }
    } else {
      out.push(plainText(entry.text), '');
    }
    if (entry.tags.length > 0) {
      out.push(`${labels.tags}: ${entry.tags.map(plainInline).join(', ')}`, '');
    }
  }
  return out.join('\n');
}
