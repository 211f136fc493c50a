/**
 * What `classify` returns: the contract of `shared/spec/report-model.md` section 2, with extra
 * fields for the editor (which blocks, which characters) and for the record (the words that
 * carried the signal). Everything here is plain JSON data.
 */
import type { Span } from './diff/word_diff.js';
import type { RuleId } from './rule_ids.js';
import type { Verdict } from './verdict.js';

export type { Span };

/** What kind of change a finding is about. */
export type ChangeKind = 'insert' | 'delete' | 'modify' | 'move' | 'retag';

/** The change a finding judges. */
export interface FindingChange {
  readonly kind: ChangeKind;
  /** The block's id (the proposed one when it has both). */
  readonly blockId: string;
  /** The block's node type (the base one when it was re-typed or unwrapped). */
  readonly nodeType: string;
  /** SectionKind of the enclosing section (the proposed one when it has both). */
  readonly section: string;
  /** Plain text of the base block(s), for delete, modify, move and retag; several joined by `\n`. */
  readonly before?: string;
  /** Plain text of the proposed block(s), for insert, modify, move and retag. */
  readonly after?: string;
  /** Ids of the blocks on each side; more than one when a block was split, merged or unwrapped. */
  readonly baseBlockIds: readonly string[];
  readonly proposedBlockIds: readonly string[];
  /** UTF-16 spans of `before` that this finding deletes or replaces. */
  readonly beforeSpans: readonly Span[];
  /** UTF-16 spans of `after` that this finding inserts. */
  readonly afterSpans: readonly Span[];
}

/** One change and the protocol's verdict on it. */
export interface Finding {
  /** Stable for the same inputs: built from the block id and the finding's place in it. */
  readonly id: string;
  readonly verdict: Verdict;
  /** The clause it rests on, e.g. `7.6(1)`; `none` when the rulebook's protocol is silent. */
  readonly clause: string;
  readonly rule: RuleId;
  /** One plain-English sentence a councillor would understand. */
  readonly reason: string;
  readonly change: FindingChange;
  /** The words that carried the decisive signal, e.g. `likely → will`. */
  readonly evidence: readonly string[];
}

/** Every change between two versions of a report body, each with its verdict. */
export interface Classification {
  /** The most severe verdict among the findings; `permitted` when there are none. */
  readonly verdict: Verdict;
  /** The rulebook's id. */
  readonly rulebook: string;
  /** In document order. */
  readonly findings: readonly Finding[];
}
