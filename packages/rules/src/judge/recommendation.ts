/**
 * Recommendations (spec rows `recommendation`): adding, deleting or changing one beyond a 7.5(4)
 * fix needs the author's agreement under 7.6(3); changing one so that it adopts an option a
 * legality statement calls unlawful is forbidden outright.
 */
import type { Change, JudgeContext, Judgement } from './change.js';
import { adoptsCourse, amountsIn, optionRefs } from '../signals/unlawful.js';
import { quote, wordingChange } from './describe.js';
import { signalEvidence, substanceSignals } from './signals.js';

/** Judges a change to a recommendation. */
export function judgeRecommendation(change: Change, context: JudgeContext): Judgement {
  if (change.kind === 'delete') {
    return { rule: 'amend-recommendation', description: 'Deletes a recommendation', evidence: [] };
  }
  const before = new Set(change.kind === 'insert' ? [] : optionRefs(change.before));
  const after = change.kind === 'insert' ? change.after : change.partial;
  const adopted = optionRefs(after).filter(
    (ref) => !before.has(ref) && context.unlawfulOptions.has(ref),
  );
  if (adopted.length > 0 && !rejects(after)) {
    return {
      rule: 'adopt-unlawful-recommendation',
      description: `Changes the recommendation to adopt Option ${adopted.join(' and ')}, which the legality statement warns would be unlawful`,
      evidence: adopted.map((ref) => `Option ${ref}`),
    };
  }
  const beforeText = change.kind === 'insert' ? '' : change.before;
  const had = new Set(amountsIn(beforeText));
  const named = amountsIn(after).filter(
    (amount) => !had.has(amount) && context.unlawfulAmounts.has(amount),
  );
  if (
    (named.length > 0 || adoptsCourse(beforeText, after, context.unlawfulCourses)) &&
    !rejects(after)
  ) {
    return {
      rule: 'adopt-unlawful-recommendation',
      description:
        'Changes the recommendation to adopt a course of action the legality statement warns would be unlawful',
      evidence: [quote(after)],
    };
  }
  if (change.kind === 'insert') {
    return { rule: 'amend-recommendation', description: 'Adds a new recommendation', evidence: [] };
  }
  return {
    rule: 'amend-recommendation',
    description: `Changes the substance of a recommendation: ${wordingChange(change.hunks)}`,
    evidence: change.substance ? substanceSignals(change.substance).map(signalEvidence) : [],
  };
}

// "That Cabinet rejects Option 3" names the option without adopting it.
function rejects(text: string): boolean {
  return /\b(reject|rejects|not (approve|adopt|agree|proceed)|does not|declines?)\b/i.test(text);
}
