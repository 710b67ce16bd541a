/**
 * JSON as IT's tools write it. Windows PowerShell 5.1's `Set-Content -Encoding UTF8` (what Intune
 * runs) and Notepad's "UTF-8 with BOM" start the file with a byte-order mark, which neither Node's
 * 'utf8' decoding nor JSON.parse removes; without this the whole policy would be "not valid JSON".
 */
export function stripByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type JsonText = { ok: true; value: unknown } | { ok: false; problem: string };

export function parseJsonText(text: string): JsonText {
  try {
    return { ok: true, value: JSON.parse(stripByteOrderMark(text)) };
  } catch (error) {
    return {
      ok: false,
      problem: `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
