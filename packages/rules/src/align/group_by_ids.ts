/**
 * Step 1 of alignment: blocks that share an id, their own or one nested inside them, belong
 * together (union-find over ids).
 *
 * Blocks kept unchanged under their id are settled first, by one hash lookup and one equality
 * test each: their ids, nested ones included, occur nowhere else in either version (ids are
 * unique within each), so only the rest, usually a handful, need their nested ids listed and the
 * union-find. The loops are plain on purpose: this runs once per block of the report.
 */
import { innerIds, type Block } from './blocks.js';
import type { Draft } from './alignment.js';
import { sameNode } from './same_node.js';

/** Pairs of blocks joined by ids, and the blocks of each side that share no id with the other. */
export function groupByIds(
  allBase: readonly Block[],
  allProposed: readonly Block[],
): { paired: Draft[]; baseAlone: Block[]; proposedAlone: Block[] } {
  const paired: Draft[] = [];
  const proposedAt = new Map<string, number>();
  for (let i = 0; i < allProposed.length; i++) proposedAt.set((allProposed[i] as Block).id, i);
  const settled = new Uint8Array(allProposed.length);
  // The blocks left for the union-find: the base ones first, then the proposed ones.
  const rest: Block[] = [];
  for (const block of allBase) {
    const at = proposedAt.get(block.id);
    const other = at === undefined ? undefined : allProposed[at];
    if (at !== undefined && other && sameNode(block.node, other.node)) {
      paired.push({ base: [block], proposed: [other], how: 'id', equal: true });
      settled[at] = 1;
    } else rest.push(block);
  }
  const baseCount = rest.length;
  for (let i = 0; i < allProposed.length; i++) {
    if (settled[i] === 0) rest.push(allProposed[i] as Block);
  }
  const baseAlone: Block[] = [];
  const proposedAlone: Block[] = [];
  if (rest.length === 0) return { paired, baseAlone, proposedAlone };

  const parent = new Int32Array(rest.length);
  for (let i = 0; i < rest.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const owner = new Map<string, number>();
  const join = (id: string, i: number): void => {
    const first = owner.get(id);
    if (first === undefined) owner.set(id, i);
    else parent[find(i)] = find(first);
  };
  for (let i = 0; i < rest.length; i++) {
    const block = rest[i] as Block;
    join(block.id, i);
    if (block.node.childCount > 0 && !block.node.isTextblock) {
      for (const id of innerIds(block.node)) join(id, i);
    }
  }
  const components = new Map<number, Draft>();
  for (let i = 0; i < rest.length; i++) {
    const block = rest[i] as Block;
    const root = find(i);
    let draft = components.get(root);
    if (!draft) {
      draft = { base: [], proposed: [], how: 'id' };
      components.set(root, draft);
    }
    (i < baseCount ? draft.base : draft.proposed).push(block);
  }
  for (const draft of components.values()) {
    if (draft.proposed.length === 0) for (const block of draft.base) baseAlone.push(block);
    else if (draft.base.length === 0) for (const block of draft.proposed) proposedAlone.push(block);
    else {
      // Joined through a nested id (unwrapped, wrapped, split or merged) rather than their own.
      if (
        draft.base.length > 1 ||
        draft.proposed.length > 1 ||
        draft.base[0]?.id !== draft.proposed[0]?.id
      ) {
        draft.how = 'restructure';
      }
      paired.push(draft);
    }
  }
  baseAlone.sort((x, y) => x.index - y.index);
  proposedAlone.sort((x, y) => x.index - y.index);
  return { paired, baseAlone, proposedAlone };
}
