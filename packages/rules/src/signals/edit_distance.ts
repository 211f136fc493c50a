/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions): how many
 * single-character insertions, deletions, substitutions or swaps turn one word into another.
 * Counted in code points, so a letter outside the Basic Multilingual Plane counts once.
 */

/** The edit distance between `base` and `proposed`, or `limit + 1` once it exceeds `limit`. */
export function editDistance(base: string, proposed: string, limit = Infinity): number {
  const s = [...base];
  const t = [...proposed];
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[t.length] as number;
}
