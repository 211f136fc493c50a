import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentText } from './segment.js';

const words = new Intl.Segmenter('en', { granularity: 'word' });
const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

const longText = fc
  .array(
    fc.constantFrom('word', 'café', 'e\u0301', '😀', '£310,000', ' ', '  ', '. ', '\n', ',', 'x'),
    {
      minLength: 500,
      maxLength: 1500,
    },
  )
  .map((parts) => parts.join(''));

describe('segmentText', () => {
  it('gives the same word segments as one pass over the whole text', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const whole = [...words.segment(text)].map((part) => [part.segment, part.index]);
        expect(segmentText(words, text).map((part) => [part.segment, part.index])).toEqual(whole);
      }),
      { numRuns: 30 },
    );
  });

  it('covers the whole text with sentences, in order', () => {
    fc.assert(
      fc.property(longText, (text) => {
        const parts = segmentText(sentences, text);
        expect(parts.map((part) => part.segment).join('')).toBe(text);
        parts.forEach((part, i) =>
          expect(part.index).toBe(i === 0 ? 0 : parts[i - 1]!.index + parts[i - 1]!.segment.length),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('segmentText on plain English text', () => {
  it('gives the same word segments as Intl.Segmenter, word-likeness included', () => {
    const plain = fc
      .array(
        fc.constantFrom('word', 'café', '£310,000', ' ', '  ', '. ', '\n', ',', "don't", 'x'),
        {
          maxLength: 300,
        },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(plain, (text) => {
        const whole = [...words.segment(text)].map((part) => ({
          segment: part.segment,
          index: part.index,
          isWordLike: part.isWordLike === true,
        }));
        expect(segmentText(words, text)).toEqual(whole);
      }),
      { numRuns: 100 },
    );
  });
});
