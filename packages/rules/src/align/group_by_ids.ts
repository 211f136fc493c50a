/**
 * Step 1 of alignment: blocks that share an id, their own or one nested inside them, belong
 * together (union-find over ids).
 */
import { innerIds, type Block } from './blocks.js';
import type { Draft } from './alignment.js';

// Blocks kept unchanged under their id are settled first: their
// ids, nested ones included, occur nowhere else in either version (ids are unique within each),
// so only the rest need the union-find.
export function groupByIds(
  allBase: readonly Block[],
  allProposed: readonly Block[],
): { paired: Draft[]; baseAlone: Block[]; proposedAlone: Block[] } {
  const paired: Draft[] = [];
  const proposedById = new Map(allProposed.map((block) => [block.id, block]));
  const settled = new Set<Block>();
  const baseBlocks: Block[] = [];
  for (const block of allBase) {
    const other = proposedById.get(block.id);
    if (other && block.node.eq(other.node)) {
      paired.push({ base: [block], proposed: [other], how: 'id', equal: true });
      settled.add(other);
    } else baseBlocks.push(block);
  }
  const proposedBlocks =
    settled.size > 0 ? allProposed.filter((block) => !settled.has(block)) : [...allProposed];
  const all = [...baseBlocks, ...proposedBlocks];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const owner = new Map<string, number>();
  all.forEach((block, i) => {
    const ids =
      block.node.childCount > 0 && !block.node.isTextblock
        ? [block.id, ...innerIds(block.node)]
        : [block.id];
    for (const id of ids) {
      const first = owner.get(id);
      if (first === undefined) owner.set(id, i);
      else parent[find(i)] = find(first);
    }
  });
  const components = new Map<number, Draft>();
  all.forEach((block, i) => {
    const root = find(i);
    let draft = components.get(root);
    if (!draft) {
      draft = { base: [], proposed: [], how: 'id' };
      components.set(root, draft);
    }
    (i < baseBlocks.length ? draft.base : draft.proposed).push(block);
  });
  const baseAlone: Block[] = [];
  const proposedAlone: Block[] = [];
  for (const draft of components.values()) {
    if (draft.proposed.length === 0) baseAlone.push(...draft.base);
    else if (draft.base.length === 0) proposedAlone.push(...draft.proposed);
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
