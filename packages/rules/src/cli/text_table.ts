/**
 * A plain-text table for the terminal: columns padded to their widest cell, and the last column
 * (the one with sentences in it) word-wrapped so the table fits `width`, its continuation lines
 * indented under it. Cells go through {@link printable}, so report text cannot steer the terminal.
 * When the other columns leave too little room for it, each row's last cell
 * goes on the lines below the row instead, indented by {@link HANGING}. No colour and no box-drawing, so it reads the same in a log, a pipe or a
 * screen reader.
 */

import { printable } from './printable.js';

/** Width the table is wrapped to when the output is not a terminal. */
export const DEFAULT_WIDTH = 120;
// Narrower than this and the wrapped column becomes a few words per line: hang it below instead.
const MIN_LAST_COLUMN = 30;
/** Indent of a last cell hung below its row. */
export const HANGING = '    ';
const GAP = '  ';

/** The rows under `headers`, one line per row (plus wrapped lines), ending in a line break. */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  width = DEFAULT_WIDTH,
): string {
  const all = [headers, ...rows].map((row) => row.map(printable));
  const last = headers.length - 1;
  const widths = headers.map((_, column) =>
    column === last ? 0 : Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  const indent = widths.slice(0, last).reduce((sum, w) => sum + w + GAP.length, 0);
  const room = width - indent;
  const lines: string[] = [];
  const hang = room < MIN_LAST_COLUMN;
  for (const [index, row] of all.entries()) {
    const lead = widths
      .slice(0, last)
      .map((w, column) => (row[column] ?? '').padEnd(w))
      .join(GAP);
    const tail = row[last] ?? '';
    if (hang && index > 0) {
      lines.push(lead.trimEnd());
      const wrapped = wrap(tail, Math.max(MIN_LAST_COLUMN, width - HANGING.length));
      for (const line of wrapped) lines.push(`${HANGING}${line}`);
      continue;
    }
    const wrapped = hang ? [tail] : wrap(tail, room);
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
