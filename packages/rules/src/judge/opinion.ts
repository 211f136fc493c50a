/**
 * Officers' opinions (spec rows `opinion`): deleting one, or altering its substance, is 7.6(2);
 * re-phrasing that keeps the same claims, figures and polarity is 7.5(2) but only the author can
 * confirm it. Substance is read from the signals: a negation added or removed, a modal or hedge
 * changed, a verdict word turned, a figure changed, a condition added, or content words (claims)
 * removed or added beyond what a re-phrasing swaps.
 */
import { BINDING_MODALS, LOOSE_SCALE_WORDS, MODAL_TENSES } from '../signals/lexicon.js';
import type { Substance } from '../signals/substance.js';
import type { Change, Judgement } from './change.js';
import { nameOf, subjectOf } from './describe.js';

/** Net content words a re-phrasing may bring in without counting as a new claim. */
export const ADDED_SLACK = 1;
/** Net content words a re-phrasing may drop (tightening) without counting as a claim removed. */
export const REMOVED_SLACK = 6;

/**
 * The substance signals of a change, as evidence; empty when it reads as a re-phrasing. Tuned
 * on the IteraTeR train split (see ACCURACY.md): additions weigh more than removals, because
 * re-phrasing mostly tightens (drops a loose "can" or "more") while a change of meaning mostly
 * adds (a qualifier, a figure, a hedge).
 */
export function substanceSignals(substance: Substance): readonly string[] {
  const signals: string[] = [];
  const modal = withoutTenseSwaps(substance.modal).filter(
    (change) => change.startsWith('+') || BINDING_MODALS.has(change.slice(1)),
  );
  const verdict = substance.verdict.filter(
    (change) => change.startsWith('+') || !LOOSE_SCALE_WORDS.has(change.slice(1)),
  );
  if (substance.negation.length > 0) signals.push(`negation ${substance.negation.join(' ')}`);
  if (modal.length > 0) signals.push(`modal or hedge ${modal.join(' ')}`);
  if (verdict.length > 0) signals.push(`verdict ${verdict.join(' ')}`);
  if (substance.figures.length > 0) signals.push(`figures ${substance.figureText.join(' ')}`);
  if (substance.condition.length > 0) signals.push(`condition ${substance.condition.join(' ')}`);
  const added = substance.added.length;
  const removed = substance.removed.length;
  const swapped = Math.min(added, removed);
  // Words only added, none taken away: a qualifier or a new claim, not a re-phrasing.
  const pureAddition = substance.removedWords === 0 && added > 0;
  if (pureAddition || added - swapped > ADDED_SLACK) {
    signals.push(`claim or qualification added: ${substance.added.slice(0, 8).join(' ')}`);
  }
  if (substance.sentencesRemoved > 0 || removed - swapped > REMOVED_SLACK) {
    signals.push(`claim removed: ${substance.removed.slice(0, 8).join(' ')}`);
  }
  return signals;
}

// "will" for "would" (and can/could, may/might, shall/should) follows a change of tense, not
// of certainty: a pair of such swaps cancels out.
function withoutTenseSwaps(changes: readonly string[]): readonly string[] {
  const left = [...changes];
  for (const change of changes) {
    if (!change.startsWith('+') || !left.includes(change)) continue;
    const other = MODAL_TENSES.get(change.slice(1));
    const removed = left.indexOf(`-${other ?? ''}`);
    if (other && removed >= 0) {
      left.splice(removed, 1);
      left.splice(left.indexOf(change), 1);
    }
  }
  return left;
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
