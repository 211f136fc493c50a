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

  it('takes a word commonly typed for another put right as a spelling fix', () => {
    expect(kinds('in there report', 'in their report')).toEqual(['spelling']);
    expect(kinds('the main principle road', 'the main principal road')).toEqual(['spelling']);
    expect(kinds('responses form residents', 'responses from residents')).toEqual(['spelling']);
    expect(kinds('legal council', 'legal counsel')).toEqual([null]);
  });

  it('does not take an apostrophe moved across the "s" of a possessive as punctuation', () => {
    expect(kinds("the councils' view", "the council's view")).toEqual([null]);
    expect(kinds("it's budget", 'its budget')).toEqual(['punctuation']);
  });

  it('takes a stray line break as spacing, but not paragraphs joined or split between sentences', () => {
    expect(kinds('will save\n£40,000 a year.', 'will save £40,000 a year.')).toEqual(['spacing']);
    expect(kinds('It saves £40,000.\n\nVisits fall.', 'It saves £40,000.\nVisits fall.')).toEqual([
      'spacing',
    ]);
    expect(kinds('It saves £40,000.\nVisits fall.', 'It saves £40,000. Visits fall.')).toEqual([
      null,
    ]);
    expect(kinds('It saves £40,000. Visits fall.', 'It saves £40,000.\nVisits fall.')).toEqual([
      null,
    ]);
  });

  it('does not take the same words put in another order as a fix', () => {
    expect(kinds('trains in German-English', 'trains in English-German')).toEqual([null]);
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
    expect(kinds('the farm', 'the firm', null)).toEqual([null]);
  });
});
