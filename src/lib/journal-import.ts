/**
 * Splits the text of a Pust JSON export into smaller exports of the same form, each well under
 * the contract's per-request payload budget (1 MB, counted as two bytes per character), so a
 * year's journal can be imported through the same validated `journal.import` channel. Core still
 * validates every part; text that is not an export object is passed on whole for core to refuse.
 */
export const IMPORT_PART_CHARS = 400_000;

export function splitExport(text: string, maxChars = IMPORT_PART_CHARS): string[] {
  if (text.length <= maxChars) return [text];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [text];
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [text];
  const { entries, ...envelope } = parsed as Record<string, unknown>;
  if (!Array.isArray(entries)) return [text];
  const overhead = JSON.stringify({ ...envelope, entries: [] }).length;
  const parts: string[] = [];
  let current: string[] = [];
  let size = overhead;
  const flush = () => {
    if (current.length === 0) return;
    const head = JSON.stringify({ ...envelope, entries: [] }).slice(0, -2);
    parts.push(`${head}${current.join(',')}]}`);
    current = [];
    size = overhead;
  };
  for (const entry of entries) {
    const json = JSON.stringify(entry);
    if (current.length > 0 && size + json.length + 1 > maxChars) flush();
    current.push(json);
    size += json.length + 1;
  }
  flush();
  return parts.length > 0 ? parts : [text];
}
