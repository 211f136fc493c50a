/**
 * A report body seen as the sequence classification works on: the direct children of each
 * section (its heading and its blocks), each with where it sits and its plain text. Protected
 * nodes are one unit each, whatever they hold, because the protocol protects them whole.
 */
import type { Node } from 'prosemirror-model';
import { PROTECTED_NODE_TYPES, type ProtectedNodeType, type SectionKind } from '../schema.js';
import { toPlainText } from '../plain_text.js';
import { keptWithNode } from '../text/kept_by_node.js';
import type { KeptEnds } from './kept_ends.js';

/** One direct child of a section, with its place in the document. */
export interface Block {
  readonly node: Node;
  readonly id: string;
  readonly type: string;
  /** Index among all blocks of the document, in document order. */
  readonly index: number;
  /** Index of the enclosing section among the document's sections. */
  readonly sectionIndex: number;
  readonly sectionId: string;
  readonly sectionKind: SectionKind;
  /** The protected kind, or null for ordinary text (headings, paragraphs, lists, tables). */
  readonly protectedAs: ProtectedNodeType | null;
}

/** One section of the body and the blocks directly inside it. */
export interface SectionInfo {
  readonly node: Node;
  readonly id: string;
  readonly kind: SectionKind;
  readonly index: number;
  /**
   * Equal to the section of the same id in the other version, so nothing inside it changed: its
   * blocks are not listed (`blocks` is empty), only counted in the numbering of the others.
   */
  readonly same: boolean;
  /**
   * Its blocks in order, those listed: none when {@link same}, and only those between its kept
   * ends when listed with them ({@link listSections}).
   */
  readonly blocks: readonly Block[];
}

/** Options for {@link listSections}. */
export interface ListOptions {
  /** Keep each section's listing with its node and reuse it (for a body listed again and again). */
  readonly keep?: boolean;
  /**
   * By section id, how many blocks at each end of the section not to list: they are settled
   * without aligning ({@link KeptEnds}). Such a listing is never kept.
   */
  readonly ends?: ReadonlyMap<string, KeptEnds>;
}

/**
 * The sections of `doc`, each with its blocks, in document order. The blocks of sections whose
 * id is in `same` are not listed (see {@link SectionInfo.same}), nor those at the `ends` of a
 * section given them; block indexes still count them. With `keep`, for a body listed again and
 * again (the base a server or an editor classifies proposal after proposal against), each
 * section's listing is kept with its node and reused.
 */
export function listSections(
  doc: Node,
  same: ReadonlySet<string> = NONE,
  options: ListOptions = {},
): readonly SectionInfo[] {
  const keep = options.keep === true;
  const ends = options.ends;
  const sections: SectionInfo[] = [];
  let index = 0;
  for (let sectionIndex = 0; sectionIndex < doc.childCount; sectionIndex++) {
    const section = doc.child(sectionIndex);
    const id = String(section.attrs['id']);
    if (same.has(id)) {
      const kind = section.attrs['kind'] as SectionKind;
      sections.push({ node: section, id, kind, index: sectionIndex, same: true, blocks: [] });
    } else {
      const kept = ends?.get(id);
      sections.push(
        kept === undefined
          ? sectionAt(section, sectionIndex, index, keep)
          : listed(section, sectionIndex, index, kept.before, section.childCount - kept.after),
      );
    }
    index += section.childCount;
  }
  return sections;
}

// A section's listing depends only on its node and where it stands: its index among the sections
// and the index of its first block. Nodes are immutable, so the listing is kept with the node and
// reused while it stands in the same place: the base version's sections are listed once, not once
// per proposal classified against it. A proposal's changed sections are new nodes, listed once:
// keeping theirs would only add to the collector's work.
const listings = new WeakMap<Node, { readonly start: number; readonly info: SectionInfo }>();

function sectionAt(section: Node, sectionIndex: number, start: number, keep: boolean): SectionInfo {
  const kept = keep ? listings.get(section) : undefined;
  if (kept !== undefined && kept.start === start && kept.info.index === sectionIndex) {
    return kept.info;
  }
  const info = listed(section, sectionIndex, start, 0, section.childCount);
  if (keep) listings.set(section, { start, info });
  return info;
}

// The listing of the section's children from `from` to `to` (exclusive); `start` is the index of
// its first child among all blocks of the document.
function listed(
  section: Node,
  sectionIndex: number,
  start: number,
  from: number,
  to: number,
): SectionInfo {
  const id = String(section.attrs['id']);
  const kind = section.attrs['kind'] as SectionKind;
  const blocks: Block[] = [];
  for (let i = from; i < to; i++) {
    const node = section.child(i);
    blocks.push({
      node,
      id: String(node.attrs['id']),
      type: node.type.name,
      index: start + i,
      sectionIndex,
      sectionId: id,
      sectionKind: kind,
      protectedAs: protectedKind(node.type.name),
    });
  }
  return { node: section, id, kind, index: sectionIndex, same: false, blocks };
}

const NONE: ReadonlySet<string> = new Set();

/** The protected kind of a node type, or null. */
export function protectedKind(typeName: string): ProtectedNodeType | null {
  return (PROTECTED_NODE_TYPES as readonly string[]).includes(typeName)
    ? (typeName as ProtectedNodeType)
    : null;
}

const textOf = keptWithNode(toPlainText);

/** The plain text of a block, computed once per node. */
export function blockText(block: Block | Node): string {
  return textOf('node' in block ? block.node : block);
}

/** The ids of every block nested inside `node` (not `node` itself), in document order. */
export function innerIds(node: Node): readonly string[] {
  const ids: string[] = [];
  node.descendants((child) => {
    if (child.isText || child.type.name === 'hard_break') return false;
    const id = child.attrs['id'];
    if (typeof id === 'string') ids.push(id);
    return true;
  });
  return ids;
}
