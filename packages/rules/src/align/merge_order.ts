/**
 * Interleaves two sequences that share some items (anchors, in the same order in both) into one
 * sequence holding every item of each side once: anchors once as `both`, items only in the base
 * just after their base predecessor, items only in the proposal just after their proposed
 * predecessor. Deleted items come before inserted ones between the same two anchors. Reading the
 * result and keeping `base` and `both` gives the base order; keeping `proposed` and `both` gives
 * the proposed order, which is what lets applyChanges rebuild either version exactly.
 */

/** One place in the merged order: an index into the base side, the proposed side, or both. */
export type Merged =
  | { readonly side: 'base'; readonly base: number }
  | { readonly side: 'proposed'; readonly proposed: number }
  | { readonly side: 'both'; readonly base: number; readonly proposed: number };

/**
 * Merges `baseCount` base items and `proposedCount` proposed items. `anchors` maps a proposed
 * index to the base index it stands for; anchors must be increasing on both sides.
 */
export function mergeOrder(
  baseCount: number,
  proposedCount: number,
  anchors: ReadonlyMap<number, number>,
): readonly Merged[] {
  const merged: Merged[] = [];
  interleave(
    baseCount,
    proposedCount,
    (proposed) => anchors.get(proposed) ?? -1,
    (side, base, proposed) => {
      merged.push(
        side === 'base'
          ? { side, base }
          : side === 'proposed'
            ? { side, proposed }
            : { side, base, proposed },
      );
    },
  );
  return merged;
}

/**
 * The merged order as calls of `visit`, without building it: {@link mergeOrder}'s order, for a
 * caller that turns each place straight into its own item. `anchorOf(proposed)` is the base index
 * a proposed item stands for, or -1.
 */
export function interleave(
  baseCount: number,
  proposedCount: number,
  anchorOf: (proposed: number) => number,
  visit: (side: Merged['side'], base: number, proposed: number) => void,
): void {
  let nextBase = 0;
  let nextProposed = 0;
  // Between two anchors, base-only items come before proposed-only ones, so a replaced block
  // reads as "deleted, then inserted" in document order.
  const flush = (baseEnd: number, proposedEnd: number) => {
    for (; nextBase < baseEnd; nextBase++) visit('base', nextBase, -1);
    for (; nextProposed < proposedEnd; nextProposed++) visit('proposed', -1, nextProposed);
  };
  for (let proposed = 0; proposed < proposedCount; proposed++) {
    const base = anchorOf(proposed);
    if (base === -1) continue;
    flush(base, proposed);
    visit('both', base, proposed);
    nextBase = base + 1;
    nextProposed = proposed + 1;
  }
  flush(baseCount, proposedCount);
}
