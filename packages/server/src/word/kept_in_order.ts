/**
 * Which blocks of a proposal kept their place: the longest run of slots found in the same order in
 * the base and the proposal. Slots are unique within a body, so this longest common subsequence is
 * a longest increasing subsequence of base positions, found by patience sorting in O(n log n).
 * Everything else is shown as moved, inserted or deleted.
 */

/**
 * The slots found in the same order in both sequences (a longest common subsequence; slots are
 * unique within a body, so it is a longest increasing subsequence of base positions).
 */
export function keptInOrder(base: readonly string[], proposed: readonly string[]): Set<string> {
  const position = new Map(base.map((slot, i) => [slot, i]));
  const sequence = proposed.filter((slot) => position.has(slot));
  // Patience sorting: tails[k] is the index into `sequence` ending the best run of length k + 1.
  const tails: number[] = [];
  const previous: number[] = [];
  sequence.forEach((slot, i) => {
    const at = position.get(slot) ?? 0;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((position.get(sequence[tails[mid] ?? 0] ?? '') ?? 0) < at) low = mid + 1;
      else high = mid;
    }
    previous[i] = low > 0 ? (tails[low - 1] ?? -1) : -1;
    tails[low] = i;
  });
  const kept = new Set<string>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(sequence[i] ?? '');
  return kept;
}
