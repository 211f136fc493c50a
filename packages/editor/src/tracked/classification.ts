/**
 * The classification contract of `shared/spec/report-model.md` section 2, as the editor reads
 * it (the fields it needs of what the rules and the server send), plus how verdicts are worded
 * on screen. Verdicts and change kinds are the rules library's own.
 */
import type { ChangeKind, Verdict } from '@probity/rules';

export type { ChangeKind, Verdict };

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
