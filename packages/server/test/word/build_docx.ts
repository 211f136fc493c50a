/**
 * Builds the Word documents the Word tests read, with the `docx` package: headings, paragraphs,
 * numbered and bulleted lists, tables, images, comments and text boxes, as a council officer's
 * template would have them.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Textbox,
  type ParagraphChild,
} from 'docx';

type Block = Paragraph | Table;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** A heading at `level` (1 to 3). */
export const wHeading = (text: string, level: 1 | 2 | 3 = 1): Paragraph =>
  new Paragraph({ text, heading: HEADINGS[level - 1] });
/** A paragraph in Word's Title style. */
export const wTitle = (text: string): Paragraph =>
  new Paragraph({ text, heading: HeadingLevel.TITLE });
/** A plain paragraph; runs may be strings or `TextRun`s. */
export const wPara = (...runs: (string | ParagraphChild)[]): Paragraph =>
  new Paragraph({
    children: runs.map((run) => (typeof run === 'string' ? new TextRun(run) : run)),
  });
/** An item of numbered list `instance` (each instance restarts at 1). */
export const wNumbered = (text: string, instance = 1, level = 0): Paragraph =>
  new Paragraph({ text, numbering: { reference: 'numbers', level, instance } });
/** A bullet point. */
export const wBullet = (text: string, level = 0): Paragraph =>
  new Paragraph({ text, bullet: { level } });
/** A table; the first row is a header row when `header` is true. */
export function wTable(rows: readonly (readonly string[])[], header = true): Table {
  return new Table({
    rows: rows.map(
      (cells, i) =>
        new TableRow({
          // docx writes tblHeader="false" for false, which mammoth reads as a header row.
          ...(header && i === 0 ? { tableHeader: true } : {}),
          children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })),
        }),
    ),
  });
}

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A paragraph holding only an image with alt text `description`. */
export const wImage = (description: string): Paragraph =>
  new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: PNG,
        transformation: { width: 10, height: 10 },
        altText: { name: 'image', description, title: description },
      }),
    ],
  });

/** A paragraph of `text` carrying comment `id`. */
export const wCommented = (text: string, id: number): Paragraph =>
  new Paragraph({
    children: [
      new CommentRangeStart(id),
      new TextRun(text),
      new CommentRangeEnd(id),
      new TextRun({ children: [new CommentReference(id)] }),
    ],
  });

/** A text box holding `text`. */
export const wTextBox = (text: string): Textbox =>
  new Textbox({
    style: { width: '2in', height: '1in' },
    children: [new Paragraph(text)],
  });

/** A `.docx` of `children`, with `comments` (id, author, text) when given. */
export function buildDocx(
  children: readonly (Block | Textbox)[],
  comments: readonly { id: number; author: string; text: string }[] = [],
): Promise<Buffer> {
  const levels = [0, 1, 2].map((level) => ({
    level,
    format: LevelFormat.DECIMAL,
    text: `%${level + 1}.`,
    alignment: AlignmentType.START,
  }));
  const document = new Document({
    numbering: { config: [{ reference: 'numbers', levels }] },
    comments: {
      children: comments.map((c) => ({
        id: c.id,
        author: c.author,
        date: new Date('2026-05-01T09:00:00Z'),
        children: [new Paragraph(c.text)],
      })),
    },
    sections: [{ children: [...children] }],
  });
  return Packer.toBuffer(document);
}
