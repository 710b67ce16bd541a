import { z } from 'zod';

/**
 * "Print or save as PDF" for a page the renderer has laid out for print (a tool result). Electron
 * main answers it itself with the sender's own WebContents (`printToPDF`), after the usual sender
 * check, and asks the person where to save the file; core cannot make a PDF, so where the host is
 * a browser (the web preview) core answers `browser-print` and the renderer opens the browser's
 * own print dialog, which saves as PDF too.
 */
export const PrintPdfRequestSchema = z.strictObject({
  /**
   * The file name the save dialog suggests. Only a name, never a path: letters, digits, spaces,
   * dots, dashes and underscores, ending in .pdf. The person picks the folder.
   */
  fileName: z
    .string()
    .max(120)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*\.pdf$/u, 'a file name ending in .pdf, without a path'),
});
export type PrintPdfRequest = z.infer<typeof PrintPdfRequestSchema>;

export const PrintPdfResultSchema = z.discriminatedUnion('outcome', [
  /** Saved where the person chose. */
  z.object({ outcome: z.literal('saved'), path: z.string() }),
  /** The person closed the save dialog. */
  z.object({ outcome: z.literal('cancelled') }),
  /** This host cannot make a PDF; the renderer uses the browser's print dialog. */
  z.object({ outcome: z.literal('browser-print') }),
]);
export type PrintPdfResult = z.infer<typeof PrintPdfResultSchema>;
