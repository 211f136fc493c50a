/**
 * The blocks a proposal kept unchanged in a changed section. A proposal changes a few blocks of a
 * section and leaves the rest as they were: the runs of equal blocks around and between the
 * changes are unchanged and in place whatever the changes are, so alignment settles them as it
 * settles a section equal in both versions, and aligns only the blocks outside them. Finding them
 * costs one equality test per block (an identity test when the proposal shares its unchanged
 * nodes with the base): the runs at both ends by walking in from each end, those between the
 * changes by Myers' diff of the rest, which takes time in proportion to the blocks times the
 * changes and is given up beyond {@link MAX_EDITS}.
 *
 * Settling a run is exact when nothing crosses it. Each of its blocks is equal to its
 * counterpart, id included, and ids are unique within each version, so pairing by ids would pair
 * them with each other, and nothing else with them. The runs at the ends take every block before
 * (or after) the rest on both sides, so they belong to every longest run of pairs that kept their
 * order: they stay in place, and the rest is placed as it would have been beside them. A run
 * between changes is the same only while no other pair of its section stands before it on one
 * side and after it on the other (a block moved across it); the caller checks
 * ({@link crossesRun}) and, should one cross, aligns again with the runs at the ends alone.
 */
import type { Node } from 'prosemirror-model';
import type { Block, SectionInfo } from './blocks.js';
import type { Draft, KeptSlot, MergedSection } from './alignment.js';

// A stretch of equal items: `length` from `base` and from `proposed`.
interface Stretch {
  readonly base: number;
  readonly proposed: number;
  readonly length: number;
}
import { sameNode } from './same_node.js';

/** Beyond this many blocks inserted and deleted in a section, only the runs at its ends are kept. */
export const MAX_EDITS = 32;

/**
 * The runs of equal blocks in `base` and `proposed` (two versions of a section whose first blocks
 * stand at `baseStart` and `proposedStart` among all blocks), as the slots that stand for them, in
 * order on both sides: those at its ends, and with `between`, those between its changes. Runs
 * never overlap.
 */
export function keptRuns(
  base: Node,
  proposed: Node,
  baseStart: number,
  proposedStart: number,
  between: boolean,
): readonly KeptSlot[] {
  const baseCount = base.childCount;
  const proposedCount = proposed.childCount;
  const same = (b: number, p: number) => sameNode(base.child(b), proposed.child(p));
  const most = Math.min(baseCount, proposedCount);
  let before = 0;
  while (before < most && same(before, before)) before++;
  let after = 0;
  while (before + after < most && same(baseCount - 1 - after, proposedCount - 1 - after)) {
    after++;
  }
  const runs: KeptSlot[] = [];
  if (before > 0) runs.push(slot(baseStart, proposedStart, before));
  const baseRest = baseCount - before - after;
  const proposedRest = proposedCount - before - after;
  // The rest starts and ends with blocks that differ, so a run inside it stands after a change
  // on one side and before one on one side: four blocks at least.
  if (between && baseRest + proposedRest >= 4) {
    const inner = commonRuns(baseRest, proposedRest, (b, p) => same(before + b, before + p));
    for (const run of inner ?? []) {
      runs.push(
        slot(baseStart + before + run.base, proposedStart + before + run.proposed, run.length),
      );
    }
  }
  if (after > 0) {
    runs.push(slot(baseStart + baseCount - after, proposedStart + proposedCount - after, after));
  }
  return runs;
}

function slot(base: number, proposed: number, length: number): KeptSlot {
  return { side: 'kept', base, proposed, length };
}

/**
 * Whether a one-to-one pair of `drafts` within one section stands before a run of `runs` (by
 * section id) on one side and after it on the other, so that the run cannot be settled apart.
 */
export function crossesRun(
  drafts: readonly Draft[],
  runs: ReadonlyMap<string, readonly KeptSlot[]>,
): boolean {
  for (const draft of drafts) {
    if (draft.base.length !== 1 || draft.proposed.length !== 1) continue;
    const base = draft.base[0] as Block;
    const proposed = draft.proposed[0] as Block;
    if (base.sectionId !== proposed.sectionId) continue;
    for (const run of runs.get(base.sectionId) ?? []) {
      if (base.index < run.base !== proposed.index < run.proposed) return true;
    }
  }
  return false;
}

/** The nodes of the blocks of a kept slot of `section`: the same in both versions, so the base's. */
export function keptNodes(section: MergedSection, slot: KeptSlot): readonly Node[] {
  const info = section.base as SectionInfo;
  const nodes: Node[] = [];
  for (let i = 0; i < slot.length; i++) nodes.push(info.node.child(slot.base - info.start + i));
  return nodes;
}

// Myers' diff ("An O(ND) difference algorithm", 1986) of `baseCount` against `proposedCount` items
// under `same`: the runs of one longest common subsequence, in order, as indexes from 0 on each
// side; null when it takes more than MAX_EDITS insertions and deletions.
function commonRuns(
  baseCount: number,
  proposedCount: number,
  same: (base: number, proposed: number) => boolean,
): Stretch[] | null {
  const most = Math.min(baseCount + proposedCount, MAX_EDITS);
  const offset = most + 1;
  // furthest[offset + k]: the furthest base index reached on diagonal k (base - proposed).
  const furthest = new Int32Array(2 * most + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= most; d++) {
    trace.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const down =
        k === -d ||
        (k !== d && furthestAt(furthest, offset, k - 1) < furthestAt(furthest, offset, k + 1));
      let b = down ? furthestAt(furthest, offset, k + 1) : furthestAt(furthest, offset, k - 1) + 1;
      let p = b - k;
      while (b < baseCount && p < proposedCount && same(b, p)) {
        b++;
        p++;
      }
      furthest[offset + k] = b;
      if (b >= baseCount && p >= proposedCount)
        return backtrack(trace, offset, baseCount, proposedCount);
    }
  }
  return null;
}

function furthestAt(furthest: Int32Array, offset: number, k: number): number {
  return furthest[offset + k] as number;
}

// Walks the furthest points of each step back from the end, collecting the diagonal stretches.
function backtrack(
  trace: readonly Int32Array[],
  offset: number,
  baseCount: number,
  proposedCount: number,
): Stretch[] {
  const runs: Stretch[] = [];
  let b = baseCount;
  let p = proposedCount;
  for (let d = trace.length - 1; d >= 0; d--) {
    const furthest = trace[d] as Int32Array;
    const k = b - p;
    const down =
      k === -d ||
      (k !== d && furthestAt(furthest, offset, k - 1) < furthestAt(furthest, offset, k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousB = d === 0 ? 0 : furthestAt(furthest, offset, previousK);
    const previousP = d === 0 ? 0 : previousB - previousK;
    // The stretch of equal items that ends at (b, p) starts after the step from the previous point.
    const startB = d === 0 ? 0 : down ? previousB : previousB + 1;
    const length = b - startB;
    if (length > 0) runs.push({ base: startB, proposed: p - length, length });
    b = previousB;
    p = previousP;
  }
  return runs.reverse();
}
