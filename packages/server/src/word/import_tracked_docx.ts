/**
 * Word in, for a member's marked-up copy: a `.docx` exported from a version, edited in Word with
 * Track Changes on, read back as a proposal against that version.
 *
 * The file's paragraphs are read twice, as Word would show them with every change rejected (the
 * original) and with every change accepted (the proposal). Rejecting everything must give back the
 * version's own layout ({@link layoutBody}) paragraph for paragraph, which is how each original
 * paragraph is tied to a block of the version. Each accepted paragraph then belongs to the original
 * paragraph that gave it the most unchanged characters (a paragraph split in two keeps its block on
 * the first half), or, when it kept none (a paragraph rewritten outright), to the one whose mark
 * ends it; accepted paragraphs that belong to none are new and go in after the block of the original
 * paragraph just before them (in its place, when it was deleted).
 * Blocks no accepted paragraph belongs to were deleted. The version's structure (sections,
 * protected blocks, tables) is kept, so the proposal is classified like any other.
 */
import type { Node } from 'prosemirror-model';
import { parseReport, schema } from '@probity/rules';
import {
  readDocxParts,
  visibleText,
  wAll,
  W,
  DEFAULT_DOCX_LIMITS,
  type DocxLimits,
} from './docx_parts.js';
import { COMMENT_AUTHOR } from './export_proposal_docx.js';
import { readTrackedParagraphs, type TrackedParagraph, type TrackedRun } from './tracked_reader.js';
import {
  CELL_START,
  LABEL_SLOT,
  layoutBody,
  paragraphsOf,
  textOf,
  type WordRun,
} from './word_layout.js';
import { WordError } from './word_error.js';

/** A member's marked-up copy, read as a proposal. */
export interface TrackedImport {
  /** The proposed body: the base with the member's changes accepted. */
  readonly proposed: Node;
  /** Who made the tracked changes, as Word recorded them. */
  readonly authors: readonly string[];
  /** Blocks whose text differs from the version even with every change rejected: edits made with Track Changes off. */
  readonly untracked: readonly string[];
  /** The Word comments in the file, other than Probity's own: the member's explanations. */
  readonly comments: readonly { readonly author: string; readonly text: string }[];
}

/** A paragraph the member added; `label` when it is a heading naming a new option. */
interface Added {
  readonly runs: readonly WordRun[];
  readonly label: boolean;
}

const OPTION_LABEL = /^\s*option\b/i;

interface Original {
  text: string;
  started: boolean;
  cell?: string;
}

interface Accepted {
  readonly runs: TrackedRun[];
  /** Index of the original paragraph it starts in or just after (-1: before them all). */
  after?: number;
  heading: boolean;
  cell?: string;
  readonly credit: Map<number, number>;
  endsOriginal?: number;
  started: boolean;
}

/**
 * Reads the tracked changes in `buffer` against `base`, the version it was exported from. Throws
 * {@link WordError} `not_docx` or `too_large` for a file it cannot open, and
 * `not_from_this_version` when, with its changes rejected, the document is not that version.
 */
