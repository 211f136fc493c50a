/**
 * Renders a {@link WordBlock} layout with the `docx` package: headings, numbered and bulleted
 * paragraphs, tables, and the margin rule that marks protected blocks. The exporters supply what
 * differs between a clean version and a proposal: the runs of each paragraph, whether its paragraph
 * mark was inserted or deleted, and paragraphs to add after it.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
  type FileChild,
  type IParagraphOptions,
  type ITableRowOptions,
  type ParagraphChild,
} from 'docx';
import type { ProtectedNodeType } from '@probity/rules';
import { VERSION_PROPERTY } from './docx_parts.js';
import type { WordBlock, WordParagraph, WordRow, WordRun } from './word_layout.js';

/** Options of a `TextRun` that a {@link WordRun} sets. */
export interface RunFormat {
  readonly text?: string;
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly break?: number;
}

const LIST_INDENT = 720; // twips: half an inch per level
const SHADE_COLOURS: Readonly<Record<ProtectedNodeType, string>> = {
  option: '2F6FB0',
  recommendation: '2E7D32',
  opinion: '8E44AD',
  statement: 'B03A2E',
  consultation: 'B7791F',
};

/**
 * `runs` as `TextRun` options, one per line (a `\n` becomes a break before the next line), so
 * that inserted and deleted runs can be built from the same pieces.
 */
export function runFormats(runs: readonly WordRun[]): RunFormat[] {
  const out: RunFormat[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((line, i) => {
      if (line === '' && i === 0) return;
      out.push({
        ...(line === '' ? {} : { text: line }),
        ...(run.bold ? { bold: true } : {}),
        ...(run.italic ? { italics: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      });
    });
  }
  return out;
}

/** `runs` as paragraph children, links kept as hyperlinks. */
export function plainRuns(runs: readonly WordRun[]): ParagraphChild[] {
  return runs.flatMap((run): ParagraphChild[] => {
    const pieces = runFormats([run]).map((format) => new TextRun(format));
    if (!run.href) return pieces;
    return [new ExternalHyperlink({ link: run.href, children: pieces })];
  });
}

/** Paragraph properties (style, numbering, indentation, margin rule) for `paragraph`. */
export function paragraphOptions(paragraph: WordParagraph): IParagraphOptions {
  const options: Record<string, unknown> = {};
  if (paragraph.style === 'heading') options['heading'] = HeadingLevel.HEADING_1;
  if (paragraph.style === 'label') options['heading'] = HeadingLevel.HEADING_3;
  if (paragraph.list) {
    options['numbering'] = {
      reference: paragraph.list.ordered ? 'probity-ordered' : 'probity-bullet',
      level: Math.min(paragraph.list.level, 8),
      instance: paragraph.list.instance,
    };
  } else if (paragraph.indent > 0) {
    options['indent'] = { left: LIST_INDENT * (paragraph.indent + 0.5) };
  }
  if (paragraph.shade) {
    options['border'] = {
      left: {
        style: BorderStyle.SINGLE,
        size: 18,
        color: SHADE_COLOURS[paragraph.shade],
        space: 8,
      },
    };
  }
  return options as IParagraphOptions;
}

/** What an exporter adds to the plain rendering of each paragraph. */
export interface Rendering {
  /** The children of `paragraph`; its own runs, plain, when not given. */
  readonly children?: (paragraph: WordParagraph) => ParagraphChild[];
  /** Extra options for `paragraph` (a tracked paragraph mark, say). */
  readonly options?: (paragraph: WordParagraph) => Partial<IParagraphOptions>;
  /** Paragraphs to place right after `paragraph`, inside the same table cell if it is in one. */
  readonly after?: (paragraph: WordParagraph) => Paragraph[];
  /** Extra options for a table row (a tracked insertion or deletion, say). */
  readonly row?: (row: WordRow) => Partial<ITableRowOptions>;
  /** Paragraphs to place at the start of table cell `id`, before its own. */
  readonly cellStart?: (id: string) => Paragraph[];
  /** Paragraphs to place right after the table `id`. */
  readonly afterTable?: (id: string) => Paragraph[];
}

/** `blocks` as `docx` paragraphs and tables. */
export function renderBlocks(blocks: readonly WordBlock[], rendering: Rendering = {}): FileChild[] {
  const render = (paragraph: WordParagraph): Paragraph[] => [
    new Paragraph({
      ...paragraphOptions(paragraph),
      ...rendering.options?.(paragraph),
      children: rendering.children?.(paragraph) ?? plainRuns(paragraph.runs),
    }),
    ...(rendering.after?.(paragraph) ?? []),
  ];
  return blocks.flatMap((block): FileChild[] => {
    if (block.kind === 'paragraph') return render(block);
    // Word spans rows by continuing a cell in each row below; ProseMirror leaves those out.
    const spanning: { column: number; colspan: number; rowsLeft: number }[] = [];
    const table = new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: block.rows.map((row, i) => {
        const cells = row.cells;
        const children: TableCell[] = [];
        let column = 0;
        let next = 0;
        for (;;) {
          const span = spanning.find((s) => s.column === column && s.rowsLeft > 0);
          if (span) {
            span.rowsLeft--;
            children.push(
              new TableCell({
                verticalMerge: VerticalMergeType.CONTINUE,
                ...(span.colspan > 1 ? { columnSpan: span.colspan } : {}),
                children: [new Paragraph({})],
              }),
            );
            column += span.colspan;
            continue;
          }
          const cell = cells[next++];
          if (!cell) break;
          if (cell.rowspan > 1)
            spanning.push({ column, colspan: cell.colspan, rowsLeft: cell.rowspan - 1 });
          children.push(
            new TableCell({
              ...(cell.colspan > 1 ? { columnSpan: cell.colspan } : {}),
              ...(cell.rowspan > 1 ? { verticalMerge: VerticalMergeType.RESTART } : {}),
              children: [
                ...(rendering.cellStart?.(cell.id) ?? []),
                ...cell.paragraphs.flatMap(render),
              ],
            }),
          );
          column += cell.colspan;
        }
        return new TableRow({
          // docx writes tblHeader="false" when told false, which readers take as a header row.
          ...(i === 0 && cells.every((cell) => cell.header) ? { tableHeader: true } : {}),
          ...rendering.row?.(row),
          children,
        });
      }),
    });
    return [table, ...(rendering.afterTable?.(block.id) ?? [])];
  });
}

