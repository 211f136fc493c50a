/**
 * Word out, for a proposal: the proposed body as a `.docx` in which every change is a real Word
 * tracked change attributed to the member, and every finding a Word comment giving its verdict,
 * clause and reason, so that a member who lives in Word sees what Probity shows.
 *
 * Both bodies are laid out with {@link layoutBody}. A paragraph whose block keeps its place (the
 * longest run of blocks found in the same order in both versions) is written once, its text
 * diffed: unchanged stretches plain, removed ones as deleted runs, added ones as inserted runs. A
 * paragraph only in the proposal (or moved within it) is written as inserted, paragraph mark
 * included; one only in the base (or moved away from here) as deleted, at its old place, after
 * the last paragraph before it that kept its place. Rejecting every change in Word therefore gives
 * back the base version paragraph for paragraph, which is what lets the file be read back with
 * `importTrackedDocx`.
 */
import DiffMatchPatch from 'diff-match-patch';
import { keptInOrder } from './kept_in_order.js';
import { diffText, sliceRuns } from './text_diff.js';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { Node } from 'prosemirror-model';
import type { Classification, Finding, Verdict } from '@probity/rules';
import {
  paragraphOptions,
  plainRuns,
  renderBlocks,
  runFormats,
  wordDocument,
} from './docx_render.js';
import {
  CELL_START,
  layoutBody,
  paragraphsOf,
  textOf,
  type WordParagraph,
  type WordRow,
  type WordRun,
  type WordTable,
} from './word_layout.js';

/** Who proposed the changes, and when. */
export interface ProposalDocxMeta {
  readonly title: string;
  /** The member's name, shown by Word as the author of every tracked change. */
  readonly member: string;
  /** When the proposal was made, ISO 8601. */
  readonly date: string;
  readonly description?: string;
  /** The base version's id, kept in the file so that it can be uploaded again against it. */
  readonly baseVersionId?: string;
}

/** Word's author name for Probity's comments. */
export const COMMENT_AUTHOR = 'Probity';

const VERDICT_WORDS: Readonly<Record<Verdict, string>> = {
  permitted: 'Permitted',
  review: 'Needs the author’s confirmation',
  forbidden: 'Not allowed by the protocol',
};

/**
 * The `.docx` bytes of `proposed` marked up against `base`, with one comment per finding of
 * `classification` (which must have been computed for these two bodies).
 */
