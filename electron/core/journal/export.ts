import { DateTime } from 'luxon';
import { PustError } from '../../contract/errors';
import type { ExportFormat, JournalEntry, JournalExport } from '../../contract/journal';
import { migrateEntry } from './migrations';
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
 * RFC 4180: fields with a comma, quote, CR or LF are quoted and quotes doubled; lines end in CRLF.
 * A field that starts like a formula (= + - @, tab, CR) gets a leading apostrophe so a spreadsheet
 * shows it as text instead of running it (OWASP "CSV injection"). A BOM makes Excel read UTF-8.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
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

/** Markdown that stays readable as plain text; the person's own text is kept as written. */
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
      if (entry.doneToday.trim()) out.push(`### ${labels.doneToday}`, '', entry.doneToday, '');
      if (entry.tomorrowTopThree.length > 0) {
        out.push(`### ${labels.tomorrowTopThree}`, '');
        entry.tomorrowTopThree.forEach((item, index) => out.push(`${index + 1}. ${item}`));
        out.push('');
      }
      if (entry.note.trim()) out.push(`### ${labels.note}`, '', entry.note, '');
    } else if (entry.kind === 'tool-result') {
      out.push(`${labels.tool}: ${entry.toolId}`, '');
      if (entry.summary.trim()) out.push(`### ${labels.summary}`, '', entry.summary, '');
      const answers = Object.entries(entry.answers);
      if (answers.length > 0) {
        out.push(`### ${labels.answers}`, '');
        for (const [question, answer] of answers) out.push(`- ${question}: ${answerText(answer)}`);
        out.push('');
      }
    } else {
      out.push(entry.text, '');
    }
    if (entry.tags.length > 0) out.push(`${labels.tags}: ${entry.tags.join(', ')}`, '');
  }
  return out.join('\n');
}

/**
 * Reads a JSON export of this app. All or nothing: one invalid entry rejects the file, so an
 * import never leaves half a file behind. Entries from older formats are migrated.
 */
export function parseExport(json: string): JournalEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    throw new PustError('invalid-payload', 'The file is not JSON');
  }
  const file = data as Record<string, unknown> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    file.app !== EXPORT_MARKER.app ||
    file.type !== EXPORT_MARKER.type ||
    !Array.isArray(file.entries)
  ) {
    throw new PustError('invalid-payload', 'The file is not a journal exported by Pust');
  }
  if (file.exportVersion !== EXPORT_MARKER.exportVersion) {
    throw new PustError('invalid-payload', `Unknown export version ${String(file.exportVersion)}`);
  }
  return file.entries.map((raw, index) => {
    const migrated = migrateEntry(raw);
    if (!migrated.ok) {
      throw new PustError('invalid-payload', `Entry ${index + 1} is invalid: ${migrated.problem}`);
    }
    return migrated.entry;
  });
}
