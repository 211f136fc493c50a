/**
 * The last step of alignment: sections are paired by id; within each pair of sections the
 * one-to-one pairs that kept their relative order (a longest increasing subsequence) stay in
 * place and the others were moved; the merged order lists every block of both versions once.
 */
import type { Block, SectionInfo } from './blocks.js';
import type { Alignment, Draft, MergedSection, Pair, Slot } from './alignment.js';
import { longestIncreasing } from './lis.js';
import { mergeOrder } from './merge_order.js';
import { sameNodeIgnoringIds } from './same_node.js';

export function place(
  drafts: readonly Draft[],
  baseSections: readonly SectionInfo[],
  proposedSections: readonly SectionInfo[],
): Omit<Alignment, 'baseBlocks'> {
  // Sections by id; then, for a body re-imported with new ids, by kind and heading text.
  const proposedById = new Map(proposedSections.map((section) => [section.id, section]));
  const baseMatched = new Map<number, number>(); // proposed section index -> base section index
  const taken = new Set<number>();
  for (const section of baseSections) {
    const other = proposedById.get(section.id);
    if (other) {
      baseMatched.set(other.index, section.index);
      taken.add(section.index);
    }
  }
  const byHeading = new Map<string, SectionInfo[]>();
  for (const section of proposedSections) {
    if (baseMatched.has(section.index)) continue;
    const key = sectionKey(section);
    byHeading.set(key, [...(byHeading.get(key) ?? []), section]);
  }
  for (const section of baseSections) {
    if (taken.has(section.index)) continue;
    const other = byHeading.get(sectionKey(section))?.shift();
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
      same:
        inPlace &&
        (draft.equal === true ||
          sameNodeIgnoringIds((draft.base[0] as Block).node, (draft.proposed[0] as Block).node)),
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

function sectionKey(section: SectionInfo): string {
  const heading = section.blocks[0];
  return `${section.kind}\n${heading?.type === 'heading' ? heading.node.textContent : ''}`;
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
