/**
 * Judges one aligned pair of blocks: describes it (kind, texts, hunks, signals), separates the
 * 7.5(4) fixes from the rest, and asks the rule for the kind of block for its judgement.
 *
 * A block that holds both a typing fix and a change of substance gives two parts, so the officer
 * can accept the fix and reject the rest; this needs the block to stay in place as one block on
 * each side, which is when applyChanges can replay the hunks separately. Otherwise the pair is
 * judged as a whole. Each part carries candidate judgements; classify keeps the most severe
 * under the rulebook.
 */
import type { Node } from 'prosemirror-model';
import type { Pair } from '../align/align.js';
import { blockText, type Block } from '../align/blocks.js';
import type { ChangeKind } from '../classification.js';
import { diffWords, type Hunk, type Span } from '../diff/word_diff.js';
import { compareSubstance } from '../signals/substance.js';
import { readingOf, readText, type Reading } from '../signals/reading.js';
import type { Change, JudgeContext, Judgement } from './change.js';
import { nameOf } from './describe.js';
import { fixJudgement, splitFixes } from './fixes.js';
import { judgeConsultation } from './consultation.js';
import { judgeOpinion } from './opinion.js';
import { judgeOption, judgeOptionFlag } from './option.js';
import { judgeRecommendation } from './recommendation.js';
import { judgeRetag } from './retag.js';
import { judgeStatement } from './statement.js';
import { judgeText } from './text.js';

/** One finding-to-be: a change, the hunks it owns, and the judgements it may get. */
export interface Part {
  readonly change: Change;
  /** Candidate judgements, most specific first; classify keeps the most severe. */
  readonly judgements: readonly Judgement[];
  /** True when the part owns only some of the pair's hunks (applyChanges replays them). */
  readonly partial: boolean;
}

/** Judges `pair`; `neighbours` are the base blocks beside a deleted block, for repeats. */
export function judgePair(
  pair: Pair,
  context: JudgeContext,
  neighbours: (block: Block) => readonly Block[],
): readonly Part[] {
  const before = joinText(pair.base);
  const after = joinText(pair.proposed);
  const kind = kindOf(pair, before, after);
  const base = pair.base[0];
  const proposed = pair.proposed[0];
  // A base side of one block is that block's text: what is worked out of it (its segments, its
  // reading) is kept with its node, for the next proposal against the same base. The proposal's
  // changed blocks are new nodes, seen once: keeping theirs would only add to the collector's work.
  const baseNode = pair.base.length === 1 && base ? base.node : null;
  const hunks = kind === 'insert' || kind === 'delete' ? [] : diffWords(before, after, baseNode);
  // Each side is read only when asked for, and once: the proposed text with every hunk applied is
  // the proposal's text.
  let baseReading: Reading | null = null;
  let proposedReading: Reading | null = null;
  const readBase = () => (baseReading ??= readingOf(before, baseNode));
  const readWith = (weighed: readonly Hunk[]) =>
    weighed.length === hunks.length
      ? (proposedReading ??= readText(after))
      : readText(applyHunks(before, weighed));
  // `owned`: the hunks the part holds; `weighed`: those its substance is read from (a typing
  // fix inside the same sentence as a change of substance rides along without counting).
  const describe = (owned: readonly Hunk[], weighed: readonly Hunk[] = owned): Change => {
    const partial = weighed.length > 0 ? readWith(weighed) : null;
    return {
      kind,
      base: pair.base,
      proposed: pair.proposed,
      nodeType: (base ?? proposed)?.type ?? 'paragraph',
      protectedAs: (base ?? proposed)?.protectedAs ?? null,
      baseSection: base?.sectionKind ?? null,
      proposedSection: proposed?.sectionKind ?? null,
      before,
      after,
      attrsChanged: attrsChanged(base?.node, proposed?.node),
      retyped: retyped(pair),
      hunks: owned,
      partial: partial?.text ?? before,
      substance: partial ? compareSubstance(readBase(), partial) : null,
    };
  };

  if (kind === 'delete' && base && pair.base.length === 1) {
    const copy = neighbours(base).find((other) => blockText(other) === before);
    if (copy && before.trim() !== '') {
      return [
        {
          change: describe([]),
          judgements: [
            {
              rule: 'typo-fix',
              description: `Removes a repeated copy of ${nameOf(base)}`,
              evidence: [],
            },
          ],
          partial: false,
        },
      ];
    }
  }

  const { fixes, others } = splitFixes(hunks, before, context.speller, context.usage);
  const name = nameOf(base ?? proposed);
  const structural = kind !== 'modify' || attrsChanged(base?.node, proposed?.node).length > 0;
  if (others.length === 0 && fixes.length > 0 && !structural) {
    return [{ change: describe(hunks), judgements: [fixJudgement(fixes, name)], partial: false }];
  }
  // Fixes in sentences of their own can be accepted apart; those sharing a sentence with a change
  // of substance stay with it, so no finding leaves half a sentence changed.
  const sentences = fixes.length > 0 ? readBase().sentences : [];
  const busy = new Set(others.flatMap((hunk) => sentencesOf(hunk, sentences)));
  const apart = fixes.filter(({ hunk }) => !sentencesOf(hunk, sentences).some((i) => busy.has(i)));
  const within = fixes.filter((fix) => !apart.includes(fix)).map((fix) => fix.hunk);
  const owned = [...others, ...within].sort((x, y) => x.base.from - y.base.from);
  const substantive = describe(owned, others);
  const judgements = judgeChange(substantive, context);
  const separable = kind === 'modify' && !pair.moved && !hasAttributeChange(pair);
  if (apart.length > 0 && others.length > 0 && separable) {
    return [
      {
        change: describe(apart.map((fix) => fix.hunk)),
        judgements: [fixJudgement(apart, name)],
        partial: true,
      },
      { change: substantive, judgements, partial: true },
    ];
  }
  // One finding for everything: its change holds every hunk, its judgement the substance.
  return [{ change: { ...substantive, hunks }, judgements, partial: false }];
}

