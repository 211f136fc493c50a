import { describe, expect, it } from 'vitest';
import { diffWords } from '../diff/word_diff.js';
import { defaultSpeller } from './speller.js';
import { fixKind } from './fix.js';

function kinds(base: string, proposed: string, speller = defaultSpeller()) {
  return diffWords(base, proposed).map((hunk) => fixKind(hunk, base, speller));
}

describe('fixKind', () => {
  it('recognises case, spacing and punctuation fixes', () => {
    expect(kinds('the equality Act 2010', 'the Equality Act 2010')).toEqual(['case']);
    expect(kinds('a fine  day', 'a fine day')).toEqual(['spacing']);
    expect(kinds('lack of space (48%, smells', 'lack of space (48%), smells')).toEqual([
      'punctuation',
    ]);
  });

  it('recognises a repeated word or sentence removed', () => {
    expect(kinds('The the district', 'The district')).toEqual(['repeat']);
    expect(kinds('It rose. It rose. Then fell.', 'It rose. Then fell.')).toEqual(['repeat']);
  });

  it('recognises misspellings corrected with the en-GB dictionary', () => {
    expect(kinds('on judical review', 'on judicial review')).toEqual(['spelling']);
    expect(kinds('an efficent service', 'an efficient service')).toEqual(['spelling']);
  });

  it('regression: a misspelling corrected into a verdict word ("efficent" → "efficient") is a spelling fix', () => {
    // Found on the corpus: verdict words were never allowed as corrections, so fixing the
    // spelling of "efficient" in an opinion read as turning its verdict.
    expect(
      kinds('a comprehensive and efficent service', 'a comprehensive and efficient service'),
    ).toEqual(['spelling']);
  });

  it('does not take a real word swapped for another as a spelling fix', () => {
    expect(kinds('This is now lawful.', 'This is not lawful.')).toEqual([null]);
    expect(kinds('the organisation', 'the organization')).toEqual([null]);
  });

  it('recognises function words added or dropped, but not modals or negators', () => {
    expect(kinds('said that they would', 'said they would')).toEqual(['function-word']);
    expect(kinds('a high risk of challenge', 'a high risk of a challenge')).toEqual([
      'function-word',
    ]);
    expect(kinds('It is retained.', 'It should be retained.')).toEqual([null]);
    expect(kinds('It is retained.', 'It is not retained.')).toEqual([null]);
  });

  it('without a dictionary, accepts only one-letter slips in longer words', () => {
    expect(kinds('the respondants said', 'the respondents said', null)).toEqual(['spelling']);
    expect(kinds('the form', 'the from', null)).toEqual([null]);
  });
});
