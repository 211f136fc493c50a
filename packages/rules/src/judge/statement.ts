/**
 * Statements made by officers in designated functions (spec rows `statement`): deleting one, or
 * changing it beyond a 7.5(4) fix, is 7.6(4). Even a corrected date is the officer's to make.
 */
import type { Change, Judgement } from './change.js';
import { nameOf, subjectOf, wordingChange } from './describe.js';
import { signalEvidence, substanceSignals } from './signals.js';

/** Judges a change to a designated officer's statement. */
export function judgeStatement(change: Change): Judgement {
  const name = nameOf(subjectOf(change));
  if (change.kind === 'insert') {
    return { rule: 'tag-protected', description: `Adds new text marked as ${name}`, evidence: [] };
  }
  if (change.kind === 'delete') {
    return { rule: 'exclude-statement', description: `Deletes ${name}`, evidence: [] };
  }
  const signals = change.substance ? substanceSignals(change.substance).map(signalEvidence) : [];
  return {
    rule: 'exclude-statement',
    description: `Changes the wording of ${name} beyond correcting a typing error: ${wordingChange(change.hunks)}`,
    evidence: signals,
  };
}
