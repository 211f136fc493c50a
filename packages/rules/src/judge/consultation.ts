/**
 * Consultation responses (spec rows `consultation`): deleting one, or changing it beyond a
 * 7.5(4) fix, is 7.6(5): what consultees said is theirs, and the report must carry it.
 */
import type { Change, Judgement } from './change.js';
import { nameOf, subjectOf, wordingChange } from './describe.js';
import { signalEvidence, substanceSignals } from './signals.js';

/** Judges a change to a consultation response. */
export function judgeConsultation(change: Change): Judgement {
  const name = nameOf(subjectOf(change));
  if (change.kind === 'insert') {
    return { rule: 'tag-protected', description: `Adds new text marked as ${name}`, evidence: [] };
  }
  if (change.kind === 'delete') {
    return { rule: 'exclude-consultation', description: `Deletes ${name}`, evidence: [] };
  }
  const substance = change.substance;
  const shrunk = substance && substance.proposedWords < substance.baseWords;
  return {
    rule: 'exclude-consultation',
    description: shrunk
      ? `Removes part of ${name}`
      : `Changes the wording of ${name} beyond correcting a typing error: ${wordingChange(change.hunks)}`,
    evidence: substance ? substanceSignals(substance).map(signalEvidence) : [],
  };
}
