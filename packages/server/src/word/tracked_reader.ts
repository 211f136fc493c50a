/**
 * Reads a Word document's paragraphs with their tracked changes: each run marked as unchanged,
 * inserted or deleted (`w:ins`, `w:del`, and moves, `w:moveTo`, `w:moveFrom`), and each paragraph
 * mark likewise (a paragraph mark inserted or deleted in `w:pPr/w:rPr` is a paragraph split or
 * joined). Table cells are kept apart: a tracked change never joins paragraphs across cells.
 * Drawings and text boxes are skipped; Probity never writes them.
 */
import { W, wChildren } from './docx_parts.js';

/** Whether a run or paragraph mark is as it was, or was inserted or deleted with Track Changes. */
export type TrackedStatus = 'unchanged' | 'inserted' | 'deleted';

/** A stretch of text with one tracked status and formatting; `\n` is a break, `\t` a tab. */
export interface TrackedRun {
  readonly text: string;
  readonly status: TrackedStatus;
  readonly bold?: boolean;
  readonly italic?: boolean;
}

/** One Word paragraph of the body, its runs and its mark. */
export interface TrackedParagraph {
  readonly runs: readonly TrackedRun[];
  /** Whether the paragraph's own mark (its end) was inserted or deleted. */
  readonly mark: TrackedStatus;
  /** A key of the table cell it sits in, if any: `row-<n>:cell-<n>` (see {@link rowOfCell}). */
  readonly cell?: string;
  /** True for a paragraph in Word's Title style (Probity's title line, not part of the body). */
  readonly title: boolean;
  /** True for a paragraph in one of Word's Heading styles. */
  readonly heading: boolean;
}

/** Everything {@link readTrackedParagraphs} found. */
export interface TrackedDocument {
  readonly paragraphs: readonly TrackedParagraph[];
  /** The names of everyone who made a tracked change, in order of first appearance. */
  readonly authors: readonly string[];
}

const INSERTED = new Set(['ins', 'moveTo']);
const DELETED = new Set(['del', 'moveFrom']);
// Containers whose runs read as if they stood in the paragraph itself.
const TRANSPARENT = new Set([
  'hyperlink',
  'smartTag',
  'sdt',
  'sdtContent',
  'customXml',
  'fldSimple',
  'bdo',
  'dir',
]);

/** The body paragraphs of `document` (the parsed `word/document.xml`), in order. */
export function readTrackedParagraphs(document: Document): TrackedDocument {
  const paragraphs: TrackedParagraph[] = [];
  const authors = new Set<string>();
  let cells = 0;
  let rows = 0;
  for (const change of Array.from(document.getElementsByTagNameNS(W, '*'))) {
    if (INSERTED.has(change.localName) || DELETED.has(change.localName)) {
      const author = change.getAttributeNS(W, 'author');
      if (author) authors.add(author);
    }
  }

  const blocks = (container: Element, cell: string | undefined): void => {
    for (const child of Array.from(container.children)) {
      if (child.namespaceURI !== W) continue;
      if (child.localName === 'p') paragraphs.push(paragraph(child, cell));
      else if (child.localName === 'tbl') {
        for (const row of wChildren(child, 'tr')) {
          rows++;
          for (const tableCell of wChildren(row, 'tc')) {
            if (!continuesAbove(tableCell)) blocks(tableCell, `row-${rows}:cell-${++cells}`);
          }
        }
      } else if (child.localName === 'sdt' || child.localName === 'customXml') {
        for (const content of wChildren(child, 'sdtContent')) blocks(content, cell);
        if (child.localName === 'customXml') blocks(child, cell);
      }
    }
  };

  const body = document.getElementsByTagNameNS(W, 'body')[0];
  if (body) blocks(body, undefined);
  return { paragraphs, authors: [...authors] };
}

// A cell that continues a vertically merged cell from the row above holds nothing of its own.
function continuesAbove(cell: Element): boolean {
  const properties = wChildren(cell, 'tcPr')[0];
  const merge = properties && wChildren(properties, 'vMerge')[0];
  return merge !== undefined && (merge.getAttributeNS(W, 'val') ?? 'continue') === 'continue';
}

function paragraph(element: Element, cell: string | undefined): TrackedParagraph {
  const properties = wChildren(element, 'pPr')[0];
  const style = properties && wChildren(properties, 'pStyle')[0]?.getAttributeNS(W, 'val');
  const markProperties = properties && wChildren(properties, 'rPr')[0];
  let mark: TrackedStatus = 'unchanged';
  for (const child of markProperties ? Array.from(markProperties.children) : []) {
    if (INSERTED.has(child.localName)) mark = 'inserted';
    else if (DELETED.has(child.localName)) mark = 'deleted';
  }
  const runs: TrackedRun[] = [];
  const walk = (container: Element, status: TrackedStatus): void => {
    for (const child of Array.from(container.children)) {
      if (child.namespaceURI !== W) continue;
      const name = child.localName;
      if (name === 'r') {
        const run = readRun(child, status);
        if (run.text !== '') runs.push(run);
      } else if (INSERTED.has(name)) walk(child, 'inserted');
      else if (DELETED.has(name)) walk(child, 'deleted');
      else if (TRANSPARENT.has(name)) walk(child, status);
    }
  };
  walk(element, 'unchanged');
  return {
    runs,
    mark,
    ...(cell === undefined ? {} : { cell }),
    title: style === 'Title',
    heading: /^Heading\d$/i.test(style ?? ''),
  };
}

function readRun(run: Element, status: TrackedStatus): TrackedRun {
  let text = '';
  for (const child of Array.from(run.children)) {
    if (child.namespaceURI !== W) continue;
    switch (child.localName) {
      case 't':
      case 'delText':
        text += child.textContent ?? '';
        break;
      case 'tab':
        text += '\t';
        break;
      case 'br':
      case 'cr':
        text += '\n';
        break;
      case 'noBreakHyphen':
        text += '-';
        break;
    }
  }
  const properties = wChildren(run, 'rPr')[0];
  const on = (name: string): boolean => {
    const flag = properties && wChildren(properties, name)[0];
    return (
      flag !== undefined && !['0', 'false', 'off'].includes(flag.getAttributeNS(W, 'val') ?? '')
    );
  };
  return {
    text,
    status,
    ...(on('b') ? { bold: true } : {}),
    ...(on('i') ? { italic: true } : {}),
  };
}

/** The key of the table row a cell key (`row-<n>:cell-<n>`) belongs to. */
export function rowOfCell(cell: string): string {
  return cell.slice(0, cell.indexOf(':'));
}
