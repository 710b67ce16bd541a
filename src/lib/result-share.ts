/**
 * Copying a tool result as text and printing it, for the result views (the Tools page and the
 * journal). Printing shows only the result: the print sheet is a direct child of <body>, and the
 * print stylesheet (ResultShare.svelte) hides every other child while one is there.
 */
import { getPust } from './api';

/**
 * Puts text on the clipboard. The async Clipboard API first; where it is refused (Electron denies
 * every permission request, the clipboard's included), the older copy command on a hidden text
 * field, which needs no permission inside a click.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = document.createElement('textarea');
    field.value = text;
    field.setAttribute('readonly', '');
    field.style.position = 'fixed';
    field.style.opacity = '0';
    document.body.append(field);
    const active = document.activeElement;
    field.select();
    try {
      return document.execCommand('copy');
    } finally {
      field.remove();
      if (active instanceof HTMLElement) active.focus();
    }
  }
}

/** "Egenomsorg en rask sjekk 2026-05-01.pdf": the tool's title and the day, safe as a file name. */
export function pdfFileName(title: string, day: string): string {
  const name = title
    .replace(/[^\p{L}\p{N} ._-]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${name || 'Pust'} ${day}.pdf`;
}

export type PrintOutcome =
  | { kind: 'saved'; path: string }
  | { kind: 'cancelled' }
  | { kind: 'printed' }
  | { kind: 'failed' };

/**
 * Prints the print sheet that is on the page now: Electron saves it as a PDF (main's printToPDF,
 * with a save dialog); a browser opens its own print dialog, where "Save as PDF" is one choice.
 */
export async function printSheet(fileName: string): Promise<PrintOutcome> {
  const result = await getPust()?.print.savePdf({ fileName });
  if (!result?.ok) return { kind: 'failed' };
  switch (result.value.outcome) {
    case 'saved':
      return { kind: 'saved', path: result.value.path };
    case 'cancelled':
      return { kind: 'cancelled' };
    case 'browser-print':
      window.print();
      return { kind: 'printed' };
  }
}

/** Moves an element to the end of <body>, where the print stylesheet looks for the sheet. */
export function toBody(node: HTMLElement): { destroy(): void } {
  document.body.append(node);
  return { destroy: () => node.remove() };
}

let releasePrevious: (() => void) | null = null;

/** One print sheet at a time: a new print takes the page from the one before. */
export function claimPrint(release: () => void): void {
  const previous = releasePrevious;
  releasePrevious = release;
  if (previous && previous !== release) previous();
}