export function importTrackedDocx(
  buffer: Uint8Array,
  base: Node,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): TrackedImport {
  const { document, comments } = readDocxParts(buffer, limits);
  const tracked = readTrackedParagraphs(document);
  const { originals, accepted } = views(tracked.paragraphs.filter((paragraph) => !paragraph.title));
  const slots = paragraphsOf(layoutBody(base));

  if (originals.length !== slots.length) {
    throw new WordError(
      'not_from_this_version',
      `with its tracked changes rejected the Word document has ${originals.length} paragraphs, but this version has ${slots.length}: it was not exported from this version, or paragraphs were added or removed with Track Changes off`,
    );
  }
  const untracked: string[] = [];
  slots.forEach((slot, i) => {
    if (normalise(originals[i]?.text ?? '') !== normalise(textOf(slot.runs)))
      untracked.push(slot.slot);
  });
  if (untracked.length > Math.max(3, slots.length / 5)) {
    const first = slots.findIndex((slot) => slot.slot === untracked[0]);
    throw new WordError(
      'not_from_this_version',
      `with its tracked changes rejected, ${untracked.length} of the Word document's ${slots.length} paragraphs differ from this version (the first is paragraph ${first + 1}: “${originals[first]?.text.slice(0, 80) ?? ''}”): it was not exported from this version`,
    );
  }

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

  // A Word table cell is the version's cell whose paragraphs it holds with changes rejected.
  const cells = new Map<string, string>();
  originals.forEach((original, i) => {
    const cell = slots[i]?.cell;
    if (original.cell !== undefined && cell !== undefined) cells.set(original.cell, cell);
  });

  const content = new Map<string, readonly WordRun[]>();
  const added = new Map<string, Added[]>();
  accepted.forEach((paragraph, a) => {
    const original = owner[a];
    const runs = paragraph.runs.map(({ text, bold, italic }) => ({
      text,
      ...(bold ? { bold } : {}),
      ...(italic ? { italic } : {}),
    }));
    if (original !== undefined) {
      content.set(slots[original]?.slot ?? '', runs);
      return;
    }
    // A new paragraph goes after the block of the original paragraph just before it (in its
    // place, when that one was deleted), or first in its table cell when it opens the cell.
    const after = paragraph.after ?? -1;
    let key = after >= 0 ? (slots[after]?.slot ?? '') : '';
    const cell = paragraph.cell === undefined ? undefined : cells.get(paragraph.cell);
    if (cell !== undefined && originals[after]?.cell !== paragraph.cell)
      key = `${CELL_START}${cell}`;
    const label = paragraph.heading && OPTION_LABEL.test(textOf(runs));
    added.set(key, [...(added.get(key) ?? []), { runs, label }]);
  });

  const proposed = rebuild(base, content, added);
  return {
    proposed: parseReport(proposed.toJSON()),
    authors: tracked.authors,
    untracked,
    comments: comments ? memberComments(comments) : [],
  };
}

function memberComments(comments: Document): { author: string; text: string }[] {
  return wAll(comments, 'comment')
    .map((comment) => ({
      author: comment.getAttributeNS(W, 'author') ?? '',
      text: visibleText(comment),
    }))
    .filter((comment) => comment.author !== COMMENT_AUTHOR && comment.text !== '');
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The original (all rejected) and accepted (all accepted) paragraphs of `paragraphs`. */
function views(paragraphs: readonly TrackedParagraph[]): {
  originals: Original[];
  accepted: Accepted[];
} {
  const originals: Original[] = [];
  const accepted: Accepted[] = [];
  let original: Original = { text: '', started: false };
  let current: Accepted = { runs: [], heading: false, credit: new Map(), started: false };
  const closeOriginal = () => {
    originals.push(original);
    original = { text: '', started: false };
  };
  const here = () => (original.started ? originals.length : originals.length - 1);
  const closeAccepted = () => {
    current.after ??= here();
    accepted.push(current);
    current = { runs: [], heading: false, credit: new Map(), started: false };
  };
  let cell: string | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.cell !== cell) {
      // A cell's last paragraph mark cannot be deleted: whatever is open ends with the cell.
      if (original.started) closeOriginal();
      if (current.started) closeAccepted();
      original = { text: '', started: false };
      current = { runs: [], heading: false, credit: new Map(), started: false };
      cell = paragraph.cell;
    }
    original.cell = paragraph.cell;
    current.cell = paragraph.cell;
    for (const run of paragraph.runs) {
      if (run.status !== 'inserted') {
        original.text += run.text;
        original.started = true;
      }
      if (run.status !== 'deleted') {
        current.after ??= here();
        current.runs.push(run);
        current.started = true;
      }
      if (run.status === 'unchanged') {
        const at = originals.length;
        current.credit.set(at, (current.credit.get(at) ?? 0) + run.text.length);
      }
    }
    if (paragraph.mark === 'unchanged') current.endsOriginal = originals.length;
    current.heading = paragraph.heading;
    if (paragraph.mark !== 'inserted') closeOriginal();
    if (paragraph.mark !== 'deleted') closeAccepted();
  }
  if (original.started) closeOriginal();
  if (current.started) closeAccepted();
  return { originals, accepted };
}

/**
 * `base` with the text of each text block replaced from `content` (blocks missing from it were
 * deleted) and the paragraphs in `added` placed after the block whose slot keys them. An added
 * heading that names an option opens a new option block, which takes the added paragraphs after
 * it and goes in after the top-level block it followed.
 */
