/**
 * Ordinary text (spec rows `unprotected blocks` and `an untagged block that plainly reads as`):
 * adding, re-wording, simplifying, deleting or re-ordering is 7.5(2), with deleting (a whole block,
 * most of its text, or a sentence of it with nothing in its place) a rule of its own
 * (`delete-text`) for councils whose protocol forbids withholding information; correcting a fact
 * (a date, a count, a name, a direction) is 7.5(3); changing money or a percentage in the financial section or a table
 * needs the author to check the estimate (7.5(5)); and text that plainly reads as advice on
 * legality, an officer's opinion or a consultation response is for the author to review under
 * the clause of what it reads as.
 */
import { readsAs, readsAsOf } from '../signals/reads_as.js';
import type { Substance } from '../signals/substance.js';
import type { Change, Judgement } from './change.js';
import { OPPOSITES } from '../signals/lexicon.js';
import { nameOf, subjectOf, capitalise, quote } from './describe.js';

/** Most words a fact correction replaces in one place ("38" → "36", "twelve-week" → ...). */
const FACT_WORDS = 3;

/** Judges a change to ordinary (unprotected) text. */
export function judgeText(change: Change): Judgement {
  const block = subjectOf(change);
  const name = nameOf(block);
  if (change.kind === 'insert') {
    // New text in an officer's voice ("in my professional opinion") is the officer's to write.
    const voice = readsAs(change.after);
    if (voice === 'opinion' || voice === 'statement') {
      return {
        rule: 'tag-protected',
        description: capitalise(
          `adds ${name} that reads as ${voice === 'opinion' ? "an officer's professional opinion" : "a designated officer's advice"}`,
        ),
        evidence: [quote(change.after)],
      };
    }
    return { rule: 'amend-text', description: capitalise(`adds ${name}`), evidence: [] };
  }
  // The base side of one block is that block's text, read once per block (the base is kept).
  const [base] = change.base;
  const kind = readsAsOf(change.before, change.base.length === 1 && base ? base.node : null);
  if (kind !== null) {
    const rule =
      kind === 'statement'
        ? 'reads-as-statement'
        : kind === 'opinion'
          ? 'reads-as-opinion'
          : 'reads-as-consultation';
    return {
      rule,
      description: capitalise(`${change.kind === 'delete' ? 'deletes' : 'changes'} ${name}`),
      evidence: [quote(change.before)],
    };
  }
  if (change.kind === 'delete') {
    // An empty block holds no information: taking it out is layout.
    return {
      rule: change.before.trim() === '' ? 'amend-text' : 'delete-text',
      description: capitalise(`deletes ${name}`),
      evidence: [],
    };
  }
  if (change.kind === 'move') {
    return {
      rule: 'amend-text',
      description: capitalise(`moves ${name}`),
      evidence: [],
    };
  }
  const substance = change.substance;
  if (substance && substance.figures.length > 0) {
    const money = substance.figures.some((kind) => kind === 'money' || kind === 'percent');
    const costly =
      block?.sectionKind === 'financial' ||
      change.nodeType === 'table' ||
      change.proposed[0]?.sectionKind === 'financial';
    if (money && costly) {
      return {
        rule: 'check-estimate',
        description: `Changes an amount or percentage in ${name} (${figureChange(substance.figureText)})`,
        evidence: substance.figureText,
      };
    }
    if (isSmallCorrection(change)) {
      return {
        rule: 'correct-fact',
        description: `Corrects a figure or date in ${name} (${figureChange(substance.figureText)})`,
        evidence: substance.figureText,
      };
    }
  }
  const corrected = isNameCorrection(change)
    ? 'a name'
    : isDirectionCorrection(change)
      ? 'a fact'
      : null;
  if (corrected !== null) {
    return {
      rule: 'correct-fact',
      description: `Corrects ${corrected} in ${name}`,
      evidence: change.hunks.map((hunk) => `${hunk.deleted.trim()} → ${hunk.inserted.trim()}`),
    };
  }
  if (substance && isMostlyDeleted(substance)) {
    return {
      rule: 'delete-text',
      description: capitalise(
        `deletes most of the text of ${name} (${substance.baseWords} words become ${substance.proposedWords})`,
      ),
      evidence: [],
    };
  }
  // A sentence taken out with nothing put in its place deletes what it said.
  if (substance && substance.sentencesRemoved > 0 && substance.added.length === 0) {
    return {
      rule: 'delete-text',
      description: capitalise(`deletes a sentence of ${name}`),
      evidence: substance.lost.slice(0, 8),
    };
  }
  const layout = change.hunks.every((hunk) => `${hunk.deleted}${hunk.inserted}`.trim() === '');
  const verb = layout
    ? 'changes the layout of'
    : substance && substance.proposedWords > substance.baseWords * 1.2
      ? 'expands'
      : substance && substance.proposedWords < substance.baseWords * 0.8
        ? 'simplifies'
        : 're-words';
  return { rule: 'amend-text', description: capitalise(`${verb} ${name}`), evidence: [] };
}

// Most of the text taken out rather than re-worded: more than half the base's words are gone and
// what is left is under half as long, so the words were not replaced by others.
function isMostlyDeleted(substance: Substance): boolean {
  return (
    substance.removedWords * 2 > substance.baseWords &&
    substance.proposedWords * 2 < substance.baseWords
  );
}

// "-7.4% +7.2%" as "7.4% → 7.2%".
function figureChange(changes: readonly string[]): string {
  const removed = changes.filter((c) => c.startsWith('-')).map((c) => c.slice(1));
  const added = changes.filter((c) => c.startsWith('+')).map((c) => c.slice(1));
  if (removed.length === 0) return `adds ${added.join(', ')}`;
  if (added.length === 0) return `removes ${removed.join(', ')}`;
  return `${removed.join(', ')} → ${added.join(', ')}`;
}

// Every hunk replaces a few words with a few others.
function isSmallCorrection(change: Change): boolean {
  return change.hunks.every((hunk) => {
    const count = (text: string) => text.split(/\s+/).filter(Boolean).length;
    return count(hunk.deleted) <= FACT_WORDS && count(hunk.inserted) <= FACT_WORDS;
  });
}

// Every hunk swaps one capitalised name for another.
function isNameCorrection(change: Change): boolean {
  return (
    change.hunks.length > 0 &&
    isSmallCorrection(change) &&
    change.hunks.every(
      (hunk) => /^\s*\p{Lu}/u.test(hunk.deleted) && /^\s*\p{Lu}/u.test(hunk.inserted),
    )
  );
}

// Every hunk swaps one word for its opposite in where or which way ("south" for "north",
// "reduced" for "increased"): a fact put right, as a date or a count is.
function isDirectionCorrection(change: Change): boolean {
  return (
    change.hunks.length > 0 &&
    change.hunks.every((hunk) => {
      const deleted = hunk.deleted.trim().toLowerCase();
      const inserted = hunk.inserted.trim().toLowerCase();
      return OPPOSITES.some((group) => group.has(deleted) && group.has(inserted));
    })
  );
}
