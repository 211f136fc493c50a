/**
 * Word in, for a member's marked-up copy: a `.docx` exported from a version, edited in Word with
 * Track Changes on, read back as a proposal against that version.
 *
 * The file's paragraphs are read twice, as Word would show them with every change rejected (the
 * original) and with every change accepted (the proposal). The original paragraphs are tied to the
 * text blocks of the version's own layout ({@link layoutBody}); when every edit was tracked they
 * are the same paragraph for paragraph, and edits made with Track Changes off are tied by
 * {@link alignOriginals}. Each accepted paragraph then belongs to the original paragraph that gave
 * it the most unchanged characters (a paragraph split in two keeps its block on the first half),
 * or, when it kept none (a paragraph rewritten outright), to the one whose mark ends it; accepted
 * paragraphs that belong to no block are new and go in after the block of the original paragraph
 * just before them (in its place, when it was deleted). Blocks no accepted paragraph belongs to
 * were deleted. The version's structure (sections, protected blocks, tables) is kept, so the
 * proposal is classified like any other.
 */
import type { Node } from 'prosemirror-model';
import { parseReport } from '@probity/rules';
import {
  readDocxParts,
  visibleText,
  wAll,
  W,
  VERSION_PROPERTY,
  DEFAULT_DOCX_LIMITS,
  type DocxLimits,
} from './docx_parts.js';
import { alignOriginals } from './align_originals.js';
import { COMMENT_AUTHOR } from './export_proposal_docx.js';
import { OPTION_LABEL, rebuild, type Added } from './rebuild_body.js';
import { readTrackedParagraphs, rowOfCell } from './tracked_reader.js';
import { views } from './tracked_views.js';
import {
  CELL_START,
  layoutBody,
  normaliseSpace,
  paragraphsOf,
  textOf,
  type WordParagraph,
  type WordRun,
} from './word_layout.js';
import { WordError } from './word_error.js';

/** A member's marked-up copy, read as a proposal. */
export interface TrackedImport {
  /** The proposed body: the base with the member's changes accepted. */
  readonly proposed: Node;
  /** Who made the tracked changes, as Word recorded them. */
  readonly authors: readonly string[];
  /** Blocks edited or removed with Track Changes off (their text differs from the version even with every change rejected). */
  readonly untracked: readonly string[];
  /** The version the file says it was exported from, when it says. */
  readonly versionId?: string;
  /** The Word comments in the file, other than Probity's own: the member's explanations. */
  readonly comments: readonly { readonly author: string; readonly text: string }[];
}

/**
 * Reads the tracked changes in `buffer` against `base`, the version it was exported from. Throws
 * {@link WordError} `not_docx` or `too_large` for a file it cannot open, and
 * `not_from_this_version` when, with its changes rejected, fewer than half of the version's
 * paragraphs are found in it unchanged.
 */
