/**
 * The classification contract of `shared/spec/report-model.md` section 2, as the editor reads
 * it, plus how verdicts are worded and ranked on screen.
 */

/** In rising severity. */
export type Verdict = 'permitted' | 'review' | 'forbidden';

export type ChangeKind = 'insert' | 'delete' | 'modify' | 'move' | 'retag';

export interface Change {
  readonly kind: ChangeKind;
  readonly blockId: string;
  readonly nodeType: string;
  readonly section: string;
  readonly before?: string;
  readonly after?: string;
}

export interface Finding {
  readonly id: string;
  readonly verdict: Verdict;
  readonly clause: string;
  readonly rule: string;
  readonly reason: string;
  readonly change: Change;
}

export interface Classification {
  readonly verdict: Verdict;
  readonly rulebook: string;
  readonly findings: readonly Finding[];
}

const RANK: Readonly<Record<Verdict, number>> = { permitted: 0, review: 1, forbidden: 2 };

/** The most severe of `verdicts`; `permitted` when there are none. */
export function worstVerdict(verdicts: Iterable<Verdict>): Verdict {
  let worst: Verdict = 'permitted';
  for (const verdict of verdicts) if (RANK[verdict] > RANK[worst]) worst = verdict;
  return worst;
}

/** The word shown on a verdict badge. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  permitted: 'Permitted',
  review: 'Needs review',
  forbidden: 'Not allowed',
};

/** What each verdict means, for the badge's tooltip and the legend. */
export const VERDICT_MEANINGS: Readonly<Record<Verdict, string>> = {
  permitted: 'The protocol allows a member to ask for this.',
  review: 'Allowed only once the report author confirms it in their professional judgement.',
  forbidden: 'The protocol does not allow a member to ask for this.',
};

/** How a change is described in a few words. */
export const CHANGE_LABELS: Readonly<Record<ChangeKind, string>> = {
  insert: 'Added',
  delete: 'Deleted',
  modify: 'Changed',
  move: 'Moved',
  retag: 'Re-tagged',
};
