/**
 * The blocks a proposal kept at the ends of a changed section. A proposal changes a few blocks of
 * a section and leaves the rest as they were: the runs of equal blocks before the first change
 * and after the last are unchanged and in place whatever the change between them is, so
 * alignment settles them as it settles a section equal in both versions, at the cost of one
 * equality test each (an identity test when the proposal shares its unchanged nodes with the
 * base), and aligns only the blocks between them.
 *
 * Settling them is exact. Each is equal to its counterpart, id included, and ids are unique
 * within each version, so pairing by ids would pair them with each other, and nothing else with
 * them. Both runs take every block before (or after) the middle on both sides, so they belong to
 * every longest run of pairs that kept their order: they stay in place, and the middle is placed
 * as it would have been beside them.
 */
import type { Node } from 'prosemirror-model';
import type { MergedSection } from './alignment.js';
import { sameNode } from './same_node.js';

/** How many blocks at the start and at the end of a section are the same in both versions. */
export interface KeptEnds {
  readonly before: number;
  readonly after: number;
}

/**
 * The runs of equal children at the start and at the end of `base` and `proposed` (two versions
 * of a section). They never overlap: `before + after` is at most the smaller child count.
 */
export function keptEnds(base: Node, proposed: Node): KeptEnds {
  const baseCount = base.childCount;
  const proposedCount = proposed.childCount;
  const most = Math.min(baseCount, proposedCount);
  let before = 0;
  while (before < most && sameNode(base.child(before), proposed.child(before))) before++;
  let after = 0;
  while (
    before + after < most &&
    sameNode(base.child(baseCount - 1 - after), proposed.child(proposedCount - 1 - after))
  ) {
    after++;
  }
  return { before, after };
}

/**
 * The nodes of the blocks kept at the start (`before`) or at the end (`after`) of `section`, in
 * order: the same in both versions, so the base's.
 */
export function keptNodes(section: MergedSection, end: 'before' | 'after'): readonly Node[] {
  const node = section.base?.node;
  if (!node) return [];
  const from = end === 'before' ? 0 : node.childCount - section.keptAfter;
  const to = end === 'before' ? section.keptBefore : node.childCount;
  const nodes: Node[] = [];
  for (let i = from; i < to; i++) nodes.push(node.child(i));
  return nodes;
}
