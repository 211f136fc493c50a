import { describe, expect, it } from 'vitest';
import { compareSubstance } from '../signals/substance.js';
import { evidenceKind, signalEvidence, substanceSignals } from './signals.js';

const kinds = (base: string, proposed: string) =>
  substanceSignals(compareSubstance(base, proposed)).map((signal) => signal.kind);

describe('substanceSignals', () => {
  it('lets a marker be swapped for another that says the same', () => {
    expect(kinds('The Council is able to fund it.', 'The Council can fund it.')).toEqual([]);
    expect(kinds('Costs usually rise in winter.', 'Costs typically rise in winter.')).toEqual([]);
    expect(kinds('It affects all tenants.', 'It affects every tenant.')).toEqual([]);
    expect(kinds('It would be lawful.', 'It will be lawful.')).toEqual([]);
    expect(kinds('It is clearly unaffordable.', 'It is obviously unaffordable.')).toEqual([]);
    expect(kinds('It runs till March.', 'It runs until March.')).toEqual([]);
    expect(kinds('It saves about £2m a year.', 'It saves approximately £2m a year.')).toEqual([]);
    expect(kinds('Some 40 residents replied.', 'Around 40 residents replied.')).toEqual([]);
    expect(kinds('The hall was built c. 1885.', 'The hall was built around 1885.')).toEqual([]);
    expect(
      kinds('Ward members are against the closure.', 'Ward members oppose the closure.'),
    ).toEqual([]);
    expect(
      kinds('Residents objected to the scheme.', 'Residents spoke in opposition to the scheme.'),
    ).toEqual([]);
    expect(kinds('Any fall in income is a risk.', 'Any drop in income is a risk.')).toEqual([]);
    expect(kinds('It should not be pursued.', 'It ought not to be pursued.')).toEqual([]);
    expect(
      kinds('I regard the risk as manageable.', 'In my view the risk can be managed.'),
    ).toEqual([]);
    expect(
      kinds(
        'The risk is reputational rather than financial.',
        "The risk is to the Council's reputation, not its finances.",
      ),
    ).not.toContain('negation');
    expect(
      kinds('It slows the work. It is sound.', 'It slows the work. Even so, it is sound.'),
    ).toEqual([]);
    expect(kinds('Visits rise each year.', 'Visits increase each year.')).toEqual([]);
  });

  it('still sees a marker swapped for a stronger or weaker one', () => {
    expect(kinds('The Council can fund it.', 'The Council must fund it.')).toEqual(['modal']);
    expect(kinds('Costs usually rise.', 'Costs always rise.')).toEqual(['modal']);
    expect(kinds('Visits will rise.', 'Visits will fall.')).toEqual(['verdict']);
    expect(kinds('It is good value.', 'It is excellent value.')).toEqual(['verdict']);
    expect(kinds('The risk is manageable.', 'The risk can be reduced.')).toContain('modal');
    expect(kinds('It affects all tenants.', 'It affects most tenants.')).toContain('quantifier');
    expect(
      kinds('Ward members are against the closure.', 'Ward members support the closure.'),
    ).toEqual(['verdict']);
  });

  it('cancels one swap per pair, so a second added marker still counts', () => {
    expect(kinds('It may help.', 'It might help and might last.')).toEqual(['modal']);
  });

  it('reads a certainty adverb added as a hedge, not as a new claim', () => {
    expect(kinds('It is unaffordable.', 'It is evidently unaffordable.')).toEqual(['modal']);
  });

  it('sees a figure made approximate as a hedge added, but not "about" or "some" elsewhere', () => {
    expect(kinds('It saves £2m a year.', 'It saves around £2m a year.')).toEqual(['modal']);
    expect(kinds('We spoke to residents.', 'We spoke to some residents about it.')).not.toContain(
      'modal',
    );
  });

  it('reads "will" added alone as a change of tense, but not when it replaces a hedge', () => {
    expect(kinds('The scheme saves money.', 'The scheme will save money.')).toEqual([]);
    expect(kinds('The scheme may save money.', 'The scheme will save money.')).toEqual(['modal']);
  });

  it('sees a clause cut as a claim removed, though its words stay elsewhere, when nothing came in', () => {
    const base =
      'A one-year extension gives time to run the tender and to include the decarbonisation of Brookfield Leisure Centre in the new specification. Brookfield Leisure Centre needs new boilers.';
    expect(
      kinds(
        base,
        'A one-year extension gives time to run the tender. Brookfield Leisure Centre needs new boilers.',
      ),
    ).toEqual(['claim-removed']);
    expect(
      kinds(
        base,
        'A one-year extension gives time to run the tender and to put decarbonising Brookfield Leisure Centre into the new specification. Brookfield Leisure Centre needs new boilers.',
      ),
    ).not.toContain('claim-removed');
  });

  it('names the kind of signal a piece of evidence records', () => {
    const signals = substanceSignals(
      compareSubstance(
        'The scheme is likely to save £2m.',
        'The scheme will save £3m for tenants and landlords.',
      ),
    );
    expect(signals.map((signal) => signal.kind)).toEqual(['modal', 'figure', 'claim-added']);
    expect(signals.map((signal) => evidenceKind(signalEvidence(signal)))).toEqual(
      signals.map((signal) => signal.kind),
    );
    expect(evidenceKind('Visits fell.')).toBeNull();
  });
});
