/** The data alignment produces: pairs of blocks, and the merged order of both versions. */
import type { Block, SectionInfo } from './blocks.js';

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
  /** Both sides present and equal ({@link SectionInfo.same}): no slots, the section is kept whole. */
  readonly same: boolean;
  /**
   * How many blocks at the start and at the end of the section are the same in both versions
   * (`keptEnds`): unchanged and in place, they are settled as a whole equal section is, with
   * no pairs and no slots; they are the base section's first and last children. 0 unless both
   * sides are present, share their id and differ.
   */
  readonly keptBefore: number;
  readonly keptAfter: number;
  /** The blocks between the kept ends of both versions, in merged order. */
  readonly slots: readonly Slot[];
}

/** The result of `align`. */
export interface Alignment {
  readonly pairs: readonly Pair[];
  readonly sections: readonly MergedSection[];
  /** The blocks of the base outside sections that are the same in both versions, in order. */
  readonly baseBlocks: readonly Block[];
  /** Section places in document order; a moved section appears at its base and proposed place. */
  readonly order: readonly {
    readonly section: number;
    readonly side: 'base' | 'proposed' | 'both';
  }[];
}

/** A pair being built (internal to the alignment steps). */
export interface Draft {
  base: Block[];
  proposed: Block[];
  how: PairHow;
  /** One block each side with the same id and equal nodes. */
  equal?: boolean;
}
