import { describe, expect, it } from 'vitest';
import { figuresOf } from './figures.js';
import { compareSubstance } from './substance.js';
import { wordsOf } from './words.js';

const figures = (text: string) =>
  figuresOf(text, wordsOf(text)).map((figure) => `${figure.kind}:${figure.value}`);

describe('figuresOf', () => {
  it('reads a number written in several words as one figure with its value', () => {
    expect(figures('Thirty-one residents replied.')).toEqual(['count:31']);
    expect(figures('It affects two hundred and fifty homes.')).toEqual(['count:250']);
    expect(figures('The scheme costs a million pounds.')).toEqual(['money:1000000']);
    expect(figures('About a hundred and fifty replied.')).toEqual(['count:150']);
    expect(figures('Savings of £1.5 million a year.')).toEqual(['money:1500000']);
    expect(figures('the twenty-first site')).toEqual(['count:21']);
  });

  it('keeps numbers that merely stand side by side apart', () => {
    expect(figures('Wards two, three and seven.')).toEqual(['count:2', 'count:3', 'count:7']);
  });

  it('does not read the start of "March" as a money suffix', () => {
    expect(figures('by 31 March 2026')).toEqual(['date:31', 'date:march', 'date:2026']);
  });
});

describe('compareSubstance on figures written in words and digits', () => {
  it('keeps the figure when a number is written out or put in digits', () => {
    expect(
      compareSubstance('31 residents objected.', 'Thirty-one residents objected.').figures,
    ).toEqual([]);
    expect(compareSubstance('It saves £2,000,000.', 'It saves £2 million.').figures).toEqual([]);
    expect(
      compareSubstance('The review takes 1 year.', 'The review takes one year.').figures,
    ).toEqual([]);
  });

  it('reads short scales and trailing zeros as the value they write', () => {
    expect(compareSubstance('It saves £1.5m.', 'It saves £1,500,000.').figures).toEqual([]);
    expect(compareSubstance('It saves £1.5m.', 'It saves £1.5 million.').figures).toEqual([]);
    expect(compareSubstance('A grant of £250k.', 'A grant of £250,000.').figures).toEqual([]);
    expect(compareSubstance('Fees rise to £2.50.', 'Fees rise to £2.5.').figures).toEqual([]);
    expect(compareSubstance('It saves £1.5m.', 'It saves £1.6m.').figures).toEqual(['money']);
  });

  it('still sees the value change', () => {
    expect(
      compareSubstance('31 residents objected.', 'Thirty residents objected.').figureText,
    ).toEqual(['-31', '+Thirty']);
    expect(compareSubstance('It saves £2,000,000.', 'It saves £3 million.').figures).toEqual([
      'money',
    ]);
  });

  it('does not report a lone "one", which is as often a pronoun, as a figure', () => {
    expect(
      compareSubstance('This is the best option.', 'This is one of the best options.').figures,
    ).toEqual([]);
  });
});
