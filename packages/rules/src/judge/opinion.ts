/**
 * Officers' opinions (spec rows `opinion`): deleting one, or altering its substance, is 7.6(2);
 * re-phrasing that keeps the same claims, figures and polarity is 7.5(2) but only the author can
 * confirm it. Substance is read from the signals: a negation added or removed, a modal or hedge
 * changed, a verdict word turned, a figure changed, a condition added, or content words (claims)
 * removed or added beyond what a re-phrasing swaps.
 */
import type { Substance } from '../signals/substance.js';
import type { Change, Judgement } from './change.js';
import { nameOf, subjectOf } from './describe.js';

/**
 * Content words a re-phrasing may drop or bring in without counting as a claim removed or
 * added, beyond the words it swaps one for one.
 */
export const REPHRASE_SLACK = 2;

/** The substance signals a change carries, as evidence; empty when it reads as a re-phrasing. */
export function substanceSignals(substance: Substance): readonly string[] {
  const signals: string[] = [];
  if (substance.negation.length > 0) signals.push(`negation ${substance.negation.join(' ')}`);
  if (substance.modal.length > 0) signals.push(`modal or hedge ${substance.modal.join(' ')}`);
  if (substance.verdict.length > 0) signals.push(`verdict ${substance.verdict.join(' ')}`);
  if (substance.figures.length > 0) signals.push(`figures ${substance.figureText.join(' ')}`);
  if (substance.condition.length > 0) signals.push(`condition ${substance.condition.join(' ')}`);
  const swapped = Math.min(substance.removed.length, substance.added.length);
  if (substance.removed.length - swapped > REPHRASE_SLACK) {
    signals.push(`claim removed: ${substance.removed.slice(0, 8).join(' ')}`);
  }
  if (substance.added.length - swapped > REPHRASE_SLACK) {
    signals.push(`claim added: ${substance.added.slice(0, 8).join(' ')}`);
  }
  return signals;
}

/** Judges a change to an officer's opinion. */
export function judgeOpinion(change: Change): Judgement {
  const name = nameOf(subjectOf(change));
  if (change.kind === 'insert') {
    return {
      rule: 'tag-protected',
      description: `Adds new text marked as ${name}`,
      evidence: [],
    };
  }
  if (change.kind === 'delete') {
    return { rule: 'alter-opinion', description: `Deletes ${name}`, evidence: [] };
  }
  const signals = change.substance ? substanceSignals(change.substance) : [];
  if (signals.length > 0) {
    return {
      rule: 'alter-opinion',
      description: `Alters the substance of ${name} (${signals[0]})`,
      evidence: signals,
    };
  }
  return {
    rule: 'rephrase-opinion',
    description: `Re-phrases ${name} with the same claims, figures and polarity`,
    evidence: change.substance ? [...change.substance.removed, ...change.substance.added] : [],
  };
}
