/**
 * The rules a rulebook maps onto its council's clauses. The ids are stable: findings, audit
 * records and other councils' rulebooks refer to them, so never rename one; add new ones instead.
 */
export const RULE_IDS = [
  /** Spelling, case, spacing or punctuation fixed, a repeat or a function word dropped or added. */
  'typo-fix',
  /** A new option added. */
  'add-option',
  /** An option deleted, most of its text deleted, or moved out of the options. */
  'exclude-option',
  /** An option's text expanded or re-worded, or its label changed. */
  'amend-option',
  /** An option's `recommended` flag changed. */
  'change-recommended-option',
  /** An option flagged as recommended that a legality statement says would be unlawful. */
  'recommend-unlawful-option',
  /** An officer's opinion deleted or its substance altered. */
  'alter-opinion',
  /** An officer's opinion re-phrased with the same substance. */
  'rephrase-opinion',
  /** A designated officer's statement deleted or changed beyond a typing fix. */
  'exclude-statement',
  /** A consultation response deleted or changed beyond a typing fix. */
  'exclude-consultation',
  /** A recommendation added, deleted or changed beyond a typing fix. */
  'amend-recommendation',
  /** A recommendation changed to adopt what a legality statement says would be unlawful. */
  'adopt-unlawful-recommendation',
  /** An option re-typed, unwrapped or given other attributes (besides label and flag). */
  'retag-option',
  /** An opinion re-typed, unwrapped or re-attributed. */
  'retag-opinion',
  /** A statement re-typed, unwrapped, re-attributed or re-kinded. */
  'retag-statement',
  /** A consultation response re-typed, unwrapped or given another source. */
  'retag-consultation',
  /** A recommendation re-typed or unwrapped. */
  'retag-recommendation',
  /** Ordinary text (re)written as one of the protected kinds. */
  'tag-protected',
  /** A protected block moved to another section, otherwise unchanged. */
  'move-protected',
  /** Unprotected text added, re-worded, simplified or re-ordered (deleted: `delete-text`). */
  'amend-text',
  /** A fact corrected in unprotected text: a date, a name, a count. */
  'correct-fact',
  /** An amount of money or a percentage changed in the financial section or a cost table. */
  'check-estimate',
  /** Untagged text that reads as an officer's opinion, deleted or changed in substance. */
  'reads-as-opinion',
  /** Untagged text that reads as a statement on legality, fairness, prudence or key decisions. */
  'reads-as-statement',
  /** Untagged text that reads as a consultation response, deleted or changed. */
  'reads-as-consultation',
  /** Anything beyond a typing fix in a statutory officer report. */
  'statutory-report',
  /**
   * Unprotected text deleted: a whole block that holds text, or most of a block's text (more
   * than half its words gone and less than half its length left). Apart from `amend-text` so a
   * council whose protocol forbids withholding information can make deletions `review` without
   * catching re-wording too.
   */
  'delete-text',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
