/**
 * Clause 7.5(4) fixes, described: which hunks of a change are typing corrections, and the
 * sentence that says what they correct.
 */
import type { Hunk } from '../diff/word_diff.js';
import { fixKind, type FixKind } from '../signals/fix.js';
import type { Speller } from '../signals/speller.js';
import type { Judgement } from './change.js';
import { quote } from './describe.js';

/** The hunks of a change split into 7.5(4) fixes (with their kind) and the rest. */
export function splitFixes(
  hunks: readonly Hunk[],
  before: string,
  speller: Speller | null,
): { fixes: readonly { hunk: Hunk; kind: FixKind }[]; others: readonly Hunk[] } {
  const fixes: { hunk: Hunk; kind: FixKind }[] = [];
  const others: Hunk[] = [];
  for (const hunk of hunks) {
    const kind = fixKind(hunk, before, speller);
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
  'function-word': 'a small connecting word',
};

/** The judgement on a set of fixes in `name`. */
export function fixJudgement(
  fixes: readonly { hunk: Hunk; kind: FixKind }[],
  name: string,
): Judgement {
  const kinds = [...new Set(fixes.map((fix) => fix.kind))];
  const what = kinds.map((kind) => WHAT[kind]).join(' and ');
  const verb = kinds.length === 1 && kinds[0] === 'repeat' ? 'Removes' : 'Corrects';
  return {
    rule: 'typo-fix',
    description: `${verb} ${what} in ${name}`,
    evidence: fixes.map(({ hunk }) =>
      hunk.inserted.trim() === ''
        ? `${quote(hunk.deleted, 40)} removed`
        : hunk.deleted.trim() === ''
          ? `${quote(hunk.inserted, 40)} added`
          : `${quote(hunk.deleted, 40)} → ${quote(hunk.inserted, 40)}`,
    ),
  };
}
