import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bagSimilarity, wordBag } from './similarity.js';

// What wordBag means: the lower-cased runs of letters and digits, counted in order of first use.
function byPattern(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    bag.set(word, (bag.get(word) ?? 0) + 1);
  }
  return bag;
}

describe('wordBag', () => {
  it('counts lower-cased words, whatever separates them', () => {
    expect([...wordBag('The Council’s budget: £52,400 (the “total”).')]).toEqual([
      ['the', 2],
      ['council', 1],
      ['s', 1],
      ['budget', 1],
      ['52', 1],
      ['400', 1],
      ['total', 1],
    ]);
    expect(wordBag('').size).toBe(0);
  });

  it('reads any text as the letter-and-digit pattern does, other scripts included', () => {
    const piece = fc.constantFrom(
      'Word',
      'café',
      'ÀÉÎ',
      'ſ',
      'ª',
      'µ',
      '²',
      '½',
      '£',
      '’',
      '—',
      ' ',
      '\n',
      '.',
      '_',
      'İ',
      'ΟΔΟΣ',
      'Straße',
      '中文',
      '😀',
      'e\u0301',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect([...wordBag(text)]).toEqual([...byPattern(text)]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('bagSimilarity', () => {
  it('is 1 for the same words in any order and 0 for none shared', () => {
    expect(bagSimilarity(wordBag('a b c'), wordBag('c b a'))).toBe(1);
    expect(bagSimilarity(wordBag('a b'), wordBag('c d'))).toBe(0);
    expect(bagSimilarity(wordBag('a b'), wordBag('a c'))).toBe(0.5);
  });
});
