/**
 * How alike two texts are, for aligning blocks that lost their ids: the Dice coefficient of their
 * word multisets (2 × shared words / all words), so word order and punctuation do not matter and
 * a lightly edited paragraph scores close to 1.
 */

const WORD = /[\p{L}\p{N}]+/gu;

// Which code units below 0x180 are letters or digits, as WORD reads them; and the punctuation
// above that council text often holds (‘ ’ “ ” – — … • €), which only separates words.
const LETTER_OR_DIGIT = Uint8Array.from({ length: 0x180 }, (_, code) =>
  /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) ? 1 : 0,
);
const SEPARATORS = new Set([
  0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x2022, 0x20ac,
]);

/** The lower-cased words of `text`, counted. */
export function wordBag(text: string): ReadonlyMap<string, number> {
  const lower = text.toLowerCase();
  // Text of those characters alone is read by a scan, with no match objects; other text by WORD.
  const bag = new Map<string, number>();
  let start = -1;
  for (let at = 0; at <= lower.length; at++) {
    const code = at < lower.length ? lower.charCodeAt(at) : 0x20;
    let inWord: boolean;
    if (code < 0x180) inWord = LETTER_OR_DIGIT[code] === 1;
    else if (SEPARATORS.has(code)) inWord = false;
    else return bagByPattern(lower);
    if (inWord) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      const word = lower.slice(start, at);
      bag.set(word, (bag.get(word) ?? 0) + 1);
      start = -1;
    }
  }
  return bag;
}

function bagByPattern(lower: string): ReadonlyMap<string, number> {
  const bag = new Map<string, number>();
  for (const match of lower.matchAll(WORD)) {
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
