/**
 * How a report body is laid out as Word paragraphs and tables: the one plan that the `.docx`
 * exporters render and the tracked-changes importer reads back.
 *
 * Every Word paragraph Probity writes stands for one text block of the body (a heading or a
 * paragraph, wherever it sits) or for an option's label, and carries that block's id as its
 * `slot`. Section headings are Word headings; an option's label is a smaller heading unless the
 * option's text already opens with it; lists and recommendations are Word numbered or bulleted
 * paragraphs, the later paragraphs of an item indented beneath it; protected blocks carry a rule
 * down their left margin; tables stay tables. Laying out the same body twice gives the same plan,
 * which is what lets a `.docx` edited in Word be read back against the version it came from.
 */
import type { Node } from 'prosemirror-model';
import { toPlainText, type ProtectedNodeType } from '@probity/rules';

/** A stretch of text with one formatting; `\n` is a line break, `\t` a tab. */
export interface WordRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly href?: string;
}

/** One Word paragraph and the block it stands for. */
export interface WordParagraph {
  readonly kind: 'paragraph';
  /** The id of the text block it holds, or `label:<option id>` for an option's label. */
  readonly slot: string;
  /** Ids of the blocks it sits in, outermost (the section) first. */
  readonly owners: readonly string[];
  /** The table cell it sits in, if any, and that cell's table. */
  readonly cell?: string;
  readonly table?: string;
  readonly style: 'heading' | 'label' | 'body';
  /** Set for the first paragraph of a list item or recommendation. */
  readonly list?: { readonly ordered: boolean; readonly level: number; readonly instance: number };
  /** Indentation in list levels, for the later paragraphs of a list item. */
  readonly indent: number;
  /** The protected block it is part of, drawn as a rule in the margin. */
  readonly shade?: ProtectedNodeType;
  readonly runs: readonly WordRun[];
}

/** A table cell and its paragraphs. */
export interface WordCell {
  readonly id: string;
  readonly header: boolean;
  readonly colspan: number;
  readonly rowspan: number;
  readonly paragraphs: readonly WordParagraph[];
}

/** A table, row by row. */
/** A table row and its cells; `change` marks a row a proposal added or removed. */
export interface WordRow {
  readonly id: string;
  readonly cells: readonly WordCell[];
  readonly change?: 'inserted' | 'deleted';
}

export interface WordTable {
  readonly kind: 'table';
  readonly id: string;
  readonly owners: readonly string[];
  readonly rows: readonly WordRow[];
}

/** What the body of a Word document holds: paragraphs and tables. */
export type WordBlock = WordParagraph | WordTable;

/** The prefix of an option label's slot. */
export const LABEL_SLOT = 'label:';
/** The prefix of the place at the very start of a table cell, before its first paragraph. */
export const CELL_START = 'cell:';

interface Context {
  readonly owners: readonly string[];
  readonly level: number;
  readonly shade?: ProtectedNodeType;
  readonly cell?: string;
  readonly table?: string;
}

