/**
 * Longest increasing subsequence, in O(n log n): given the base positions of aligned items listed
 * in proposed order, the items in the result kept their relative order; the rest moved.
 */

/** Indexes (into `values`) of one longest strictly increasing subsequence. */
export function longestIncreasing(values: readonly number[]): readonly number[] {
  const tails: number[] = []; // tails[k]: index of the smallest tail of an increasing run of k+1
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((values[tails[mid] as number] as number) < value) low = mid + 1;
      else high = mid;
    }
    if (low > 0) previous[i] = tails[low - 1] as number;
    tails[low] = i;
  }
  const result: number[] = [];
  let at = tails.length > 0 ? (tails[tails.length - 1] as number) : -1;
  while (at !== -1) {
    result.push(at);
    at = previous[at] as number;
  }
  return result.reverse();
}
