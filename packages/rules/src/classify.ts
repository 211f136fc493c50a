/**
 * `classify(base, proposed, options)`: every change a member proposes, each with the verdict of
 * the council's protocol. See `shared/spec/report-model.md` section 2 for the contract.
 *
 * The pipeline: align the blocks of both versions (by id, then by content), diff each changed
 * pair word by word, describe the change with language signals, judge it with the rule for its
 * kind of block, and explain it with the rulebook's clause and wording. Sections equal in both
 * versions are settled whole by one equality walk, and identical blocks in place are skipped, so
 * beyond that walk the cost grows with the size of the change, not the report.
 */
import type { Node } from 'prosemirror-model';
import { analyse, overall } from './analyse.js';
import type { Classification } from './classification.js';
import { toReport } from './report_input.js';
import { DEFAULT_RULEBOOK_ID, loadRulebook, type Rulebook } from './rulebook.js';
import type { Speller } from './signals/speller.js';

/** Options for {@link classify} and `applyChanges`. */
export interface ClassifyOptions {
  /** A built-in rulebook id, a rulebook's JSON text, or a rulebook object; default NED. */
  readonly rulebook?: string | Rulebook;
  /** Report-level facts: `statutory` for a statutory officer report under clause 7.7. */
  readonly report?: { readonly statutory?: boolean };
  /**
   * The speller for 7.5(4) spelling fixes. Default: the one set with `useDictionary`; `null`
   * forces the dictionary-free fallback (see `createSpeller`).
   */
  readonly speller?: Speller | null;
}

/**
 * Classifies the changes from `base` to `proposed` (ProseMirror JSON, JSON text or `Node`s of
 * the report schema). Pure and deterministic. Throws `ReportValidationError` for an invalid body
 * and `RulebookError` for an unknown or invalid rulebook; never because of what a change is.
 */
export function classify(
  base: unknown,
  proposed: unknown,
  options: ClassifyOptions = {},
): Classification {
  const rulebook = loadRulebook(options.rulebook ?? DEFAULT_RULEBOOK_ID);
  const baseNode: Node = toReport(base, 'base');
  const proposedNode: Node = toReport(proposed, 'proposed');
  const { located } = analyse(baseNode, proposedNode, {
    rulebook,
    statutory: options.report?.statutory === true,
    speller: options.speller,
  });
  const findings = located.map((item) => item.finding);
  return { verdict: overall(findings), rulebook: rulebook.id, findings };
}
