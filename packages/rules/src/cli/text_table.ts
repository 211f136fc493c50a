/**
 * A plain-text table for the terminal: columns padded to their widest cell, and the last column
 * (the one with sentences in it) word-wrapped so the table fits `width`, its continuation lines
 * indented under it. No colour and no box-drawing, so it reads the same in a log, a pipe or a
 * screen reader.
 */

/** Width the table is wrapped to when the output is not a terminal. */
export const DEFAULT_WIDTH = 120;
// Narrower than this and the wrapped column becomes a word per line: stop wrapping instead.
const MIN_LAST_COLUMN = 30;
const GAP = '  ';

/** The rows under `headers`, one line per row (plus wrapped lines), ending in a line break. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width = DEFAULT_WIDTH,
): string {
  const all = [headers, ...rows];
  const last = headers.length - 1;
  const widths = headers.map((_, column) =>
    column === last ? 0 : Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const indent = widths.slice(0, last).reduce((sum, w) => sum + w + GAP.length, 0);
  const room = width - indent;
  const lines: string[] = [];
  for (const row of all) {
    const lead = widths
      .slice(0, last)
      .map((w, column) => (row[column] ?? '').padEnd(w))
      .join(GAP);
    const tail = row[last] ?? '';
    const wrapped = room >= MIN_LAST_COLUMN ? wrap(tail, room) : [tail];
    lines.push(`${lead}${last > 0 ? GAP : ''}${wrapped[0] ?? ''}`.trimEnd());
    for (const more of wrapped.slice(1)) lines.push(`${' '.repeat(indent)}${more}`);
  }
  return `${lines.join('\n')}\n`;
}

/** Breaks `text` into lines of at most `width` characters at spaces; a longer word stands alone. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  return lines;
}
