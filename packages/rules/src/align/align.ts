/**
 * Aligns the blocks of two versions of a report body.
 *
 * 0. Sections equal in both versions (same id, equal nodes) are settled whole: nothing inside them
 *    changed, so their blocks are neither listed nor aligned, and only the sections a change
 *    touches go through the steps below. In those, the runs of blocks kept unchanged around and
 *    between the changes ({@link keptRuns}) are settled the same way, so only the blocks outside
 *    them go through the steps: the work grows with the change, not with the section.
 * 1. Blocks that share an id, their own or one nested inside them, belong together: union-find
 *    over ids groups a block with its counterpart, an option with the paragraphs it was unwrapped
 *    into, or a paragraph with the note it was split from. Ids are kept across versions by the
 *    editor, so this settles nearly every block at the cost of one hash lookup each.
 * 2. Blocks left alone on one side are matched by content: identical text first (a pasted copy of
 *    a paragraph is the same paragraph), then a protected block against the run of plain blocks it
 *    was unwrapped into, then splits and merges (a kept block plus the new block beside it reads as
 *    the old one), then the most similar text above {@link SIMILAR}.
 * 3. What is still alone was inserted or deleted.
 *
 * Sections are aligned by id. Within each pair of sections, the one-to-one pairs that kept their
 * relative order (a longest increasing subsequence) stay in place; the others were moved, as are
 * pairs whose section changed. The merged order ({@link mergeOrder}) lists every block of both
 * versions once, in document order, which gives findings their order and applyChanges its plan.
 */
import type { Node } from 'prosemirror-model';
import type { Alignment, Draft, KeptSlot } from './alignment.js';
import { listSections, type Block, type SectionInfo } from './blocks.js';
import { groupByIds } from './group_by_ids.js';
import { crossesRun, keptRuns } from './kept_runs.js';
import { matchByContent } from './match_by_content.js';
import { place } from './place.js';
import { sameNode } from './same_node.js';

export type {
  Alignment,
  KeptSlot,
  MergedSection,
  Pair,
  PairHow,
  PairSlot,
  Slot,
} from './alignment.js';
export { keptNodes } from './kept_runs.js';
export { SIMILAR } from './match_by_content.js';

/** Options for {@link align}. */
export interface AlignOptions {
  /**
   * Keep the runs of unchanged blocks between the changes of a section, not only those at its
   * ends (default true). The alignment is the same either way, found with less work.
   */
  readonly between?: boolean;
}

/** Aligns the blocks of `base` and `proposed` (two report bodies). Pure; never throws. */
export function align(base: Node, proposed: Node, options: AlignOptions = {}): Alignment {
  const sections = pairSections(base, proposed);
  // Runs between changes are kept only while no pair crosses one; else the runs at the ends.
  const between = options.between !== false;
  return (
    (between ? alignKeeping(base, proposed, sections, true) : null) ??
    alignEnds(base, proposed, sections)
  );
}

function alignEnds(base: Node, proposed: Node, sections: SectionPairs): Alignment {
  const alignment = alignKeeping(base, proposed, sections, false);
  if (alignment === null) throw new Error('align: the runs at the ends of a section were crossed');
  return alignment;
}

// The steps above, with the runs each changed section kept: those at its ends, and with
// `between`, those between its changes; null if a pair crosses one of those (see keptRuns).
function alignKeeping(
  base: Node,
  proposed: Node,
  sections: SectionPairs,
  between: boolean,
): Alignment | null {
  const kept = new Map<string, readonly KeptSlot[]>();
  for (const pair of sections.changed) {
    const runs = keptRuns(pair.base, pair.proposed, pair.baseStart, pair.proposedStart, between);
    kept.set(pair.id, runs);
  }
  // The base listing is whole (kept with its nodes, and its blocks are the neighbours judged
  // beside a change); the proposal's lists only the blocks outside the kept runs.
  const baseSections = listSections(base, sections.same, { keep: true });
  const proposedSections = listSections(proposed, sections.same, { kept });
  const groups = groupByIds(blocksOf(baseSections, kept), blocksOf(proposedSections));
  const found = matchByContent(groups.baseAlone, groups.proposedAlone, groups.paired);
  const drafts = groups.paired.concat(found);
  if (between && crossesRun(drafts, kept)) return null;
  const placed = place(inDocumentOrder(drafts), baseSections, proposedSections, kept);
  return { ...placed, baseBlocks: blocksOf(baseSections) };
}

/** The sections equal in both versions, by id, and those in both that differ. */
interface SectionPairs {
  readonly same: ReadonlySet<string>;
  readonly changed: readonly {
    readonly id: string;
    readonly base: Node;
    readonly proposed: Node;
    /** Where the section's first block stands among all blocks of each version. */
    readonly baseStart: number;
    readonly proposedStart: number;
  }[];
}

// Nothing inside a section equal in both versions changed, and its blocks' ids, unique within
// each version, occur nowhere else: it needs no aligning, so the work grows with the sections a
// change touches rather than with the report, and with the kept runs, with the change.
function pairSections(base: Node, proposed: Node): SectionPairs {
  const proposedById = new Map<string, { readonly node: Node; readonly start: number }>();
  let start = 0;
  proposed.forEach((section) => {
    proposedById.set(String(section.attrs['id']), { node: section, start });
    start += section.childCount;
  });
  const same = new Set<string>();
  const changed: SectionPairs['changed'][number][] = [];
  let baseStart = 0;
  base.forEach((section) => {
    const id = String(section.attrs['id']);
    const other = proposedById.get(id);
    if (other && sameNode(section, other.node)) same.add(id);
    else if (other) {
      changed.push({
        id,
        base: section,
        proposed: other.node,
        baseStart,
        proposedStart: other.start,
      });
    }
    baseStart += section.childCount;
  });
  return { same, changed };
}

// The listed blocks of `sections`, in order; with `kept`, not those of its runs (by their base
// indexes; the listing is whole).
function blocksOf(
  sections: readonly SectionInfo[],
  kept?: ReadonlyMap<string, readonly KeptSlot[]>,
): Block[] {
  const blocks: Block[] = [];
  for (const section of sections) {
    const runs = kept?.get(section.id) ?? NO_RUNS;
    let from = 0;
    for (const run of runs) {
      for (let i = from; i < run.base - section.start; i++) blocks.push(section.blocks[i] as Block);
      from = run.base + run.length - section.start;
    }
    for (let i = from; i < section.blocks.length; i++) blocks.push(section.blocks[i] as Block);
  }
  return blocks;
}

const NO_RUNS: readonly KeptSlot[] = [];

// A stable numbering only: a pair sorts at its first proposed block, or just after its first
// base block's place when it has none (document order itself comes from the merged order that
// `place` builds). Every block belongs to one draft, so the keys are distinct.
function inDocumentOrder(drafts: readonly Draft[]): Draft[] {
  const keyed = drafts.map((draft) => {
    const proposed = draft.proposed[0];
    const key = proposed ? 2 * proposed.index : 2 * (draft.base[0]?.index ?? 0) + 1;
    return { key, draft };
  });
  keyed.sort((x, y) => x.key - y.key);
  return keyed.map((item) => item.draft);
}
