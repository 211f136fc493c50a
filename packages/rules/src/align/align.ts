/**
 * Aligns the blocks of two versions of a report body.
 *
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
import { blockText, innerIds, listSections, type Block, type SectionInfo } from './blocks.js';
import { longestIncreasing } from './lis.js';
import { mergeOrder } from './merge_order.js';
import { bagSimilarity, similarity, wordBag } from './similarity.js';

/** Blocks whose words are at least this alike are taken for the same block re-worded. */
export const SIMILAR = 0.5;
/** Beyond this many block comparisons, only blocks within {@link WINDOW} places are compared. */
const MAX_COMPARISONS = 250_000;
const WINDOW = 200;
/** A block plus its neighbour must read at least this much like the other side to be a split. */
const SPLIT_SIMILAR = 0.8;

/** How a pair was found. */
export type PairHow = 'id' | 'content' | 'restructure' | 'insert' | 'delete';

/** Blocks of the base and of the proposal that are the same material. */
export interface Pair {
  readonly index: number;
  readonly base: readonly Block[];
  readonly proposed: readonly Block[];
  readonly how: PairHow;
  /** One block each side, but the proposed one stands elsewhere (another section or order). */
  readonly moved: boolean;
  /** One block each side, in place, and equal (nothing to report). */
  readonly same: boolean;
}

/** One block's place in the merged order. `both`: one-to-one pair in place. */
export interface Slot {
  readonly pair: number;
  readonly side: 'base' | 'proposed' | 'both';
  /** The block on the slot's side (the proposed one for `both`). */
  readonly block: Block;
}

/** A section in the merged order and the slots of the blocks inside it. */
export interface MergedSection {
  readonly base: SectionInfo | null;
  readonly proposed: SectionInfo | null;
  /** Both sides present but out of order: listed twice in {@link Alignment.order}. */
  readonly moved: boolean;
  readonly slots: readonly Slot[];
}

/** The result of {@link align}. */
export interface Alignment {
  readonly pairs: readonly Pair[];
  readonly sections: readonly MergedSection[];
  /** Section places in document order; a moved section appears at its base and proposed place. */
  /** Every block of the base, in document order (index = `Block.index`). */
  readonly baseBlocks: readonly Block[];
  readonly order: readonly {
    readonly section: number;
    readonly side: 'base' | 'proposed' | 'both';
  }[];
}

/** Aligns the blocks of `base` and `proposed` (two report bodies). Pure; never throws. */
export function align(base: Node, proposed: Node): Alignment {
  const baseSections = listSections(base);
  const proposedSections = listSections(proposed);
  const baseBlocks = baseSections.flatMap((section) => section.blocks);
  const proposedBlocks = proposedSections.flatMap((section) => section.blocks);
  const groups = groupByIds(baseBlocks, proposedBlocks);
  const pairs = [
    ...groups.paired,
    ...matchByContent(groups.baseAlone, groups.proposedAlone, groups.paired),
  ];
  pairs.sort((x, y) => firstIndex(x) - firstIndex(y));
  return { ...place(pairs, baseSections, proposedSections), baseBlocks };
}

interface Draft {
  base: Block[];
  proposed: Block[];
  how: PairHow;
  /** One block each side with the same id and equal nodes. */
  equal?: boolean;
}

function firstIndex(draft: Draft): number {
  // Order pairs by where they stand in the proposal, deletions by their base place.
  const block = draft.proposed[0] ?? draft.base[0];
  return (draft.proposed[0] ? 0 : 0.5) + (block?.index ?? 0);
}

