import dictionary from 'dictionary-en-gb';
import { describe, expect, it } from 'vitest';
import { createSpeller } from './speller.js';

describe('createSpeller', () => {
  it('knows British spellings from the dictionary, given as bytes or text', () => {
    const fromBytes = createSpeller(dictionary);
    expect(fromBytes.correct('organisation')).toBe(true);
    expect(fromBytes.correct('judical')).toBe(false);
    const decoder = new TextDecoder();
    const fromText = createSpeller({
      aff: decoder.decode(dictionary.aff),
      dic: decoder.decode(dictionary.dic),
    });
    expect(fromText.correct('councillor')).toBe(true);
  });
});
