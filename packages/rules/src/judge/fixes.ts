/**
 * Clause 7.5(4) fixes, described: which hunks of a change are typing corrections, and the
 * sentence that says what they correct.
 */
import type { Hunk } from '../diff/word_diff.js';
import { fixKind, paragraphBreak, type FixKind } from '../signals/fix.js';
import type { Speller } from '../signals/speller.js';
import type { Usage } from '../signals/usage.js';
import type { Judgement } from './change.js';
import { capitalise, quote } from './describe.js';

/** The hunks of a change split into 7.5(4) fixes (with their kind) and the rest. */
export function splitFixes(
  hunks: readonly Hunk[],
  before: string,
  speller: Speller | null,
  usage?: Usage,
): { fixes: readonly { hunk: Hunk; kind: FixKind }[]; others: readonly Hunk[] } {
  const fixes: { hunk: Hunk; kind: FixKind }[] = [];
  const others: Hunk[] = [];
  for (const hunk of hunks) {
    const kind = fixKind(hunk, before, speller, usage);
    if (kind === null) others.push(hunk);
    else fixes.push({ hunk, kind });
  }
  return { fixes, others };
}

const WHAT: Record<FixKind, string> = {
  case: 'capitalisation',
  spacing: 'spacing',
  punctuation: 'punctuation',
  repeat: 'a repeated word or sentence',
  spelling: 'spelling',
  grammar: 'grammar',
  'function-word': 'small connecting words',
};

/** The judgement on a set of fixes in `name`. */
export function fixJudgement(
  fixes: readonly { hunk: Hunk; kind: FixKind }[],
  name: string,
): Judgement {
  return {
    rule: 'typo-fix',
    description: `${capitalise(describeFixes(fixes))} in ${name}`,
    evidence: fixes.map(({ hunk }) => {
      const breaks = paragraphBreak(hunk);
      if (breaks !== null) return `paragraph break ${breaks}`;
      return hunk.inserted.trim() === ''
        ? `${quote(hunk.deleted, 40)} removed`
        : hunk.deleted.trim() === ''
          ? `${quote(hunk.inserted, 40)} added`
          : `${quote(hunk.deleted, 40)} → ${quote(hunk.inserted, 40)}`;
    }),
  };
}

function describeFixes(fixes: readonly { hunk: Hunk; kind: FixKind }[]): string {
  const kinds = [...new Set(fixes.map((fix) => fix.kind))];
  const [only] = fixes;
  if (fixes.length === 1 && only) {
    const { hunk, kind } = only;
    const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;
    if (kind === 'repeat') {
      return words(hunk.deleted) > 3
        ? 'removes a repeated sentence'
        : `removes the repeated word ${quote(hunk.deleted)}`;
    }
    if (kind === 'spelling')
      return `corrects the spelling ${quote(hunk.deleted)} to ${quote(hunk.inserted)}`;
    if (kind === 'function-word' && hunk.deleted.trim() === '')
      return `adds the word ${quote(hunk.inserted)}`;
    if (kind === 'function-word' && hunk.inserted.trim() === '')
      return `drops the word ${quote(hunk.deleted)}`;
    const breaks = paragraphBreak(hunk);
    if (breaks !== null)
      return breaks === 'removed' ? 'removes a paragraph break' : 'adds a paragraph break';
  }
  return `corrects ${kinds.map((kind) => WHAT[kind]).join(' and ')}`;
}
