/**
 * Officers' opinions (spec rows `opinion`): deleting one, or altering its substance, is 7.6(2);
 * re-phrasing that keeps the same claims, figures and polarity is 7.5(2) but only the author can
 * confirm it. Substance is read from the signals: a negation added or removed, a modal or hedge
 * changed, a verdict word turned, a figure changed, a condition added, or content words (claims)
 * removed or added beyond what a re-phrasing swaps.
 */
import type { Change, Judgement } from './change.js';
import { nameOf, subjectOf } from './describe.js';
import { describeSignal, signalEvidence, substanceSignals } from './signals.js';

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
      description: `Alters the substance of ${name}: it ${signals.slice(0, 2).map(describeSignal).join(' and ')}`,
      evidence: signals.map(signalEvidence),
    };
  }
  return {
    rule: 'rephrase-opinion',
    description: `Re-phrases ${name} with the same claims, figures and polarity`,
    evidence: change.substance ? [...change.substance.removed, ...change.substance.added] : [],
  };
}
