/**
 * A report body as plain data, before it becomes a ProseMirror document: easy to generate, to
 * copy with a few blocks changed, and to count words in. {@link buildReport} turns it into a
 * checked document with the real builders, every block carrying the id given here, so a base and
 * a proposal built from two drafts align block by block as an editor's would.
 */
import type { Node } from 'prosemirror-model';
import { builders, type OfficerRole, type SectionKind, type StatementKind } from '../src/index.js';

const { doc, section, heading, p, ul, ol, li, table, tr, td, th } = builders;
const { option, recommendation, opinion, statement, consultation } = builders;

/** A paragraph: the unit that changes when a block is re-worded or has a typo fixed. */
export interface DraftParagraph {
  readonly id: string;
  readonly text: string;
}

export interface DraftCell extends DraftParagraph {
  readonly header: boolean;
}

export interface DraftRow {
  readonly id: string;
  readonly cells: readonly DraftCell[];
}

/** One top-level block of a section. */
export type DraftBlock =
  | { readonly type: 'paragraph'; readonly id: string; readonly text: string }
  | {
      readonly type: 'list';
      readonly id: string;
      readonly ordered: boolean;
      readonly items: readonly DraftParagraph[];
    }
  | { readonly type: 'table'; readonly id: string; readonly rows: readonly DraftRow[] }
  | {
      readonly type: 'option';
      readonly id: string;
      readonly label: string;
      readonly recommended: boolean;
      readonly paragraphs: readonly DraftParagraph[];
    }
  | {
      readonly type: 'recommendation';
      readonly id: string;
      readonly paragraphs: readonly DraftParagraph[];
    }
  | {
      readonly type: 'opinion';
      readonly id: string;
      readonly officer: OfficerRole;
      readonly paragraphs: readonly DraftParagraph[];
    }
  | {
      readonly type: 'statement';
      readonly id: string;
      readonly kind: StatementKind;
      readonly officer: OfficerRole;
      readonly paragraphs: readonly DraftParagraph[];
    }
  | {
      readonly type: 'consultation';
      readonly id: string;
      readonly source: string;
      readonly paragraphs: readonly DraftParagraph[];
    };

export interface DraftSection {
  readonly id: string;
  readonly kind: SectionKind;
  readonly title: string;
  readonly blocks: readonly DraftBlock[];
}

export interface ReportDraft {
  readonly sections: readonly DraftSection[];
}

/** Every paragraph of a block (list items and table cells included), in document order. */
export function paragraphsOf(block: DraftBlock): readonly DraftParagraph[] {
  switch (block.type) {
    case 'paragraph':
      return [block];
    case 'list':
      return block.items;
    case 'table':
      return block.rows.flatMap((row) => row.cells);
    default:
      return block.paragraphs;
  }
}

/** Words in the draft, headings included: runs of non-space characters. */
export function countWords(draft: ReportDraft): number {
  let words = 0;
  for (const part of draft.sections) {
    words += wordsIn(part.title);
    for (const block of part.blocks) {
      for (const paragraph of paragraphsOf(block)) words += wordsIn(paragraph.text);
    }
  }
  return words;
}

/** Words in one string, as {@link countWords} counts them. */
export function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The checked report body for `draft`, ids exactly as the draft gives them. */
export function buildReport(draft: ReportDraft): Node {
  return doc(
    ...draft.sections.map((part) =>
      section(
        { id: part.id, kind: part.kind },
        heading({ id: `${part.id}-h` }, part.title),
        ...part.blocks.map(buildBlock),
      ),
    ),
  );
}

function paragraphs(items: readonly DraftParagraph[]): Node[] {
  return items.map((item) => p({ id: item.id }, item.text));
}

function buildBlock(block: DraftBlock): Node {
  switch (block.type) {
    case 'paragraph':
      return p({ id: block.id }, block.text);
    case 'list': {
      const items = block.items.map((item) =>
        li({ id: `${item.id}-li` }, p({ id: item.id }, item.text)),
      );
      return block.ordered ? ol({ id: block.id }, ...items) : ul({ id: block.id }, ...items);
    }
    case 'table':
      return table(
        { id: block.id },
        ...block.rows.map((row) =>
          tr(
            { id: row.id },
            ...row.cells.map((cell) =>
              (cell.header ? th : td)({ id: `${cell.id}-c` }, p({ id: cell.id }, cell.text)),
            ),
          ),
        ),
      );
    case 'option':
      return option(
        { id: block.id, label: block.label, recommended: block.recommended },
        ...paragraphs(block.paragraphs),
      );
    case 'recommendation':
      return recommendation({ id: block.id }, ...paragraphs(block.paragraphs));
    case 'opinion':
      return opinion({ id: block.id, officer: block.officer }, ...paragraphs(block.paragraphs));
    case 'statement':
      return statement(
        { id: block.id, kind: block.kind, officer: block.officer },
        ...paragraphs(block.paragraphs),
      );
    case 'consultation':
      return consultation({ id: block.id, source: block.source }, ...paragraphs(block.paragraphs));
  }
}