/** Document-wide options of a `.docx` Probity writes. */
export interface WordDocumentOptions {
  readonly title: string;
  readonly description?: string;
  readonly children: readonly FileChild[];
  readonly comments?: ConstructorParameters<typeof Document>[0]['comments'];
  /** Turns Word's Track Changes on, so that edits made in Word are tracked. */
  readonly trackRevisions?: boolean;
  /** The version the document shows, kept as a custom property so an upload can name it. */
  readonly versionId?: string;
}

/** A `docx` Document with Probity's numbering, holding `options.children` after a title line. */
export function wordDocument(options: WordDocumentOptions): Document {
  const levels = (ordered: boolean) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
      text: ordered ? `%${level + 1}.` : (['•', '◦', '▪'][level % 3] ?? '•'),
      alignment: AlignmentType.START,
      style: {
        paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: LIST_INDENT / 2 } },
      },
    }));
  return new Document({
    title: options.title,
    creator: 'Probity',
    ...(options.description === undefined ? {} : { description: options.description }),
    ...(options.comments ? { comments: options.comments } : {}),
    ...(options.trackRevisions ? { features: { trackRevisions: true } } : {}),
    ...(options.versionId === undefined
      ? {}
      : { customProperties: [{ name: VERSION_PROPERTY, value: options.versionId }] }),
    // UK English, so that Word checks spelling as the council writes.
    styles: { default: { document: { run: { language: { value: 'en-GB' } } } } },
    numbering: {
      config: [
        { reference: 'probity-ordered', levels: levels(true) },
        { reference: 'probity-bullet', levels: levels(false) },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: options.title, heading: HeadingLevel.TITLE }),
          ...options.children,
        ],
      },
    ],
  });
}
