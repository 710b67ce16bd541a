import { DateTime } from 'luxon';
import { labelled, readableResult, type ResultAnswer } from '../../../content/tools/result';
import type { ExportFormat, JournalEntry, JournalExport } from '../../contract/journal';
import { DEFAULT_EXPORT_LABELS, type ExportLabels } from './export-labels';
import { plainInline, plainText } from './markdown-text';

export { DEFAULT_EXPORT_LABELS, type ExportLabels } from './export-labels';

/** The marker that tells an export of this app apart from any other JSON file. */
export const EXPORT_MARKER = { app: 'pust', type: 'journal-export', exportVersion: 1 } as const;

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
 * Markdown that stays readable as plain text. The person's own text is escaped, so no HTML, link,
 * image or heading in it comes alive in a Markdown viewer, and only Pust writes headings.
 */
function toMarkdown(entries: readonly JournalEntry[], labels: ExportLabels): string {
  const out: string[] = [`# ${labels.title}`, ''];
  for (const entry of entries) {
    const heading =
      entry.kind === 'tool-result'
        ? readableResult(labels.locale, entry.toolId, {}, { includePrivate: true }).title
        : labels.kinds[entry.kind];
    out.push(`## ${when(entry.createdAt)} – ${plainInline(heading)}`, '');
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
      out.push(...toolResultMarkdown(entry, labels));
    } else {
      out.push(plainText(entry.text), '');
    }
    if (entry.tags.length > 0) {
      out.push(`${labels.tags}: ${entry.tags.map(plainInline).join(', ')}`, '');
    }
  }
  return out.join('\n');
}

/**
 * A tool result as the person saw it: each section under its title, the average with what it
 * suggests, and every answer under its own question, private notes included (the export is the
 * person's own copy). The summary saved with the entry is written only for a tool Pust no longer
 * knows, beside its raw answers, so nothing is lost.
 */
function toolResultMarkdown(
  entry: Extract<JournalEntry, { kind: 'tool-result' }>,
  labels: ExportLabels,
): string[] {
  const result = readableResult(labels.locale, entry.toolId, entry.answers, {
    includePrivate: true,
  });
  const out: string[] = [];
  const answer = (line: ResultAnswer) => {
    const label = plainInline(labelled(line.label));
    const [only, ...more] = line.values;
    if (only !== undefined && more.length === 0 && !/[\r\n]/.test(only)) {
      out.push(`- ${label} ${plainInline(only)}`);
    } else if (line.written) {
      // Written text keeps its lines: each under the question, with a hard break between them.
      out.push(`- ${label}`);
      const lines = line.values
        .join('\n')
        .split(/\r\n|\r|\n/)
        .map((text) => plainText(text));
      lines.forEach((text, index) => out.push(`  ${text}${index < lines.length - 1 ? '\\' : ''}`));
    } else {
      out.push(`- ${label}`);
      for (const value of line.values) out.push(`  - ${plainInline(value)}`);
    }
  };
  for (const section of result.sections) {
    out.push(`### ${plainInline(section.title)}`, '');
    if (section.score) {
      out.push(plainInline(`${section.score.text}. ${section.score.reading}`), '');
    }
    section.answers.forEach(answer);
    if (section.answers.length > 0) out.push('');
  }
  if (!result.known && entry.summary.trim()) {
    out.push(`### ${labels.summary}`, '', plainText(entry.summary), '');
  }
  if (result.other.length > 0) {
    out.push(`### ${labels.answers}`, '');
    result.other.forEach(answer);
    out.push('');
  }
  return out;
}
