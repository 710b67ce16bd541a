/*
 * The person's own text inside Markdown Pust writes: escaped, so no HTML, link, image, emphasis or
 * heading in it comes alive in a Markdown viewer, and only Pust writes structure.
 */

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
export function plainText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map(plainLine)
    .join('\n');
}

/** A short text inside a line Pust writes (a list item, the tags): on one line. */
export function plainInline(text: string): string {
  return plainLine(text.replace(/\s*[\r\n]+\s*/g, ' '));
}
