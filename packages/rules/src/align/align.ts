/**
 * Aligns the blocks of two versions of a report body.
 *
 * 0. Sections equal in both versions (same id, equal nodes) are settled whole: nothing inside them
 *    changed, so their blocks are neither listed nor aligned, and only the sections a change
 *    touches go through the steps below. In those, the blocks kept at both ends, before the first
 *    change and after the last ({@link keptEnds}), are settled the same way, so only the blocks
 *    between go through them: the work grows with the change, not with the section.
 * 1. Blocks that share an id, their own or one nested inside them, belong together: union-find
 *    over ids groups a block with its counterpart, an option with the paragraphs it was unwrapped
 *    into, or a paragraph with the note it was split from. Ids are kept across versions by the
 *    editor, so this settles nearly every block at the cost of one hash lookup each.
 * 2. Blocks left alone on one side are matched by content: identical text first (a pasted copy of
 *    a paragraph is the same paragraph), then a protected block against the run of plain blocks it
 *    was unwrapped into, then splits and merges (a kept block plus the new block beside it reads as
 *    the old one), then the most similar text above {@link SIMILAR}.
 * 3. What is still alone was inserted or deleted.
 *
 * Sections are aligned by id. Within each pair of sections, the one-to-one pairs that kept their
 * relative order (a longest increasing subsequence) stay in place; the others were moved, as are
 * pairs whose section changed. The merged order ({@link mergeOrder}) lists every block of both
 * versions once, in document order, which gives findings their order and applyChanges its plan.
 */
import type { Node } from 'prosemirror-model';
import type { Alignment, Draft } from './alignment.js';
import { listSections, type Block, type SectionInfo } from './blocks.js';
import { groupByIds } from './group_by_ids.js';
import { keptEnds, type KeptEnds } from './kept_ends.js';
import { matchByContent } from './match_by_content.js';
import { place } from './place.js';
import { sameNode } from './same_node.js';

export type { Alignment, MergedSection, Pair, PairHow, Slot } from './alignment.js';
export { keptNodes } from './kept_ends.js';
export { SIMILAR } from './match_by_content.js';

/** Aligns the blocks of `base` and `proposed` (two report bodies). Pure; never throws. */
export function align(base: Node, proposed: Node): Alignment {
  const { same, ends } = settleSections(base, proposed);
  // The base listing is whole (kept with its nodes, and its blocks are the neighbours judged
  // beside a change); the proposal's lists only the blocks between the kept ends.
  const baseSections = listSections(base, same, { keep: true });
  const proposedSections = listSections(proposed, same, { ends });
  const baseBlocks = blocksOf(baseSections);
  const groups = groupByIds(blocksOf(baseSections, ends), blocksOf(proposedSections));
  const found = matchByContent(groups.baseAlone, groups.proposedAlone, groups.paired);
  const pairs = inDocumentOrder(groups.paired.concat(found));
  return { ...place(pairs, baseSections, proposedSections, ends), baseBlocks };
}

// The ids of the sections that are equal in both versions, and the kept ends of the others that
// are in both. Nothing inside an equal section changed, and their blocks' ids, unique within each
// version, occur nowhere else: they need no aligning, so the work below grows with the sections a
// change touches rather than with the report, and with the kept ends, with the change.
function settleSections(
  base: Node,
  proposed: Node,
): { same: ReadonlySet<string>; ends: ReadonlyMap<string, KeptEnds> } {
  const proposedById = new Map<string, Node>();
  proposed.forEach((section) => proposedById.set(String(section.attrs['id']), section));
  const same = new Set<string>();
  const ends = new Map<string, KeptEnds>();
  base.forEach((section) => {
    const id = String(section.attrs['id']);
    const other = proposedById.get(id);
    if (!other) return;
    if (sameNode(section, other)) same.add(id);
    else ends.set(id, keptEnds(section, other));
  });
  return { same, ends };
}

// The listed blocks of `sections`, in order; with `ends`, only those between the kept ends.
function blocksOf(sections: readonly SectionInfo[], ends?: ReadonlyMap<string, KeptEnds>): Block[] {
  const blocks: Block[] = [];
  for (const section of sections) {
    const kept = ends?.get(section.id);
    const to = section.blocks.length - (kept?.after ?? 0);
    for (let i = kept?.before ?? 0; i < to; i++) blocks.push(section.blocks[i] as Block);
  }
  return blocks;
}

// A stable numbering only: a pair sorts at its first proposed block, or just after its first
// base block's place when it has none (document order itself comes from the merged order that
// `place` builds). Every block belongs to one draft, so the keys are distinct.
function inDocumentOrder(drafts: readonly Draft[]): Draft[] {
  const keyed = drafts.map((draft) => {
    const proposed = draft.proposed[0];
    const key = proposed ? 2 * proposed.index : 2 * (draft.base[0]?.index ?? 0) + 1;
    return { key, draft };
  });
  keyed.sort((x, y) => x.key - y.key);
  return keyed.map((item) => item.draft);
}