export function importTrackedDocx(
  buffer: Uint8Array,
  base: Node,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): TrackedImport {
  const { document, comments, properties } = readDocxParts(buffer, limits);
  const tracked = readTrackedParagraphs(document);
  const { originals, accepted } = views(tracked.paragraphs.filter((paragraph) => !paragraph.title));
  const slots = paragraphsOf(layoutBody(base));

  const slotOf = alignOriginals(
    originals.map((original) => normaliseSpace(original.text)),
    slots.map((slot) => normaliseSpace(textOf(slot.runs))),
  );
  const same = (o: number): boolean => {
    const slot = slots[slotOf[o] ?? -1];
    return (
      slot !== undefined &&
      normaliseSpace(originals[o]?.text ?? '') === normaliseSpace(textOf(slot.runs))
    );
  };
  const matching = originals.filter((_, o) => same(o)).length;
  if (matching < slots.length / 2) {
    throw new WordError(
      'not_from_this_version',
      `with its tracked changes rejected, only ${matching} of the Word document's ${originals.length} paragraphs match the ${slots.length} of this version: it was not exported from this version`,
    );
  }
  const tiedSlots = new Set(slotOf.filter((slot) => slot !== undefined));
  const untracked = slots
    .filter((_, s) => !tiedSlots.has(s) || !same(slotOf.indexOf(s)))
    .map((slot) => slot.slot);
  /** The key of the block an original paragraph stands for, or of the nearest one before it. */
  const slotAtOrBefore = (o: number): string => {
    for (let i = o; i >= 0; i--) {
      const slot = slots[slotOf[i] ?? -1];
      if (slot) return slot.slot;
    }
    return '';
  };

  // Tie accepted paragraphs to the blocks of the version.
  const claimed = new Map<number, number>(); // original index → accepted index
  const owner: (number | undefined)[] = accepted.map((paragraph, a) => {
    let best: number | undefined;
    let bestCredit = 0;
    for (const [original, credit] of paragraph.credit) {
      if (claimed.has(original)) continue;
      if (credit > bestCredit || (credit === bestCredit && best !== undefined && original < best)) {
        best = original;
        bestCredit = credit;
      }
    }
    if (
      best === undefined &&
      paragraph.endsOriginal !== undefined &&
      !claimed.has(paragraph.endsOriginal)
    ) {
      best = paragraph.endsOriginal;
    }
    if (best !== undefined) claimed.set(best, a);
    return best;
  });

  // A Word table cell (and row) is the version's cell (and row) whose paragraphs it holds with
  // changes rejected.
  const cells = new Map<string, string>();
  const rows = new Map<string, string>();
  originals.forEach((original, i) => {
    const slot = slots[slotOf[i] ?? -1];
    if (original.cell === undefined || slot?.cell === undefined) return;
    cells.set(original.cell, slot.cell);
    rows.set(rowOfCell(original.cell), rowIdOf(slot));
  });
  const slotsByKey = new Map(slots.map((slot) => [slot.slot, slot]));
  const newRows = new Map<string, Map<string, Map<string, WordRun[][]>>>();

  const content = new Map<string, readonly WordRun[]>();
  const added = new Map<string, Added[]>();
  accepted.forEach((paragraph, a) => {
    const original = owner[a];
    const runs = paragraph.runs.map(({ text, bold, italic }) => ({
      text,
      ...(bold ? { bold } : {}),
      ...(italic ? { italic } : {}),
    }));
    const slot = slots[slotOf[original ?? -1] ?? -1];
    if (slot) {
      content.set(slot.slot, runs);
      return;
    }
    // A new paragraph goes after the block of the original paragraph just before it (in its
    // place, when that one was deleted), or first in its table cell when it opens the cell.
    const after = original ?? paragraph.after ?? -1;
    let key = slotAtOrBefore(after);
    // A paragraph in a row the version does not have belongs to a new row, after the version's
    // row it follows.
    const before = slotsByKey.get(key);
    if (paragraph.cell !== undefined && !rows.has(rowOfCell(paragraph.cell)) && before?.cell) {
      const table = newRows.get(rowIdOf(before)) ?? new Map<string, Map<string, WordRun[][]>>();
      const row = table.get(rowOfCell(paragraph.cell)) ?? new Map<string, WordRun[][]>();
      row.set(paragraph.cell, [...(row.get(paragraph.cell) ?? []), runs]);
      table.set(rowOfCell(paragraph.cell), row);
      newRows.set(rowIdOf(before), table);
      return;
    }
    const cell = paragraph.cell === undefined ? undefined : cells.get(paragraph.cell);
    if (cell !== undefined && originals[after]?.cell !== paragraph.cell)
      key = `${CELL_START}${cell}`;
    const label = paragraph.heading && OPTION_LABEL.test(textOf(runs));
    added.set(key, [...(added.get(key) ?? []), { runs, label }]);
  });

  const proposed = rebuild(
    base,
    content,
    added,
    new Map(
      [...newRows].map(([row, rowsAfter]) => [
        row,
        [...rowsAfter.values()].map((cellsOfRow) => [...cellsOfRow.values()]),
      ]),
    ),
  );
  return {
    proposed: parseReport(proposed.toJSON()),
    authors: tracked.authors,
    untracked,
    comments: comments ? memberComments(comments) : [],
    ...(properties.has(VERSION_PROPERTY) ? { versionId: properties.get(VERSION_PROPERTY) } : {}),
  };
}

/** The id of the table row a paragraph in a table cell sits in. */
function rowIdOf(paragraph: WordParagraph): string {
  return paragraph.owners[paragraph.owners.length - 2] ?? '';
}

function memberComments(comments: Document): { author: string; text: string }[] {
  return wAll(comments, 'comment')
    .map((comment) => ({
      author: comment.getAttributeNS(W, 'author') ?? '',
      text: visibleText(comment),
    }))
    .filter((comment) => comment.author !== COMMENT_AUTHOR && comment.text !== '');
}