export function exportProposalDocx(
  base: Node,
  proposed: Node,
  classification: Classification,
  meta: ProposalDocxMeta,
): Promise<Buffer> {
  const baseBlocks = layoutBody(base);
  const baseParagraphs = paragraphsOf(baseBlocks);
  const proposedBlocks = layoutBody(proposed);
  const proposedParagraphs = paragraphsOf(proposedBlocks);
  const kept = keptInOrder(
    baseParagraphs.map((paragraph) => paragraph.slot),
    proposedParagraphs.map((paragraph) => paragraph.slot),
  );
  const baseBySlot = new Map(baseParagraphs.map((paragraph) => [paragraph.slot, paragraph]));

  // Rows the proposal removed from a table it keeps are shown in place, as deleted rows.
  const baseTables = new Map(
    baseBlocks.flatMap((block) => (block.kind === 'table' ? [[block.id, block] as const] : [])),
  );
  const rendered = proposedBlocks.map((block) => {
    const before = block.kind === 'table' ? baseTables.get(block.id) : undefined;
    return block.kind === 'table' && before ? withRowChanges(before, block) : block;
  });
  const inDeletedRows = new Set(
    rendered.flatMap((block) =>
      block.kind === 'table'
        ? block.rows
            .filter((row) => row.change === 'deleted')
            .flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs))
        : [],
    ),
  );

  // Each deleted paragraph goes after the last paragraph before it that kept its place; in a table
  // cell the proposal still has, after the last such paragraph of that cell, or at its start.
  const proposedCells = new Set(proposedParagraphs.map((paragraph) => paragraph.cell));
  const deletedAfter = new Map<string, WordParagraph[]>();
  const lastKeptInCell = new Map<string, string>();
  let anchor = '';
  for (const paragraph of baseParagraphs) {
    if (inDeletedRows.has(paragraph)) continue;
    if (kept.has(paragraph.slot)) {
      anchor = paragraph.slot;
      if (paragraph.cell !== undefined) lastKeptInCell.set(paragraph.cell, paragraph.slot);
      continue;
    }
    const key =
      paragraph.cell !== undefined && proposedCells.has(paragraph.cell)
        ? (lastKeptInCell.get(paragraph.cell) ?? `${CELL_START}${paragraph.cell}`)
        : anchor;
    deletedAfter.set(key, [...(deletedAfter.get(key) ?? []), paragraph]);
  }

  let revision = 0;
  // Word writes revision dates to the second; some versions refuse fractions of one.
  const date = new Date(meta.date).toISOString().replace(/\.\d+Z$/, 'Z');
  const change = () => ({ id: ++revision, author: meta.member, date });
  const comments = anchorComments(
    classification.findings,
    proposedParagraphs,
    baseParagraphs,
    kept,
  );

  const withComments = (key: string, children: ParagraphChild[]): ParagraphChild[] => {
    const ids = comments.byParagraph.get(key) ?? [];
    return [
      ...ids.map((id) => new CommentRangeStart(id)),
      ...children,
      ...ids.flatMap((id) => [
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
      ]),
    ];
  };
  const deletedParagraph = (paragraph: WordParagraph): Paragraph =>
    new Paragraph({
      ...paragraphOptions(paragraph),
      run: { deletion: change() },
      children: withComments(
        `deleted:${paragraph.slot}`,
        runFormats(paragraph.runs).map((format) => new DeletedTextRun({ ...format, ...change() })),
      ),
    });
  const deferred = new Map<string, Paragraph[]>();

  const children = renderBlocks(rendered, {
    row: (row) =>
      row.change === 'inserted'
        ? { insertion: change() }
        : row.change === 'deleted'
          ? { deletion: change() }
          : {},
    options: (paragraph) =>
      inDeletedRows.has(paragraph)
        ? { run: { deletion: change() } }
        : kept.has(paragraph.slot)
          ? {}
          : { run: { insertion: change() } },
    children: (paragraph) => {
      if (inDeletedRows.has(paragraph)) {
        return withComments(
          `deleted:${paragraph.slot}`,
          runFormats(paragraph.runs).map(
            (format) => new DeletedTextRun({ ...format, ...change() }),
          ),
        );
      }
      const before = baseBySlot.get(paragraph.slot);
      if (!kept.has(paragraph.slot) || !before) {
        return withComments(
          `proposed:${paragraph.slot}`,
          runFormats(paragraph.runs).map(
            (format) => new InsertedTextRun({ ...format, ...change() }),
          ),
        );
      }
      return withComments(
        `proposed:${paragraph.slot}`,
        diffRuns(before.runs, paragraph.runs, change),
      );
    },
    after: (paragraph) => {
      const here: Paragraph[] = [];
      for (const deleted of deletedAfter.get(paragraph.slot) ?? []) {
        // A deleted paragraph from elsewhere does not belong in this table cell: after the table.
        if (paragraph.table !== undefined && deleted.cell !== paragraph.cell) {
          deferred.set(paragraph.table, [
            ...(deferred.get(paragraph.table) ?? []),
            deletedParagraph(deleted),
          ]);
        } else here.push(deletedParagraph(deleted));
      }
      return here;
    },
    cellStart: (id) => (deletedAfter.get(`${CELL_START}${id}`) ?? []).map(deletedParagraph),
    afterTable: (id) => deferred.get(id) ?? [],
  });

  const document = wordDocument({
    title: meta.title,
    ...(meta.description === undefined ? {} : { description: meta.description }),
    trackRevisions: true,
    ...(meta.baseVersionId === undefined ? {} : { versionId: meta.baseVersionId }),
    comments: {
      children: classification.findings.map((finding, i) => ({
        id: i,
        author: COMMENT_AUTHOR,
        initials: 'P',
        date: new Date(meta.date),
        children: commentText(finding),
      })),
    },
    children: [...(deletedAfter.get('') ?? []).map(deletedParagraph), ...children],
  });
  return Packer.toBuffer(document);
}

