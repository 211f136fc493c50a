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
  let nextBase = 0;
  for (let proposed = 0; proposed < proposedCount; proposed++) {
    const base = anchors.get(proposed);
    if (base === undefined) {
      merged.push({ side: 'proposed', proposed });
      continue;
    }
    for (; nextBase < base; nextBase++) merged.push({ side: 'base', base: nextBase });
    merged.push({ side: 'both', base, proposed });
    nextBase = base + 1;
  }
  for (; nextBase < baseCount; nextBase++) merged.push({ side: 'base', base: nextBase });
  return mergeDeletesFirst(merged);
}

// Between two anchors, put the base-only items before the proposed-only ones, so a replaced
// block reads as "deleted, then inserted" in document order.
function mergeDeletesFirst(merged: Merged[]): Merged[] {
  const result: Merged[] = [];
  let run: Merged[] = [];
  const flush = () => {
    result.push(...run.filter((item) => item.side === 'base'));
    result.push(...run.filter((item) => item.side === 'proposed'));
    run = [];
  };
  for (const item of merged) {
    if (item.side === 'both') {
      flush();
      result.push(item);
    } else run.push(item);
  }
  flush();
  return result;
}