// Step 1: union-find over ids. Blocks kept unchanged under their id are settled first: their
// ids, nested ones included, occur nowhere else in either version (ids are unique within each),
// so only the rest need the union-find.
function groupByIds(
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

// Step 2 and 3: content.
function matchByContent(baseAlone: Block[], proposedAlone: Block[], paired: Draft[]): Draft[] {
  const found: Draft[] = [];
  if (baseAlone.length === 0 && proposedAlone.length === 0) return found;
  const baseLeft = new Set(baseAlone);
  const proposedLeft = new Set(proposedAlone);

  // Identical text, same type preferred.
  const byText = new Map<string, Block[]>();
  for (const block of proposedAlone) {
    const key = blockText(block);
    const list = byText.get(key);
    if (list) list.push(block);
    else byText.set(key, [block]);
  }
  for (const block of baseAlone) {
    const candidates = byText.get(blockText(block))?.filter((other) => proposedLeft.has(other));
    if (!candidates || candidates.length === 0) continue;
    const match = candidates.find((other) => other.type === block.type) ?? candidates[0];
    if (!match) continue;
    found.push({ base: [block], proposed: [match], how: 'content' });
    baseLeft.delete(block);
    proposedLeft.delete(match);
  }

  // A protected block whose text is a run of consecutive plain blocks on the other side.
  const runs = (whole: Set<Block>, parts: Set<Block>, partsAll: Block[], baseIsWhole: boolean) => {
    for (const block of [...whole]) {
      if (block.protectedAs === null) continue;
      const text = blockText(block);
      const ordered = partsAll.filter((part) => parts.has(part));
      for (let start = 0; start < ordered.length; start++) {
        let joined = '';
        for (let end = start; end < ordered.length; end++) {
          const part = ordered[end] as Block;
          if (end > start && part.index !== (ordered[end - 1] as Block).index + 1) break;
          joined = end === start ? blockText(part) : `${joined}\n${blockText(part)}`;
          if (joined.length > text.length) break;
          if (joined === text) {
            const run = ordered.slice(start, end + 1);
            found.push(
              baseIsWhole
                ? { base: [block], proposed: run, how: 'restructure' }
                : { base: run, proposed: [block], how: 'restructure' },
            );
            whole.delete(block);
            run.forEach((part) => parts.delete(part));
            start = ordered.length;
            break;
          }
        }
      }
    }
  };
  runs(baseLeft, proposedLeft, proposedAlone, true);
  runs(proposedLeft, baseLeft, baseAlone, false);

  // Splits and merges: a block left alone right after one side of a one-to-one pair.
  const baseLeftByIndex = new Map([...baseLeft].map((block) => [block.index, block]));
  const proposedLeftByIndex = new Map([...proposedLeft].map((block) => [block.index, block]));
  for (const draft of paired) {
    if (draft.base.length !== 1 || draft.proposed.length !== 1) continue;
    extend(draft, 'proposed', proposedLeft);
    extend(draft, 'base', baseLeft);
  }

  // The most similar text, best pairs first.
  const candidates: { base: Block; proposed: Block; score: number }[] = [];
  if (baseLeft.size > 0 && proposedLeft.size > 0) {
    const proposedBags = [...proposedLeft].map((block) => ({
      block,
      bag: wordBag(blockText(block)),
    }));
    // Every pair when there are few; otherwise only blocks at about the same place in each
    // version, so a body pasted in without ids costs O(n × window), not O(n²).
    const everyPair = baseLeft.size * proposedBags.length <= MAX_COMPARISONS;
    [...baseLeft].forEach((block, rank) => {
      const bag = wordBag(blockText(block));
      const centre = Math.round((rank / Math.max(1, baseLeft.size)) * proposedBags.length);
      const from = everyPair ? 0 : Math.max(0, centre - WINDOW);
      const to = everyPair ? proposedBags.length : Math.min(proposedBags.length, centre + WINDOW);
      for (let i = from; i < to; i++) {
        const other = proposedBags[i] as (typeof proposedBags)[number];
        const score = bagSimilarity(bag, other.bag);
        if (score >= SIMILAR) candidates.push({ base: block, proposed: other.block, score });
      }
    });
  }
  candidates.sort(
    (x, y) =>
      y.score - x.score || x.base.index - y.base.index || x.proposed.index - y.proposed.index,
  );
  for (const { base, proposed } of candidates) {
    if (!baseLeft.has(base) || !proposedLeft.has(proposed)) continue;
    found.push({ base: [base], proposed: [proposed], how: 'content' });
    baseLeft.delete(base);
    proposedLeft.delete(proposed);
  }

  for (const block of baseLeft) found.push({ base: [block], proposed: [], how: 'delete' });
  for (const block of proposedLeft) found.push({ base: [], proposed: [block], how: 'insert' });
  return found;

  function extend(draft: Draft, side: 'base' | 'proposed', left: Set<Block>) {
    if (left.size === 0) return;
    const other = side === 'base' ? draft.proposed : draft.base;
    const blocks = draft[side];
    const byIndex = side === 'base' ? baseLeftByIndex : proposedLeftByIndex;
    let target: string | null = null;
    let current = '';
    let score = 0;
    for (;;) {
      const last = blocks[blocks.length - 1] as Block;
      const next = byIndex.get(last.index + 1);
      if (!next || !left.has(next) || next.sectionId !== last.sectionId) return;
      if (target === null) {
        // Only now, with a candidate beside it, is the pair worth comparing.
        target = blockText(other[0] as Block);
        current = blockText(blocks[0] as Block);
        score = similarity(target, current);
      }
      const joined = `${current}\n${blockText(next)}`;
      const joinedScore = similarity(target, joined);
      if (joinedScore < SPLIT_SIMILAR || joinedScore <= score) return;
      blocks.push(next);
      left.delete(next);
      current = joined;
      score = joinedScore;
      draft.how = 'restructure';
    }
  }
}

// Places pairs in sections and in the merged order.
function place(
  drafts: readonly Draft[],
  baseSections: readonly SectionInfo[],
  proposedSections: readonly SectionInfo[],
): Omit<Alignment, 'baseBlocks'> {
  // Sections by id.
  const proposedById = new Map(proposedSections.map((section) => [section.id, section]));
  const baseMatched = new Map<number, number>(); // proposed section index -> base section index
  for (const section of baseSections) {
    const other = proposedById.get(section.id);
    if (other) baseMatched.set(other.index, section.index);
  }
  const sectionAnchors = anchorsOf(baseMatched);
  const mergedSections: {
    base: SectionInfo | null;
    proposed: SectionInfo | null;
    moved: boolean;
  }[] = [];
  const baseSectionKey = new Map<number, number>();
  const proposedSectionKey = new Map<number, number>();
  for (const [p, b] of baseMatched) {
    const key = mergedSections.length;
    mergedSections.push({
      base: baseSections[b] ?? null,
      proposed: proposedSections[p] ?? null,
      moved: !sectionAnchors.has(p),
    });
    baseSectionKey.set(b, key);
    proposedSectionKey.set(p, key);
  }
  for (const section of baseSections) {
    if (baseSectionKey.has(section.index)) continue;
    baseSectionKey.set(section.index, mergedSections.length);
    mergedSections.push({ base: section, proposed: null, moved: false });
  }
  for (const section of proposedSections) {
    if (proposedSectionKey.has(section.index)) continue;
    proposedSectionKey.set(section.index, mergedSections.length);
    mergedSections.push({ base: null, proposed: section, moved: false });
  }
  const order = mergeOrder(baseSections.length, proposedSections.length, sectionAnchors).flatMap(
    (item): Alignment['order'][number][] => {
      if (item.side === 'base') {
        const section = baseSectionKey.get(item.base) as number;
        // A matched section out of order shows at its base place too; one only in the base, once.
        return [{ section, side: 'base' }];
      }
      const section = proposedSectionKey.get(item.proposed) as number;
      if (item.side === 'both') return [{ section, side: 'both' }];
      return [{ section, side: 'proposed' }];
    },
  );

  // Which one-to-one pairs stay in place, section by section.
  const sectionOfBase = (block: Block) => baseSectionKey.get(block.sectionIndex) as number;
  const sectionOfProposed = (block: Block) => proposedSectionKey.get(block.sectionIndex) as number;
  const pairs: Pair[] = [];
  const inPlaceBySection = new Map<number, number[]>();
  drafts.forEach((draft, index) => {
    const oneToOne = draft.base.length === 1 && draft.proposed.length === 1;
    const baseBlock = draft.base[0];
    const proposedBlock = draft.proposed[0];
    if (
      oneToOne &&
      baseBlock &&
      proposedBlock &&
      sectionOfBase(baseBlock) === sectionOfProposed(proposedBlock)
    ) {
      const key = sectionOfProposed(proposedBlock);
      const list = inPlaceBySection.get(key);
      if (list) list.push(index);
      else inPlaceBySection.set(key, [index]);
    }
  });
  const anchored = new Set<number>();
  for (const candidates of inPlaceBySection.values()) {
    const ordered = [...candidates].sort(
      (x, y) =>
        ((drafts[x] as Draft).proposed[0] as Block).index -
        ((drafts[y] as Draft).proposed[0] as Block).index,
    );
    const keep = longestIncreasing(
      ordered.map((i) => ((drafts[i] as Draft).base[0] as Block).index),
    );
    keep.forEach((k) => anchored.add(ordered[k] as number));
  }
  drafts.forEach((draft, index) => {
    const oneToOne = draft.base.length === 1 && draft.proposed.length === 1;
    const inPlace = anchored.has(index);
    pairs.push({
      index,
      base: draft.base,
      proposed: draft.proposed,
      how: draft.how,
      moved: oneToOne && !inPlace,
      same: inPlace && draft.equal === true,
    });
  });

  // Slots of each merged section, in merged order.
  const slotsBySection = mergedSections.map(() => ({ base: [] as Slot[], proposed: [] as Slot[] }));
  for (const pair of pairs) {
    if (anchored.has(pair.index)) {
      const block = pair.proposed[0] as Block;
      slotsBySection[sectionOfProposed(block)]?.proposed.push({
        pair: pair.index,
        side: 'both',
        block,
      });
      slotsBySection[sectionOfBase(pair.base[0] as Block)]?.base.push({
        pair: pair.index,
        side: 'both',
        block: pair.base[0] as Block,
      });
      continue;
    }
    for (const block of pair.base)
      slotsBySection[sectionOfBase(block)]?.base.push({ pair: pair.index, side: 'base', block });
    for (const block of pair.proposed)
      slotsBySection[sectionOfProposed(block)]?.proposed.push({
        pair: pair.index,
        side: 'proposed',
        block,
      });
  }
  const sections: MergedSection[] = mergedSections.map((section, key) => {
    const { base, proposed } = slotsBySection[key] as { base: Slot[]; proposed: Slot[] };
    base.sort((x, y) => x.block.index - y.block.index);
    proposed.sort((x, y) => x.block.index - y.block.index);
    const anchors = new Map<number, number>();
    const basePosition = new Map<number, number>();
    base.forEach((slot, i) => {
      if (slot.side === 'both') basePosition.set(slot.pair, i);
    });
    proposed.forEach((slot, i) => {
      const at = basePosition.get(slot.pair);
      if (slot.side === 'both' && at !== undefined) anchors.set(i, at);
    });
    const slots = mergeOrder(base.length, proposed.length, anchors).map((item) =>
      item.side === 'base' ? (base[item.base] as Slot) : (proposed[item.proposed] as Slot),
    );
    return { ...section, slots };
  });
  return { pairs, sections, order };
}

function anchorsOf(matched: ReadonlyMap<number, number>): ReadonlyMap<number, number> {
  const proposedOrder = [...matched.keys()].sort((x, y) => x - y);
  const keep = longestIncreasing(proposedOrder.map((p) => matched.get(p) as number));
  return new Map(
    keep.map((k) => {
      const p = proposedOrder[k] as number;
      return [p, matched.get(p) as number] as const;
    }),
  );
}