/**
 * `proposed` (a table of the proposal) with the rows only the base has put back where they were,
 * marked deleted, and the rows only the proposal has marked inserted.
 */
function withRowChanges(base: WordTable, proposed: WordTable): WordTable {
  const proposedRows = new Set(proposed.rows.map((row) => row.id));
  const baseRows = new Set(base.rows.map((row) => row.id));
  const rows: WordRow[] = [];
  let next = 0;
  const upTo = (id?: string) => {
    while (next < proposed.rows.length) {
      const row = proposed.rows[next++];
      if (!row) break;
      rows.push(baseRows.has(row.id) ? row : { ...row, change: 'inserted' });
      if (row.id === id) break;
    }
  };
  for (const row of base.rows) {
    if (proposedRows.has(row.id)) upTo(row.id);
    else rows.push({ ...row, change: 'deleted' });
  }
  upTo();
  return { ...proposed, rows };
}

/** The comment for `finding`: verdict and clause on the first line, the reason below. */
export function commentText(finding: Finding): Paragraph[] {
  return [
    new Paragraph({
      children: [
        new TextRun({ text: VERDICT_WORDS[finding.verdict], bold: true }),
        new TextRun({ text: ` (clause ${finding.clause}, ${finding.rule})` }),
      ],
    }),
    new Paragraph({ text: finding.reason }),
  ];
}
/** Base and proposed runs as plain, deleted and inserted runs, diffed character by character. */
function diffRuns(
  base: readonly WordRun[],
  proposed: readonly WordRun[],
  change: () => { id: number; author: string; date: string },
): ParagraphChild[] {
  if (textOf(base) === textOf(proposed)) return plainRuns(proposed);
  const diffs = diffText(textOf(base), textOf(proposed));
  const out: ParagraphChild[] = [];
  let inBase = 0;
  let inProposed = 0;
  for (const [op, text] of diffs) {
    if (op === DiffMatchPatch.DIFF_EQUAL) {
      out.push(
        ...runFormats(sliceRuns(proposed, inProposed, inProposed + text.length)).map(
          (f) => new TextRun(f),
        ),
      );
      inBase += text.length;
      inProposed += text.length;
    } else if (op === DiffMatchPatch.DIFF_DELETE) {
      out.push(
        ...runFormats(sliceRuns(base, inBase, inBase + text.length)).map(
          (f) => new DeletedTextRun({ ...f, ...change() }),
        ),
      );
      inBase += text.length;
    } else {
      out.push(
        ...runFormats(sliceRuns(proposed, inProposed, inProposed + text.length)).map(
          (f) => new InsertedTextRun({ ...f, ...change() }),
        ),
      );
      inProposed += text.length;
    }
  }
  return out;
}
/**
 * Which paragraph each finding's comment is attached to: the first paragraph of the blocks it is
 * about, on the proposed side when they are there, else where they were deleted, else the first
 * paragraph of the document. Keys are `proposed:<slot>` and `deleted:<slot>`.
 */
function anchorComments(
  findings: readonly Finding[],
  proposed: readonly WordParagraph[],
  base: readonly WordParagraph[],
  kept: ReadonlySet<string>,
): { byParagraph: Map<string, number[]> } {
  const byParagraph = new Map<string, number[]>();
  const belongs = (paragraph: WordParagraph, ids: readonly string[]) =>
    ids.some((id) => paragraph.slot === id || paragraph.owners.includes(id));
  findings.forEach((finding, i) => {
    const { change } = finding;
    const proposedIds =
      change.proposedBlockIds.length > 0 ? change.proposedBlockIds : [change.blockId];
    const baseIds = change.baseBlockIds.length > 0 ? change.baseBlockIds : [change.blockId];
    const onProposed =
      change.kind === 'delete' ? undefined : proposed.find((p) => belongs(p, proposedIds));
    const onDeleted = base.find((p) => !kept.has(p.slot) && belongs(p, baseIds));
    const key = onProposed
      ? `proposed:${onProposed.slot}`
      : onDeleted
        ? `deleted:${onDeleted.slot}`
        : `proposed:${proposed[0]?.slot ?? ''}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), i]);
  });
  return { byParagraph };
}
