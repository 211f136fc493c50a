/**
 * The last step of alignment: sections are paired by id; within each pair of sections the
 * one-to-one pairs that kept their relative order (a longest increasing subsequence) stay in
 * place and the others were moved; the merged order lists every block of both versions once,
 * except those kept at the ends of a section (`ends`, see `keptEnds`): they are in place and
 * unchanged, so a merged section only counts them and its slots are of the blocks between.
 */
import type { Block, SectionInfo } from './blocks.js';
import type { Alignment, Draft, MergedSection, Pair, Slot } from './alignment.js';
import { longestIncreasing } from './lis.js';
import type { KeptEnds } from './kept_ends.js';
import { interleave } from './merge_order.js';
import { sameNodeIgnoringIds } from './same_node.js';

export function place(
  drafts: readonly Draft[],
  baseSections: readonly SectionInfo[],
  proposedSections: readonly SectionInfo[],
  ends: ReadonlyMap<string, KeptEnds>,
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
  const baseSectionKey = new Int32Array(baseSections.length).fill(-1);
  const proposedSectionKey = new Int32Array(proposedSections.length).fill(-1);
  baseMatched.forEach((b, p) => {
    const key = mergedSections.length;
    mergedSections.push({
      base: baseSections[b] ?? null,
      proposed: proposedSections[p] ?? null,
      moved: !sectionAnchors.has(p),
    });
    baseSectionKey[b] = key;
    proposedSectionKey[p] = key;
  });
  for (const section of baseSections) {
    if (baseSectionKey[section.index] !== -1) continue;
    baseSectionKey[section.index] = mergedSections.length;
    mergedSections.push({ base: section, proposed: null, moved: false });
  }
  for (const section of proposedSections) {
    if (proposedSectionKey[section.index] !== -1) continue;
    proposedSectionKey[section.index] = mergedSections.length;
    mergedSections.push({ base: null, proposed: section, moved: false });
  }
  // A matched section out of order shows at its base place and its proposed place.
  const order: Alignment['order'][number][] = [];
  interleave(
    baseSections.length,
    proposedSections.length,
    (p) => sectionAnchors.get(p) ?? -1,
    (side, b, p) => {
      const section = (side === 'base' ? baseSectionKey[b] : proposedSectionKey[p]) as number;
      order.push({ section, side });
    },
  );

  // Which one-to-one pairs stay in place, section by section: those in the same merged section
  // on both sides that kept their relative order (the longest increasing run of base places,
  // read in proposed order).
  const candidatesBySection: (number[] | undefined)[] = [];
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index] as Draft;
    if (draft.base.length !== 1 || draft.proposed.length !== 1) continue;
    const key = proposedSectionKey[(draft.proposed[0] as Block).sectionIndex] as number;
    if (baseSectionKey[(draft.base[0] as Block).sectionIndex] !== key) continue;
    (candidatesBySection[key] ??= []).push(index);
  }
  const proposedPlace = (index: number) => ((drafts[index] as Draft).proposed[0] as Block).index;
  const anchored = new Uint8Array(drafts.length);
  for (const candidates of candidatesBySection) {
    if (!candidates) continue;
    // Drafts come in proposed order, so this is nearly always sorted already.
    if (!isSorted(candidates, proposedPlace)) {
      candidates.sort((x, y) => proposedPlace(x) - proposedPlace(y));
    }
    const keep = longestIncreasing(
      candidates.map((i) => ((drafts[i] as Draft).base[0] as Block).index),
    );
    for (const k of keep) anchored[candidates[k] as number] = 1;
  }
  const pairs: Pair[] = [];
  for (let index = 0; index < drafts.length; index++) {
    const draft = drafts[index] as Draft;
    const oneToOne = draft.base.length === 1 && draft.proposed.length === 1;
    const inPlace = anchored[index] === 1;
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
  }

  // Slots of each merged section, in merged order.
  const baseSlots: Slot[][] = mergedSections.map(() => []);
  const proposedSlots: Slot[][] = mergedSections.map(() => []);
  for (const pair of pairs) {
    if (anchored[pair.index] === 1) {
      const baseBlock = pair.base[0] as Block;
      const block = pair.proposed[0] as Block;
      proposedSlots[proposedSectionKey[block.sectionIndex] as number]?.push({
        pair: pair.index,
        side: 'both',
        block,
      });
      baseSlots[baseSectionKey[baseBlock.sectionIndex] as number]?.push({
        pair: pair.index,
        side: 'both',
        block: baseBlock,
      });
      continue;
    }
    for (const block of pair.base) {
      baseSlots[baseSectionKey[block.sectionIndex] as number]?.push({
        pair: pair.index,
        side: 'base',
        block,
      });
    }
    for (const block of pair.proposed) {
      proposedSlots[proposedSectionKey[block.sectionIndex] as number]?.push({
        pair: pair.index,
        side: 'proposed',
        block,
      });
    }
  }
  // Where each anchored pair stands among the base slots of its section.
  const basePosition = new Int32Array(pairs.length);
  const sections: MergedSection[] = mergedSections.map((section, key) => {
    const same = section.base?.same === true && section.proposed?.same === true;
    // A section the same in both versions lists no blocks, so it has no slots.
    if (same) {
      return {
        base: section.base,
        proposed: section.proposed,
        moved: section.moved,
        same,
        keptBefore: 0,
        keptAfter: 0,
        slots: NO_SLOTS,
      };
    }
    // Ends are kept only between the two versions of a section that share its id.
    const kept =
      section.base && section.base.id === section.proposed?.id
        ? ends.get(section.base.id)
        : undefined;
    const base = sortedByPlace(baseSlots[key] as Slot[]);
    const proposed = sortedByPlace(proposedSlots[key] as Slot[]);
    base.forEach((slot, i) => {
      if (slot.side === 'both') basePosition[slot.pair] = i;
    });
    const slots: Slot[] = [];
    interleave(
      base.length,
      proposed.length,
      (i) => {
        const slot = proposed[i] as Slot;
        return slot.side === 'both' ? (basePosition[slot.pair] as number) : -1;
      },
      (side, b, p) => {
        slots.push((side === 'base' ? base[b] : proposed[p]) as Slot);
      },
    );
    return {
      base: section.base,
      proposed: section.proposed,
      moved: section.moved,
      same,
      keptBefore: kept?.before ?? 0,
      keptAfter: kept?.after ?? 0,
      slots,
    };
  });
  return { pairs, sections, order };
}

const NO_SLOTS: readonly Slot[] = [];

function isSorted(items: readonly number[], key: (item: number) => number): boolean {
  for (let i = 1; i < items.length; i++) {
    if (key(items[i - 1] as number) > key(items[i] as number)) return false;
  }
  return true;
}

// Slots in document order of their blocks; they are usually pushed in that order already.
function sortedByPlace(slots: Slot[]): Slot[] {
  for (let i = 1; i < slots.length; i++) {
    if ((slots[i - 1] as Slot).block.index > (slots[i] as Slot).block.index) {
      return slots.sort((x, y) => x.block.index - y.block.index);
    }
  }
  return slots;
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
