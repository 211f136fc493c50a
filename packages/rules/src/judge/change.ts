/**
 * What a judge rule looks at: one aligned pair of blocks described (step 3 of classification),
 * and what it returns: a rule id, the words that carried the signal, and a short description of
 * the change that the reason sentence opens with.
 */
import type { Node } from 'prosemirror-model';
import type { Block } from '../align/blocks.js';
import type { ChangeKind } from '../classification.js';
import type { Hunk } from '../diff/word_diff.js';
import type { RuleId } from '../rule_ids.js';
import type { ProtectedNodeType, SectionKind } from '../schema.js';
import type { Speller } from '../signals/speller.js';
import type { Substance } from '../signals/substance.js';
import type { Usage } from '../signals/usage.js';

/** Report-wide facts the rules consult. */
export interface JudgeContext {
  readonly base: Node;
  readonly proposed: Node;
  /** Option numbers or letters that a legality statement (in either version) says are unlawful. */
  readonly unlawfulOptions: ReadonlySet<string>;
  /** What legality statements warn against in words (see `unlawfulCourses`). */
  readonly unlawfulCourses: readonly string[];
  /** Amounts only the options warned against name (see `unlawfulAmounts`). */
  readonly unlawfulAmounts: ReadonlySet<string>;
  readonly statutory: boolean;
  readonly speller: Speller | null;
  /** How often the base version uses each word: the report's own spelling of names. */
  readonly usage: Usage;
}

/** One change, described. */
export interface Change {
  readonly kind: ChangeKind;
  readonly base: readonly Block[];
  readonly proposed: readonly Block[];
  /** The node type on the base side (proposed side for an insertion). */
  readonly nodeType: string;
  /** The protected kind on the base side (proposed side for an insertion), or null. */
  readonly protectedAs: ProtectedNodeType | null;
  readonly baseSection: SectionKind | null;
  readonly proposedSection: SectionKind | null;
  readonly before: string;
  readonly after: string;
  /** Names of attributes (other than `id`) whose values differ, for one-to-one pairs. */
  readonly attrsChanged: readonly string[];
  /** True when the node type differs between the sides (re-typed, unwrapped or wrapped). */
  readonly retyped: boolean;
  /** The text hunks this part of the change is made of (all of them, or the non-fix ones). */
  readonly hunks: readonly Hunk[];
  /** `before` with only {@link hunks} applied. */
  readonly partial: string;
  /** Signals comparing `before` with {@link partial}; null when the text is unchanged. */
  readonly substance: Substance | null;
}

/** A judge's decision on a change. */
export interface Judgement {
  readonly rule: RuleId;
  /** What the change does, as the opening of the reason: "Deletes Option 3". */
  readonly description: string;
  readonly evidence: readonly string[];
}
