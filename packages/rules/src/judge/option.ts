/**
 * Options (spec rows `option`): adding one is 7.5(1); deleting one, deleting most of its text or
 * moving it out of the options section is 7.6(1); re-wording or re-labelling it is 7.5(2);
 * changing which option is recommended needs the author (7.6(3)), and flagging one a legality
 * statement calls unlawful is forbidden.
 */
import type { Change, JudgeContext, Judgement } from './change.js';
import { nameOf, subjectOf, capitalise } from './describe.js';
import { optionRefOfLabel } from '../signals/unlawful.js';

/**
 * Share of an option's words that may go before the change counts as deleting the option: more
 * than half is "most of its text" (spec row `option`).
 */
export const GUTTED_SHARE = 0.5;

/** Judges a change of an option's `recommended` flag; null when the flag is unchanged. */
export function judgeOptionFlag(change: Change, context: JudgeContext): Judgement | null {
  if (!change.attrsChanged.includes('recommended')) return null;
  const name = nameOf(subjectOf(change));
  const flagged = change.proposed[0]?.node.attrs['recommended'] === true;
  // The option by its label now, or by its label before: options re-labelled so that the flag
  // lands on the course the legality statement warned against (written of its old number) are
  // caught as well.
  const ref = [change.proposed[0], change.base[0]]
    .map((block) => optionRefOfLabel(String(block?.node.attrs['label'] ?? '')))
    .find((label) => label !== null && context.unlawfulOptions.has(label));
  if (flagged && ref !== undefined) {
    return {
      rule: 'recommend-unlawful-option',
      description: `Marks ${name} as the recommended option although the legality statement warns it would be unlawful`,
      evidence: [`Option ${ref}`],
    };
  }
  return {
    rule: 'change-recommended-option',
    description: flagged
      ? `Marks ${name} as the recommended option`
      : `Stops marking ${name} as the recommended option`,
    evidence: [],
  };
}

/** Judges a change to an option block, other than its flag (see {@link judgeOptionFlag}). */
export function judgeOption(change: Change): Judgement {
  const block = subjectOf(change);
  const name = nameOf(block);
  if (change.kind === 'insert') {
    return { rule: 'add-option', description: `Adds ${name} as a new option`, evidence: [] };
  }
  if (change.kind === 'delete') {
    return {
      rule: 'exclude-option',
      description: `Deletes ${name} from the options put to the decision-maker`,
      evidence: [],
    };
  }
  const parts = change.proposed.filter((block) => block.protectedAs === 'option');
  if (parts.length > 1 && change.base.length === 1) {
    // One option split in two: the second is a new choice put to the decision-maker.
    return {
      rule: 'add-option',
      description: `Splits ${name} into ${parts.map((block) => nameOf(block)).join(' and ')}, adding a new option`,
      evidence: [],
    };
  }
  const merged = change.base.filter((block) => block.protectedAs === 'option');
  if (merged.length > 1) {
    // Two options run into one: the decision-maker loses a choice, as if one were deleted.
    return {
      rule: 'exclude-option',
      description: `Merges ${merged.map((block) => nameOf(block)).join(' and ')} into one option, so they are no longer put to the decision-maker as separate choices`,
      evidence: [],
    };
  }
  if (change.baseSection === 'options' && change.proposedSection !== 'options') {
    return {
      rule: 'exclude-option',
      description: `Moves ${name} out of the options section, so it is no longer put to the decision-maker as an option`,
      evidence: [],
    };
  }
  const substance = change.substance;
  if (substance && substance.baseWords > 0) {
    const kept = substance.proposedWords / substance.baseWords;
    const removedShare = substance.removed.length / substance.baseWords;
    if (kept < 1 - GUTTED_SHARE || removedShare > GUTTED_SHARE) {
      return {
        rule: 'exclude-option',
        description: `Deletes most of the text of ${name} (${substance.baseWords} words become ${substance.proposedWords})`,
        evidence: substance.removed.slice(0, 8),
      };
    }
  }
  if (change.attrsChanged.includes('label') && change.hunks.length === 0) {
    return {
      rule: 'amend-option',
      description: `Re-labels ${name} as ${nameOf(change.proposed[0])}`,
      evidence: [],
    };
  }
  if (change.kind === 'move' && change.hunks.length === 0) {
    return {
      rule: 'amend-option',
      description: `Moves ${name} to another place among the options`,
      evidence: [],
    };
  }
  const verb = substance && substance.proposedWords > substance.baseWords ? 'Expands' : 'Re-words';
  return {
    rule: 'amend-option',
    description: capitalise(`${verb} ${name}`),
    evidence: substance ? [...substance.added, ...substance.removed].slice(0, 8) : [],
  };
}
