import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simpleWordSegments } from './simple_words.js';

const words = new Intl.Segmenter('en', { granularity: 'word' });

function viaIntl(text: string) {
  return [...words.segment(text)].map((part) => ({
    segment: part.segment,
    index: part.index,
    isWordLike: part.isWordLike === true,
  }));
}

function range(from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));
}

// The whole alphabet simpleWordSegments accepts.
const ALPHABET = [
  ...range(0x41, 0x5a),
  ...range(0x61, 0x7a),
  ...range(0x30, 0x39),
  ...range(0xc0, 0xd6),
  ...range(0xd8, 0xf6),
  ...range(0xf8, 0x17f),
  ...' \n\r\t.,;:\'‘’!"#$%&()*+-/<=>?@[\\]^`{|}~£€–—“”…•§°',
];
// The characters whose neighbours decide a boundary, to pair every character with.
const PIVOTS = ['a', 'Z', 'é', 'ſ', '7', ' ', '\n', '\r', '.', ',', ';', ':', "'", '’', '‘', '-'];
// One of each class, to close a triple with.
const CLASSES = ['a', '7', ' ', '\n', '.', ',', ':', '’', '-'];

describe('simpleWordSegments', () => {
  // Tens of thousands of texts through Intl.Segmenter: allow for a busy machine.
  it(
    'segments as Intl.Segmenter does for every character, pair and triple around the pivots',
    { timeout: 60_000 },
    () => {
      for (const char of ALPHABET) {
        expect(simpleWordSegments(char), char).toEqual(viaIntl(char));
        for (const pivot of PIVOTS) {
          for (const text of [char + pivot, pivot + char]) {
            expect(simpleWordSegments(text), text).toEqual(viaIntl(text));
          }
          for (const other of CLASSES) {
            for (const text of [pivot + char + other, char + pivot + other]) {
              expect(simpleWordSegments(text), text).toEqual(viaIntl(text));
            }
          }
        }
      }
    },
  );

  it('segments random texts of the alphabet as Intl.Segmenter does', () => {
    const piece = fc.oneof(
      fc.constantFrom(...PIVOTS),
      fc.constantFrom(...ALPHABET),
      fc.constantFrom('£52,400', '2024/25', "don't", 'e.g.', '1,000.5', 'well-being', '  '),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(simpleWordSegments(text)).toEqual(viaIntl(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves texts outside the alphabet to Intl.Segmenter', () => {
    for (const text of ['snake_case', 'e\u0301', 'a\u00a0b', 'a·b', '😀', 'x²', 'Ελλάδα', '中文'])
      expect(simpleWordSegments(`Plain ${text} words`), text).toBeNull();
  });
});