// Indexes of the base sentences a hunk touches (an insertion touches the sentence it lands in).
function sentencesOf(hunk: Hunk, spans: readonly Span[]): number[] {
  const to = Math.max(hunk.base.to, hunk.base.from + 1);
  const touched: number[] = [];
  spans.forEach((span, i) => {
    if (span.from < to && hunk.base.from < span.to + 1) touched.push(i);
  });
  return touched;
}

function hasAttributeChange(pair: Pair): boolean {
  return attrsChanged(pair.base[0]?.node, pair.proposed[0]?.node).length > 0;
}

/** The judgements a described change gets: structural first, then by the kind of block. */
export function judgeChange(change: Change, context: JudgeContext): readonly Judgement[] {
  const judgements: Judgement[] = [];
  const retag = judgeRetag(change);
  if (retag) {
    judgements.push(retag);
    if (change.retyped) return judgements;
  }
  const kind = change.protectedAs;
  if (change.kind === 'move' && kind !== null && kind !== 'option') {
    const across = change.baseSection !== change.proposedSection || moveAcrossSections(change);
    const to = `the ${String(change.proposedSection).replace(/_/g, ' ')} section`;
    if (across && kind === 'recommendation' && change.baseSection === 'recommendations') {
      // Out of the recommendations, it is no longer put to the decision-maker.
      judgements.push({
        rule: 'amend-recommendation',
        description: `Moves ${nameOf(change.base[0])} out of the recommendations to ${to}`,
        evidence: [],
      });
    } else if (across) {
      judgements.push({
        rule: 'move-protected',
        description: `Moves ${nameOf(change.base[0])} to ${to}`,
        evidence: [],
      });
    } else {
      judgements.push({
        rule: 'amend-text',
        description: `Moves ${nameOf(change.base[0])} within its section`,
        evidence: [],
      });
    }
    if (change.hunks.length === 0) return judgements;
  }
  const textless = change.kind === 'modify' && change.hunks.length === 0;
  if (textless && judgements.length > 0) return judgements;
  switch (kind) {
    case 'option': {
      const flag = judgeOptionFlag(change, context);
      if (flag) judgements.push(flag);
      const relabelled = change.attrsChanged.includes('label');
      if (!flag || change.hunks.length > 0 || relabelled) judgements.push(judgeOption(change));
      break;
    }
    case 'opinion':
      judgements.push(textless ? formatting(change) : judgeOpinion(change));
      break;
    case 'statement':
      judgements.push(textless ? formatting(change) : judgeStatement(change));
      break;
    case 'consultation':
      judgements.push(textless ? formatting(change) : judgeConsultation(change));
      break;
    case 'recommendation':
      judgements.push(textless ? formatting(change) : judgeRecommendation(change, context));
      break;
    default:
      judgements.push(textless ? formatting(change) : judgeText(change));
  }
  return judgements;
}

function moveAcrossSections(change: Change): boolean {
  const base = change.base[0];
  const proposed = change.proposed[0];
  return base !== undefined && proposed !== undefined && base.sectionId !== proposed.sectionId;
}

// The same words, different marks, structure or ids: nothing a reader would call a change of
// wording.
function formatting(change: Change): Judgement {
  const protectedBlock = change.protectedAs !== null;
  return {
    rule: protectedBlock ? 'typo-fix' : 'amend-text',
    description: `Changes only the formatting or layout of ${nameOf(change.base[0] ?? change.proposed[0])}`,
    evidence: [],
  };
}

function kindOf(pair: Pair, before: string, after: string): ChangeKind {
  if (pair.base.length === 0) return 'insert';
  if (pair.proposed.length === 0) return 'delete';
  if (retyped(pair)) return 'retag';
  if (pair.moved) return 'move';
  if (before === after && attrsChanged(pair.base[0]?.node, pair.proposed[0]?.node).length > 0) {
    return 'retag';
  }
  return 'modify';
}

// Re-typed: a one-to-one pair of different types, or a group whose protected kinds differ
// between the sides (an option unwrapped into paragraphs; not an option split into two options).
function retyped(pair: Pair): boolean {
  if (pair.base.length === 0 || pair.proposed.length === 0) return false;
  const [base] = pair.base;
  const [proposed] = pair.proposed;
  if (pair.base.length === 1 && pair.proposed.length === 1) return base?.type !== proposed?.type;
  const kinds = (blocks: readonly Block[]) =>
    [...new Set(blocks.map((block) => block.protectedAs ?? 'text'))].sort().join(',');
  return kinds(pair.base) !== kinds(pair.proposed);
}

function attrsChanged(base: Node | undefined, proposed: Node | undefined): readonly string[] {
  if (!base || !proposed || base.type !== proposed.type) return [];
  return Object.keys(base.attrs).filter(
    (name) =>
      name !== 'id' && JSON.stringify(base.attrs[name]) !== JSON.stringify(proposed.attrs[name]),
  );
}

function joinText(blocks: readonly Block[]): string {
  return blocks.map((block) => blockText(block)).join('\n');
}

/** `text` with `hunks` (spans into it) replaced by their inserted text. */
export function applyHunks(text: string, hunks: readonly Hunk[]): string {
  let out = '';
  let at = 0;
  for (const hunk of hunks) {
    out += text.slice(at, hunk.base.from) + hunk.inserted;
    at = hunk.base.to;
  }
  return out + text.slice(at);
}