function rebuild(
  base: Node,
  content: ReadonlyMap<string, readonly WordRun[]>,
  added: ReadonlyMap<string, readonly Added[]>,
): Node {
  const ids = new Set<string>();
  base.descendants((node) => {
    if (typeof node.attrs['id'] === 'string') ids.add(node.attrs['id']);
  });
  let counter = 0;
  const freshId = (): string => {
    let id: string;
    do id = `word-${++counter}`;
    while (ids.has(id));
    ids.add(id);
    return id;
  };
  const newParagraph = (runs: readonly WordRun[]): Node =>
    schema.node('paragraph', { id: freshId() }, inline(runs));
  let hoisted: Node[] = [];

  const addedAfter = (slot: string): Node[] => {
    const here: Node[] = [];
    let option: { label: string; paragraphs: Node[] } | undefined;
    const flush = () => {
      if (!option) return;
      const recommended = /\(recommended\)$/i.test(option.label);
      const label = option.label.replace(/\s*\(recommended\)$/i, '');
      const paragraphs = option.paragraphs.length > 0 ? option.paragraphs : [newParagraph([])];
      hoisted.push(schema.node('option', { id: freshId(), label, recommended }, paragraphs));
      option = undefined;
    };
    for (const entry of added.get(slot) ?? []) {
      if (entry.label) {
        flush();
        option = { label: normalise(textOf(entry.runs)), paragraphs: [] };
      } else if (option) option.paragraphs.push(newParagraph(entry.runs));
      else here.push(newParagraph(entry.runs));
    }
    flush();
    return here;
  };

  const visit = (node: Node): Node[] => {
    const id = node.attrs['id'] as string;
    if (node.isTextblock) {
      const runs = content.get(id);
      const rest = addedAfter(id);
      if (runs === undefined) {
        return node.type.name === 'heading' ? [node.type.create(node.attrs), ...rest] : rest;
      }
      const same = textOf(runs) === node.textBetween(0, node.content.size, undefined, '\n');
      return [same ? node : node.type.create(node.attrs, inline(runs)), ...rest];
    }
    let attrs = node.attrs;
    const children: Node[] = [];
    if (node.type.name === 'option') {
      const label = content.get(`${LABEL_SLOT}${id}`);
      if (label !== undefined) {
        const text = normalise(textOf(label));
        const recommended = /\(recommended\)$/i.test(text);
        attrs = { ...attrs, label: text.replace(/\s*\(recommended\)$/i, ''), recommended };
      } else if (layoutHasLabel(node)) attrs = { ...attrs, label: '' };
      children.push(...addedAfter(`${LABEL_SLOT}${id}`));
    }
    if (node.type.name === 'table_cell' || node.type.name === 'table_header') {
      children.push(...addedAfter(`${CELL_START}${id}`));
    }
    node.forEach((child) => children.push(...visit(child)));
    return fit(node, attrs, children, freshId);
  };

  const sections: Node[] = [];
  base.forEach((section, _offset, i) => {
    const blocks: Node[] = [];
    section.forEach((child, _at, k) => {
      const [first, ...rest] = visit(child);
      // Paragraphs added before anything the version had go in after the first heading.
      if (first) blocks.push(first, ...(i === 0 && k === 0 ? addedAfter('') : []), ...rest);
      blocks.push(...hoisted);
      hoisted = [];
    });
    sections.push(section.type.create(section.attrs, blocks));
  });
  return base.type.create(base.attrs, sections);
}

function layoutHasLabel(option: Node): boolean {
  const label = String(option.attrs['label'] ?? '');
  return label !== '' && !option.textContent.trimStart().startsWith(label);
}

/** A container rebuilt from `children`, patched so it stays valid, or nothing when it emptied. */
function fit(node: Node, attrs: Node['attrs'], children: Node[], freshId: () => string): Node[] {
  const paragraph = () => schema.node('paragraph', { id: freshId() });
  switch (node.type.name) {
    case 'table_cell':
    case 'table_header':
      return [node.type.create(attrs, children.length > 0 ? children : [paragraph()])];
    case 'list_item':
      if (children.length === 0) return [];
      return [
        node.type.create(
          attrs,
          children[0]?.type.name === 'paragraph' ? children : [paragraph(), ...children],
        ),
      ];
    case 'section':
    case 'table':
    case 'table_row':
      return [node.type.create(attrs, children)];
    default:
      return children.length === 0 ? [] : [node.type.create(attrs, children)];
  }
}

function inline(runs: readonly WordRun[]): Node[] {
  const out: Node[] = [];
  for (const run of runs) {
    const marks = [
      ...(run.bold ? [schema.marks['strong']?.create()] : []),
      ...(run.italic ? [schema.marks['em']?.create()] : []),
    ].filter((mark) => mark !== undefined);
    run.text.split('\n').forEach((line, i) => {
      if (i > 0) out.push(schema.node('hard_break'));
      if (line !== '') out.push(schema.text(line, marks));
    });
  }
  return out;
}
