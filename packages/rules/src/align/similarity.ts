/**
 * How alike two texts are, for aligning blocks that lost their ids: the Dice coefficient of their
 * word multisets (2 × shared words / all words), so word order and punctuation do not matter and
 * a lightly edited paragraph scores close to 1.
 */

const WORD = /[\p{L}\p{N}]+/gu;

/** The lower-cased words of `text`, counted. */
export function wordBag(text: string): ReadonlyMap<string, number> {
  const bag = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(WORD)) {
    bag.set(match[0], (bag.get(match[0]) ?? 0) + 1);
  }
  return bag;
}

/** Dice similarity of two word bags, from 0 (nothing shared) to 1 (the same words). */
export function bagSimilarity(
  base: ReadonlyMap<string, number>,
  proposed: ReadonlyMap<string, number>,
): number {
  let shared = 0;
  let total = 0;
  for (const [word, count] of base) {
    total += count;
    shared += Math.min(count, proposed.get(word) ?? 0);
  }
  for (const count of proposed.values()) total += count;
  if (total === 0) return 1;
  return (2 * shared) / total;
}

/** Dice similarity of the words of two texts. */
export function similarity(base: string, proposed: string): number {
  return bagSimilarity(wordBag(base), wordBag(proposed));
}
