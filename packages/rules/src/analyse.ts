/**
 * The shared core of classify and applyChanges: align the two bodies, judge every pair that
 * differs, and turn each judged part into a finding under the rulebook, in document order.
 */
import type { Node } from 'prosemirror-model';
import { align, type Alignment, type MergedSection, type Pair } from './align/align.js';
import type { Block } from './align/blocks.js';
import type { Finding, FindingChange } from './classification.js';
import type { Hunk } from './diff/word_diff.js';
import type { JudgeContext, Judgement } from './judge/change.js';
import { judgePair, type Part } from './judge/judge.js';
import type { Rulebook } from './rulebook.js';
import { explain } from './explain.js';
import { defaultSpeller, type Speller } from './signals/speller.js';
import { usageOf, type Usage } from './signals/usage.js';
import { unlawfulAmounts, unlawfulCourses, unlawfulOptions } from './signals/unlawful.js';
import { moreSevere, type Verdict } from './verdict.js';

/** A finding and what applyChanges needs to replay it. */
export interface Located {
  readonly finding: Finding;
  /** The pair it belongs to, or -1 for a section-level finding. */
  readonly pair: number;
  /** The merged section of a section-level finding, or -1. */
  readonly section: number;
  /** For a finding that owns only some hunks of its pair: those hunks. */
  readonly hunks: readonly Hunk[] | null;
}

/** Everything classify works out, for applyChanges to reuse. */
export interface Analysis {
  readonly alignment: Alignment;
  readonly located: readonly Located[];
}

/** Options for {@link analyse}. */
export interface AnalyseOptions {
  readonly rulebook: Rulebook;
  readonly statutory: boolean;
  readonly speller: Speller | null | undefined;
}

/** Aligns, judges and explains. Pure; never throws on valid bodies. */
export function analyse(base: Node, proposed: Node, options: AnalyseOptions): Analysis {
  const alignment = align(base, proposed);
  const context = new Context(
    base,
    proposed,
    options.statutory,
    options.speller === undefined ? defaultSpeller() : options.speller,
  );
  const neighbours = neighboursIn(alignment.baseBlocks);
  const located: Located[] = [];
  const done = new Set<number>();
  alignment.order.forEach(({ section: key, side }) => {
    const section = alignment.sections[key] as MergedSection;
    if (side !== 'base' || !section.moved) {
      const sectionFinding = judgeSection(section, key, options);
      if (sectionFinding && !located.some((item) => item.section === key))
        located.push(sectionFinding);
    }
    if (section.moved && side === 'base') return;
    for (const slot of section.slots) {
      if (done.has(slot.pair)) continue;
      done.add(slot.pair);
      const pair = alignment.pairs[slot.pair] as Pair;
      if (pair.same) continue;
      const parts = judgePair(pair, context, neighbours);
      parts.forEach((part, n) => {
        located.push({
          finding: toFinding(part, pair, n, options),
          pair: pair.index,
          section: -1,
          hunks: part.partial ? part.change.hunks : null,
        });
      });
    }
  });
  return { alignment, located };
}

// What every judgement is given. The legality warnings are read only if a change to a
// recommendation or a flag needs them. A class, not an object literal with getters: see
// TextReading in signals/reading.ts for what such a literal costs the garbage collector.
class Context implements JudgeContext {
  private options: ReadonlySet<string> | null = null;
  private courses: readonly string[] | null = null;
  private amounts: ReadonlySet<string> | null = null;

  constructor(
    readonly base: Node,
    readonly proposed: Node,
    readonly statutory: boolean,
    readonly speller: Speller | null,
  ) {}

  get unlawfulOptions(): ReadonlySet<string> {
    this.options ??= new Set([...unlawfulOptions(this.base), ...unlawfulOptions(this.proposed)]);
    return this.options;
  }

  // Counting the base's words is put off until a word no dictionary knows is corrected.
  readonly usage: Usage = (word) => usageOf(this.base)(word);

