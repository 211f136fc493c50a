/**
 * Tracked changes as Word itself writes them, built by hand with `docx`: the layout of the version
 * (title, heading, paragraphs) with the member's edits marked up the way Word marks them, including
 * Word's habit of marking the *first* paragraph's mark as inserted when Enter is pressed at its end.
 */
import { describe, expect, it } from 'vitest';
import {
  Table,
  TableCell,
  TableRow,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { Node } from 'prosemirror-model';
import { builders, toPlainText } from '@probity/rules';
import { importTrackedDocx } from '../../src/word/import_tracked_docx.js';

const { doc, section, p } = builders;
const by = { author: 'Cllr Jo Bloggs', date: '2026-05-12T10:30:00Z' };
let revision = 0;
const ins = (text: string) => new InsertedTextRun({ text, id: ++revision, ...by });
const del = (text: string) => new DeletedTextRun({ text, id: ++revision, ...by });
const mark = (kind: 'insertion' | 'deletion') => ({ run: { [kind]: { id: ++revision, ...by } } });

const base = doc(
  section(
    { id: 's1', kind: 'purpose' },
    p({ id: 'a' }, 'First paragraph.'),
    p({ id: 'b' }, 'Second paragraph.'),
    p({ id: 'c' }, 'Third paragraph.'),
  ),
);

function word(...paragraphs: Paragraph[]): Promise<Buffer> {
  return Packer.toBuffer(
    new Document({
      comments: {
        children: [
          {
            id: 0,
            author: 'Cllr Jo Bloggs',
            children: [new Paragraph('Residents asked for this.')],
          },
          { id: 1, author: 'Probity', children: [new Paragraph('Permitted (clause 7.5(2)).')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Report', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'Purpose', heading: HeadingLevel.HEADING_1 }),
            ...paragraphs,
          ],
        },
      ],
    }),
  );
}

function blocks(body: Node): [string, string][] {
  const out: [string, string][] = [];
  body.child(0).forEach((block) => out.push([block.attrs['id'], toPlainText(block)]));
  return out;
}

describe('importTrackedDocx on changes made in Word', () => {
  it('reads a paragraph added by pressing Enter at the end of another as a new paragraph after it', async () => {
    const docx = await word(
      new Paragraph({ ...mark('insertion'), children: [new TextRun('First paragraph.')] }),
      new Paragraph({ children: [ins('A new paragraph.')] }),
      new Paragraph('Second paragraph.'),
      new Paragraph('Third paragraph.'),
    );
    expect(blocks(importTrackedDocx(docx, base).proposed)).toEqual([
      ['s1-h', 'Purpose'],
      ['a', 'First paragraph.'],
      ['word-1', 'A new paragraph.'],
      ['b', 'Second paragraph.'],
      ['c', 'Third paragraph.'],
    ]);
  });

  it('reads words replaced inside a paragraph as that paragraph changed', async () => {
    const docx = await word(
      new Paragraph('First paragraph.'),
      new Paragraph({
        children: [new TextRun('Second '), del('paragraph'), ins('point'), new TextRun('.')],
      }),
      new Paragraph('Third paragraph.'),
    );
    const { proposed, authors, untracked, comments } = importTrackedDocx(docx, base);
    expect(blocks(proposed)[2]).toEqual(['b', 'Second point.']);
    expect(authors).toEqual(['Cllr Jo Bloggs']);
    expect(untracked).toEqual([]);
    // The member's own comments come through; Probity's are its own findings, not theirs.
    expect(comments).toEqual([{ author: 'Cllr Jo Bloggs', text: 'Residents asked for this.' }]);
  });

  it('reads a paragraph deleted outright, mark and all, as deleted', async () => {
    const docx = await word(
      new Paragraph('First paragraph.'),
      new Paragraph({ ...mark('deletion'), children: [del('Second paragraph.')] }),
      new Paragraph('Third paragraph.'),
    );
    expect(blocks(importTrackedDocx(docx, base).proposed)).toEqual([
      ['s1-h', 'Purpose'],
      ['a', 'First paragraph.'],
      ['c', 'Third paragraph.'],
    ]);
  });

  it('reads a paragraph split in two as the first half keeping its id', async () => {
    const docx = await word(
      new Paragraph({ ...mark('insertion'), children: [new TextRun('First ')] }),
      new Paragraph({ children: [new TextRun('paragraph.')] }),
      new Paragraph('Second paragraph.'),
      new Paragraph('Third paragraph.'),
    );
    expect(blocks(importTrackedDocx(docx, base).proposed).slice(1, 3)).toEqual([
      ['a', 'First '],
      ['word-1', 'paragraph.'],
    ]);
  });

  it('reads two paragraphs joined as one, kept under the id of the one that gave most of its text', async () => {
    const docx = await word(
      new Paragraph({ ...mark('deletion'), children: [new TextRun('First paragraph.')] }),
      new Paragraph({ children: [ins(' '), new TextRun('Second paragraph.')] }),
      new Paragraph('Third paragraph.'),
    );
    expect(blocks(importTrackedDocx(docx, base).proposed).slice(1)).toEqual([
      ['b', 'First paragraph. Second paragraph.'],
      ['c', 'Third paragraph.'],
    ]);
  });

  it('keeps an edit made with Track Changes off, and names the block it touched', async () => {
    const docx = await word(
      new Paragraph('First paragraph.'),
      new Paragraph('Second paragraph, edited untracked.'),
      new Paragraph('Third paragraph.'),
    );
    const { proposed, untracked } = importTrackedDocx(docx, base);
    expect(blocks(proposed)[2]).toEqual(['b', 'Second paragraph, edited untracked.']);
    expect(untracked).toEqual(['b']);
  });

  it('keeps paragraphs added and removed with Track Changes off, and names the blocks removed', async () => {
    const docx = await word(
      new Paragraph('First paragraph.'),
      new Paragraph('Added untracked.'),
      new Paragraph('Second paragraph.'),
    );
    const { proposed, untracked } = importTrackedDocx(docx, base);
    expect(blocks(proposed)).toEqual([
      ['s1-h', 'Purpose'],
      ['a', 'First paragraph.'],
      ['word-1', 'Added untracked.'],
      ['b', 'Second paragraph.'],
    ]);
    expect(untracked).toEqual(['c']);
  });

  it('reads a row added to a table as a new row after the one it follows', async () => {
    const { table, tr, td } = builders;
    const costs = doc(
      section(
        { id: 's1', kind: 'financial' },
        table(
          { id: 't' },
          tr(
            { id: 'r1' },
            td({ id: 'c1' }, p({ id: 'p1' }, 'Staff')),
            td({ id: 'c2' }, p({ id: 'p2' }, '£210,000')),
          ),
        ),
        p({ id: 'after' }, 'Figures are for a year.'),
      ),
    );
    const cell = (...children: Paragraph[]) => new TableCell({ children });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: 'Report', heading: HeadingLevel.TITLE }),
              new Paragraph({ text: 'Financial', heading: HeadingLevel.HEADING_1 }),
              new Table({
                rows: [
                  new TableRow({
                    children: [cell(new Paragraph('Staff')), cell(new Paragraph('£210,000'))],
                  }),
                  new TableRow({
                    insertion: { id: ++revision, ...by },
                    children: [
                      cell(new Paragraph({ children: [ins('Books')] })),
                      cell(new Paragraph({ children: [ins('£100,000')] })),
                    ],
                  }),
                ],
              }),
              new Paragraph('Figures are for a year.'),
            ],
          },
        ],
      }),
    );
    const { proposed } = importTrackedDocx(docx, costs);
    const rows: string[][] = [];
    proposed
      .child(0)
      .child(1)
      .forEach((row) => {
        const cells: string[] = [];
        row.forEach((c) => cells.push(toPlainText(c)));
        rows.push(cells);
      });
    expect(rows).toEqual([
      ['Staff', '£210,000'],
      ['Books', '£100,000'],
    ]);
    expect(toPlainText(proposed.child(0).child(2))).toBe('Figures are for a year.');
  });
});
