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

  it('reads a month written short as the month, but not the modal "may" or the verb "mar"', () => {
    expect(figures('The panel met on Mar. 3.')).toEqual(['date:march', 'date:3']);
    expect(figures('Sept 2025')).toEqual(['date:september', 'date:2025']);
    expect(figures('by 31 May 2026')).toEqual(['date:31', 'date:may', 'date:2026']);
    expect(figures('May residents object? Costs may rise.')).toEqual([]);
    expect(figures('Litter would mar the view.')).toEqual([]);
  });

  it('reads a time of day on either clock', () => {
    expect(figures('The hall opens at 6pm.')).toEqual(['time:18:00']);
    expect(figures('from 6.30 pm')).toEqual(['time:18:30']);
    expect(figures('at 18:30 on Monday')).toEqual(['time:18:30']);
    expect(figures('at 12:15 a.m.')).toEqual(['time:00:15']);
  });

  it('does not read "double" after a possessive as twice something', () => {
    expect(figures("The Mayor's double opened the fete.")).toEqual([]);
    expect(figures('Their double room is let.')).toEqual([]);
    expect(figures('Fees would double.')).toEqual(['count:2']);
    expect(figures('It costs double the estimate.')).toEqual(['count:2']);
  });

  it('reads ordinals in words past the twelfth', () => {
    expect(figures('the fifteenth meeting')).toEqual(['count:15']);
    expect(figures('its fortieth year')).toEqual(['count:40']);
  });

  it('does not read the year glued to a name by an apostrophe as a figure', () => {
    expect(figures("Tickets for Expo'98 sold out.")).toEqual([]);
    expect(figures("Prices have not been this high since the summer of '76.")).toEqual([
      'count:76',
    ]);
  });

  it('reads a number standing for things already named as weak, like a lone "one"', () => {
    const weak = (text: string) =>
      figuresOf(text, wordsOf(text)).map((figure) => figure.weak ?? false);
    expect(weak('The bridge links the two.')).toEqual([true]);
    expect(weak('We met the three of them.')).toEqual([true]);
    expect(weak('The two sites flood.')).toEqual([false]);
    expect(weak('Two replied.')).toEqual([false]);
    expect(weak('It came first.')).toEqual([true]);
    expect(weak('It came 1st.')).toEqual([false]);
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

  it('keeps a date or time written another way', () => {
    expect(compareSubstance('It met on Mar. 2.', 'It met on March 2.').figures).toEqual([]);
    expect(compareSubstance('The hall opens at 6pm.', 'The hall opens at 18:00.').figures).toEqual(
      [],
    );
    expect(
      compareSubstance(
        'The chapel dates from the 1400s.',
        'The chapel dates from the fifteenth century.',
      ).figures,
    ).toEqual([]);
    expect(
      compareSubstance('The chapel is fifteenth century.', 'The chapel is 15th century.').figures,
    ).toEqual([]);
    expect(
      compareSubstance('It was built in the 19th.', 'It was built in the 19th century.').figures,
    ).toEqual([]);
    expect(compareSubstance('It came 2nd.', 'It came second.').figures).toEqual([]);
  });

  it('still sees a date or time changed, or a century read as a decade', () => {
    expect(compareSubstance('The hall opens at 6pm.', 'The hall opens at 7pm.').figures).toEqual([
      'time',
    ]);
    expect(compareSubstance('It opens at 6pm.', 'It opens from 6 to 8pm.').figureText).toEqual([
      '-6pm',
      '+6',
      '+8pm',
    ]);
    expect(compareSubstance('due on 31 May', 'due on 31 July').figures).toEqual(['date']);
    expect(
      compareSubstance('It dates from the 1400s.', 'It dates from the fourteenth century.').figures,
    ).toEqual(['date']);
    expect(
      compareSubstance('It dates from the 21st century.', 'It dates from the 2000s.').figures,
    ).toEqual(['date']);
  });

  it("does not read a name's year, or a number a pronoun replaces, as a figure changed", () => {
    expect(
      compareSubstance(
        "Residents who went to Expo'98 and Expo'00 wrote in.",
        "Residents who went to Expo'98 wrote in.",
      ).figures,
    ).toEqual([]);
    expect(
      compareSubstance(
        'The footbridge links Hill Farm and the depot, and the Council maintains the two.',
        'The footbridge links Hill Farm and the depot, and the Council maintains them.',
      ).figures,
    ).toEqual([]);
    expect(
      compareSubstance(
        'The Council maintains the two bridges.',
        'The Council maintains the bridges.',
      ).figureText,
    ).toEqual(['-two']);
  });

  it('sees one weak number word swapped for another as a figure changed', () => {
    expect(
      compareSubstance('We recommend the first option.', 'We recommend the second option.')
        .figureText,
    ).toEqual(['-first', '+second']);
    expect(
      compareSubstance('The bridge links the two.', 'The bridge links the three.').figureText,
    ).toEqual(['-two', '+three']);
  });

  it('does not let a weak word stand in for a figure the other side dropped', () => {
    expect(
      compareSubstance(
        'The second report found a double count.',
        'The second report found a miscount.',
      ).figureText,
    ).toEqual(['-double']);
  });

  it('does not report a lone "one", which is as often a pronoun, as a figure', () => {
    expect(
      compareSubstance('This is the best option.', 'This is one of the best options.').figures,
    ).toEqual([]);
  });
});
