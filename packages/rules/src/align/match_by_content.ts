/**
 * Steps 2 and 3 of alignment: blocks left alone by their ids are matched by content (identical
 * text, a protected block against the plain blocks it was unwrapped into, splits and merges, then
 * the most similar text); what is still alone was inserted or deleted.
 */
import { blockText, type Block } from './blocks.js';
import type { Draft } from './alignment.js';
import { bagSimilarity, wordBag } from './similarity.js';

/** Blocks whose words are at least this alike are taken for the same block re-worded. */
export const SIMILAR = 0.5;
/** Beyond this many block comparisons, only blocks within {@link WINDOW} places are compared. */
const MAX_COMPARISONS = 250_000;
const WINDOW = 200;
/** A block plus its neighbour must read at least this much like the other side to be a split. */
const SPLIT_SIMILAR = 0.8;

export function matchByContent(
  baseAlone: Block[],
  proposedAlone: Block[],
  paired: Draft[],
): Draft[] {
  const found: Draft[] = [];
  if (baseAlone.length === 0 && proposedAlone.length === 0) return found;
  const baseLeft = new Set(baseAlone);
  const proposedLeft = new Set(proposedAlone);

  // Identical text, same type preferred.
  const byText = new Map<string, Block[]>();
  for (const block of proposedAlone) {
    const key = blockText(block);
    const list = byText.get(key);
    if (list) list.push(block);
    else byText.set(key, [block]);
  }
  for (const block of baseAlone) {
    const candidates = byText.get(blockText(block))?.filter((other) => proposedLeft.has(other));
    if (!candidates || candidates.length === 0) continue;
    const match = candidates.find((other) => other.type === block.type) ?? candidates[0];
    if (!match) continue;
    found.push({ base: [block], proposed: [match], how: 'content' });
    baseLeft.delete(block);
    proposedLeft.delete(match);
  }

  // A protected block whose text is a run of consecutive plain blocks on the other side.
  const runs = (whole: Set<Block>, parts: Set<Block>, partsAll: Block[], baseIsWhole: boolean) => {
    for (const block of [...whole]) {
      if (block.protectedAs === null) continue;
      const text = blockText(block);
      const ordered = partsAll.filter((part) => parts.has(part));
      for (let start = 0; start < ordered.length; start++) {
        // Only a block that opens the protected text can start the run.
        if (!text.startsWith(blockText(ordered[start] as Block))) continue;
        let joined = '';
        for (let end = start; end < ordered.length; end++) {
          const part = ordered[end] as Block;
          if (end > start && part.index !== (ordered[end - 1] as Block).index + 1) break;
          joined = end === start ? blockText(part) : `${joined}\n${blockText(part)}`;
          if (joined.length > text.length) break;
          if (joined === text) {
            const run = ordered.slice(start, end + 1);
            found.push(
              baseIsWhole
                ? { base: [block], proposed: run, how: 'restructure' }
                : { base: run, proposed: [block], how: 'restructure' },
            );
            whole.delete(block);
            run.forEach((part) => parts.delete(part));
            start = ordered.length;
            break;
          }
        }
      }
    }
  };
  runs(baseLeft, proposedLeft, proposedAlone, true);
  runs(proposedLeft, baseLeft, baseAlone, false);

  // Splits and merges: a block left alone right after one side of a one-to-one pair.
  const baseLeftByIndex = new Map([...baseLeft].map((block) => [block.index, block]));
  const proposedLeftByIndex = new Map([...proposedLeft].map((block) => [block.index, block]));
  for (const draft of paired) {
    if (draft.base.length !== 1 || draft.proposed.length !== 1) continue;
    extend(draft, 'proposed', proposedLeft);
    extend(draft, 'base', baseLeft);
  }

  // The most similar text, best pairs first.
  const candidates: { base: Block; proposed: Block; score: number }[] = [];
  if (baseLeft.size > 0 && proposedLeft.size > 0) {
    const proposedBags = [...proposedLeft].map((block) => ({
      block,
      bag: wordBag(blockText(block)),
    }));
    // Every pair when there are few; otherwise only blocks at about the same place in each
    // version, so a body pasted in without ids costs O(n × window), not O(n²).
    const everyPair = baseLeft.size * proposedBags.length <= MAX_COMPARISONS;
    [...baseLeft].forEach((block, rank) => {
      const bag = wordBag(blockText(block));
      const centre = Math.round((rank / Math.max(1, baseLeft.size)) * proposedBags.length);
      const from = everyPair ? 0 : Math.max(0, centre - WINDOW);
      const to = everyPair ? proposedBags.length : Math.min(proposedBags.length, centre + WINDOW);
      for (let i = from; i < to; i++) {
        const other = proposedBags[i] as (typeof proposedBags)[number];
        const score = bagSimilarity(bag, other.bag);
        if (score >= SIMILAR) candidates.push({ base: block, proposed: other.block, score });
      }
    });
  }
  candidates.sort(
    (x, y) =>
      y.score - x.score || x.base.index - y.base.index || x.proposed.index - y.proposed.index,
  );
  for (const { base, proposed } of candidates) {
    if (!baseLeft.has(base) || !proposedLeft.has(proposed)) continue;
    found.push({ base: [base], proposed: [proposed], how: 'content' });
    baseLeft.delete(base);
    proposedLeft.delete(proposed);
  }

  for (const block of baseLeft) found.push({ base: [block], proposed: [], how: 'delete' });
  for (const block of proposedLeft) found.push({ base: [], proposed: [block], how: 'insert' });
  return found;

  function extend(draft: Draft, side: 'base' | 'proposed', left: Set<Block>) {
    if (left.size === 0) return;
    const other = side === 'base' ? draft.proposed : draft.base;
    const blocks = draft[side];
    const byIndex = side === 'base' ? baseLeftByIndex : proposedLeftByIndex;
    let target: ReadonlyMap<string, number> | null = null;
    let current = '';
    let score = 0;
    for (;;) {
      const last = blocks[blocks.length - 1] as Block;
      const next = byIndex.get(last.index + 1);
      if (!next || !left.has(next) || next.sectionId !== last.sectionId) return;
      if (target === null) {
        // Only now, with a candidate beside it, is the pair worth comparing.
        target = wordBag(blockText(other[0] as Block));
        current = blockText(blocks[0] as Block);
        score = bagSimilarity(target, wordBag(current));
      }
      const joined = `${current}\n${blockText(next)}`;
      const joinedScore = bagSimilarity(target, wordBag(joined));
      if (joinedScore < SPLIT_SIMILAR || joinedScore <= score) return;
      blocks.push(next);
      left.delete(next);
      current = joined;
      score = joinedScore;
      draft.how = 'restructure';
    }
  }
}
