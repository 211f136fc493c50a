import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords } from './word_diff.js';
import { p } from '../builders.js';

function replay(base: string, proposed: string): string {
  let out = '';
  let at = 0;
  for (const hunk of diffWords(base, proposed)) {
    out += base.slice(at, hunk.base.from) + proposed.slice(hunk.proposed.from, hunk.proposed.to);
    at = hunk.base.to;
  }
  return out + base.slice(at);
}

describe('diffWords', () => {
  it('finds whole-word hunks with offsets into each text', () => {
    const hunks = diffWords('It is likely to rise.', 'It will rise.');
    expect(hunks).toEqual([
      {
        base: { from: 3, to: 15 },
        proposed: { from: 3, to: 7 },
        deleted: 'is likely to',
        inserted: 'will',
      },
    ]);
  });

  it('returns nothing for equal texts', () => {
    expect(diffWords('Same.', 'Same.')).toEqual([]);
  });

  it('never splits a surrogate pair or a letter from its combining mark', () => {
    const hunks = diffWords('Cafe\u0301 😀 open', 'Café 😃 open');
    for (const hunk of hunks) {
      expect(hunk.deleted).not.toMatch(/^[\u0300-\u036f\udc00-\udfff]/);
      expect(hunk.inserted).not.toMatch(/^[\u0300-\u036f\udc00-\udfff]/);
    }
    expect(hunks.map((hunk) => hunk.deleted)).toEqual(['Cafe\u0301 😀']);
  });

  it('replays the proposal from the base and its hunks, for any texts', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.string({ unit: 'grapheme' }),
        (base, proposed) => {
          expect(replay(base, proposed)).toBe(proposed);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('diffWords on book-length blocks', () => {
  it('falls back to sentences, still replaying exactly', () => {
    const sentence = (i: number) => `Sentence ${i} says something about item ${i % 97}. `;
    const base = Array.from({ length: 3000 }, (_, i) => sentence(i)).join('');
    const proposed = base.replace('Sentence 1500 says', 'Sentence 1500 now says');
    const hunks = diffWords(base, proposed);
    expect(hunks).toHaveLength(1);
    expect(replay(base, proposed)).toBe(proposed);
  });
});

describe('diffWords with the node of its base text', () => {
  it('gives the same hunks as from the texts alone, with the segments kept or not', () => {
    const base = p('The budget for 2026/27 is £3.86m, as agreed.');
    const before = base.textContent;
    const after = 'The budget for 2026/27 is £3.95m.';
    const plain = diffWords(before, after);
    expect(diffWords(before, after, base)).toEqual(plain);
    expect(diffWords(before, after, base)).toEqual(plain);
    // A text that is not the node's own is segmented afresh.
    const other = 'The budget is £4m.';
    expect(diffWords(other, after, base)).toEqual(diffWords(other, after));
  });
});