/** The Word layout of `body`, in document order. */
export function layoutBody(body: Node): readonly WordBlock[] {
  let instances = 0;
  const out: WordBlock[] = [];

  const paragraph = (
    node: Node,
    context: Context,
    extra: Partial<Pick<WordParagraph, 'style' | 'list' | 'indent'>> = {},
  ): WordParagraph => ({
    kind: 'paragraph',
    slot: node.attrs['id'] as string,
    owners: context.owners,
    ...(context.cell === undefined ? {} : { cell: context.cell, table: context.table }),
    style: 'body',
    indent: 0,
    ...(context.shade === undefined ? {} : { shade: context.shade }),
    ...extra,
    runs: runsOf(node),
  });

  const blocks = (node: Node, context: Context, sink: WordBlock[]): void => {
    const inside: Context = { ...context, owners: [...context.owners, node.attrs['id'] as string] };
    switch (node.type.name) {
      case 'paragraph':
        sink.push(paragraph(node, context, context.level > 0 ? { indent: context.level } : {}));
        return;
      case 'bullet_list':
      case 'ordered_list': {
        const instance = ++instances;
        node.forEach((item) => {
          const itemContext: Context = {
            ...inside,
            owners: [...inside.owners, item.attrs['id'] as string],
          };
          item.forEach((child, _offset, i) => {
            if (i === 0 && child.type.name === 'paragraph') {
              const ordered = node.type.name === 'ordered_list';
              sink.push(
                paragraph(child, itemContext, {
                  list: { ordered, level: context.level, instance },
                }),
              );
            } else blocks(child, { ...itemContext, level: context.level + 1 }, sink);
          });
        });
        return;
      }
      case 'table': {
        const rows: WordRow[] = [];
        node.forEach((row) => {
          const cells: WordCell[] = [];
          row.forEach((cell) => {
            const id = cell.attrs['id'] as string;
            const cellContext: Context = {
              owners: [...inside.owners, row.attrs['id'] as string, id],
              level: 0,
              cell: id,
              table: node.attrs['id'] as string,
              ...(context.shade === undefined ? {} : { shade: context.shade }),
            };
            const paragraphs: WordParagraph[] = [];
            cell.forEach((child) => paragraphs.push(paragraph(child, cellContext)));
            cells.push({
              id,
              header: cell.type.name === 'table_header',
              colspan: cell.attrs['colspan'] as number,
              rowspan: cell.attrs['rowspan'] as number,
              paragraphs,
            });
          });
          rows.push({ id: row.attrs['id'] as string, cells });
        });
        sink.push({ kind: 'table', id: node.attrs['id'] as string, owners: context.owners, rows });
        return;
      }
      case 'option': {
        const label = String(node.attrs['label'] ?? '');
        const shaded: Context = { ...inside, shade: 'option' };
        if (label !== '' && !toPlainText(node).trimStart().startsWith(label)) {
          const text = node.attrs['recommended'] === true ? `${label} (recommended)` : label;
          sink.push({
            kind: 'paragraph',
            slot: `${LABEL_SLOT}${node.attrs['id'] as string}`,
            owners: inside.owners,
            style: 'label',
            indent: 0,
            shade: 'option',
            runs: [{ text }],
          });
        }
        node.forEach((child) => blocks(child, shaded, sink));
        return;
      }
      case 'recommendation': {
        const instance = ++instances;
        const shaded: Context = { ...inside, shade: 'recommendation' };
        node.forEach((child, _offset, i) => {
          sink.push(
            paragraph(
              child,
              shaded,
              i === 0 ? { list: { ordered: true, level: 0, instance } } : { indent: 1 },
            ),
          );
        });
        return;
      }
      case 'opinion':
      case 'statement':
      case 'consultation':
        node.forEach((child) =>
          blocks(child, { ...inside, shade: node.type.name as ProtectedNodeType }, sink),
        );
        return;
      default:
        throw new Error(`layoutBody: no Word layout for a ${node.type.name} block`);
    }
  };

  body.forEach((section) => {
    const context: Context = { owners: [section.attrs['id'] as string], level: 0 };
    section.forEach((child, _offset, i) => {
      if (i === 0) out.push(paragraph(child, context, { style: 'heading' }));
      else blocks(child, context, out);
    });
  });
  return joinRecommendationNumbering(out);
}

// Consecutive recommendations are one numbered list in Word, as they read in a report.
function joinRecommendationNumbering(blocks: WordBlock[]): WordBlock[] {
  let previous: WordParagraph | undefined;
  return blocks.map((block) => {
    if (block.kind !== 'paragraph') {
      previous = undefined;
      return block;
    }
    let next = block;
    if (block.shade === 'recommendation' && block.list && previous?.shade === 'recommendation') {
      next = {
        ...block,
        list: { ...block.list, instance: previous.list?.instance ?? block.list.instance },
      };
    }
    previous = next.shade === 'recommendation' ? next : undefined;
    return next;
  });
}

/** Every paragraph of `blocks` in the order Word stores them (tables row by row, cell by cell). */
export function paragraphsOf(blocks: readonly WordBlock[]): readonly WordParagraph[] {
  return blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [block]
      : block.rows.flatMap((row) => row.cells).flatMap((cell) => cell.paragraphs),
  );
}

/** The text of `runs` as one string. */
export function textOf(runs: readonly WordRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** `text` with each run of white space made one space, and trimmed. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The runs of a text block: text with its marks, hard breaks as `\n`. */
export function runsOf(textblock: Node): readonly WordRun[] {
  const runs: WordRun[] = [];
  textblock.forEach((child) => {
    if (child.type.name === 'hard_break') return void runs.push({ text: '\n' });
    const run: { text: string; bold?: boolean; italic?: boolean; href?: string } = {
      text: child.text ?? '',
    };
    for (const mark of child.marks) {
      if (mark.type.name === 'strong') run.bold = true;
      else if (mark.type.name === 'em') run.italic = true;
      else if (mark.type.name === 'link') run.href = mark.attrs['href'] as string;
    }
    runs.push(run);
  });
  return runs;
}