  get unlawfulAmounts(): ReadonlySet<string> {
    this.amounts ??= new Set([...unlawfulAmounts(this.base), ...unlawfulAmounts(this.proposed)]);
    return this.amounts;
  }

  get unlawfulCourses(): readonly string[] {
    this.courses ??= [...unlawfulCourses(this.base), ...unlawfulCourses(this.proposed)];
    return this.courses;
  }
}

// Blocks of sections that are the same in both versions are not listed; they are never beside a
// changed block in its own section, which is all a neighbour is.
function neighboursIn(blocks: readonly Block[]): (block: Block) => readonly Block[] {
  let byIndex: ReadonlyMap<number, Block> | null = null;
  return (block) => {
    byIndex ??= new Map(blocks.map((other) => [other.index, other]));
    return [byIndex.get(block.index - 1), byIndex.get(block.index + 1)].filter(
      (other): other is Block => other !== undefined && other.sectionIndex === block.sectionIndex,
    );
  };
}

function judgeSection(
  section: MergedSection,
  key: number,
  options: AnalyseOptions,
): Located | null {
  const { base, proposed } = section;
  if (!base || !proposed) return null;
  const kindChanged = base.kind !== proposed.kind;
  if (!kindChanged && !section.moved) return null;
  const holdsProtected = base.blocks.find((block) => block.protectedAs !== null);
  const judgement: Judgement = kindChanged
    ? {
        rule:
          holdsProtected?.protectedAs === 'option' && base.kind === 'options'
            ? 'exclude-option'
            : 'amend-text',
        description: `Changes the kind of a section from ${base.kind.replace(/_/g, ' ')} to ${proposed.kind.replace(/_/g, ' ')}`,
        evidence: [`${base.kind} → ${proposed.kind}`],
      }
    : {
        rule: 'amend-text',
        description: 'Moves a whole section to another place in the report',
        evidence: [],
      };
  const heading = proposed.node.firstChild;
  const change: FindingChange = {
    kind: kindChanged ? 'retag' : 'move',
    blockId: proposed.id,
    nodeType: 'section',
    section: proposed.kind,
    before: heading ? heading.textContent : '',
    after: heading ? heading.textContent : '',
    baseBlockIds: [base.id],
    proposedBlockIds: [proposed.id],
    beforeSpans: [],
    afterSpans: [],
  };
  return {
    finding: explain(`s:${proposed.id}`, [judgement], change, options),
    pair: -1,
    section: key,
    hunks: null,
  };
}

function toFinding(part: Part, pair: Pair, n: number, options: AnalyseOptions): Finding {
  const change = part.change;
  const subject = pair.proposed[0] ?? pair.base[0];
  const hunks = change.hunks;
  const whole = (text: string) => (text.length > 0 ? [{ from: 0, to: text.length }] : []);
  const findingChange: FindingChange = {
    kind: change.kind,
    blockId: subject?.id ?? '',
    nodeType: change.nodeType,
    section: (pair.proposed[0] ?? pair.base[0])?.sectionKind ?? 'other',
    ...(change.kind !== 'insert' ? { before: change.before } : {}),
    ...(change.kind !== 'delete' ? { after: change.after } : {}),
    baseBlockIds: pair.base.map((block) => block.id),
    proposedBlockIds: pair.proposed.map((block) => block.id),
    beforeSpans:
      change.kind === 'delete'
        ? whole(change.before)
        : hunks.filter((hunk) => hunk.base.to > hunk.base.from).map((hunk) => hunk.base),
    afterSpans:
      change.kind === 'insert'
        ? whole(change.after)
        : hunks
            .filter((hunk) => hunk.proposed.to > hunk.proposed.from)
            .map((hunk) => hunk.proposed),
  };
  return explain(`f:${subject?.id ?? ''}:${n}`, part.judgements, findingChange, options);
}

/** The most severe verdict of `findings`. */
export function overall(findings: readonly Finding[]): Verdict {
  return findings.reduce<Verdict>(
    (worst, finding) => moreSevere(worst, finding.verdict),
    'permitted',
  );
}
