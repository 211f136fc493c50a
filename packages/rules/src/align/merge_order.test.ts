import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { longestIncreasing } from './lis.js';
import { mergeOrder } from './merge_order.js';

describe('mergeOrder', () => {
  it('puts deleted items before inserted ones between the same anchors', () => {
    const merged = mergeOrder(
      3,
      3,
      new Map([
        [0, 0],
        [2, 2],
      ]),
    );
    expect(merged.map((item) => item.side)).toEqual(['both', 'base', 'proposed', 'both']);
  });

  it('keeps each side in its own order and lists every item once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        (baseKeep, proposedKeep) => {
          // Anchor the i-th kept base item to the i-th kept proposed item.
          const baseAnchored = baseKeep.flatMap((keep, i) => (keep ? [i] : []));
          const proposedAnchored = proposedKeep.flatMap((keep, i) => (keep ? [i] : []));
          const n = Math.min(baseAnchored.length, proposedAnchored.length);
          const anchors = new Map(
            proposedAnchored.slice(0, n).map((p, i) => [p, baseAnchored[i]!] as const),
          );
          const merged = mergeOrder(baseKeep.length, proposedKeep.length, anchors);
          const baseSeen = merged.flatMap((item) => (item.side === 'proposed' ? [] : [item.base]));
          const proposedSeen = merged.flatMap((item) =>
            item.side === 'base' ? [] : [item.proposed],
          );
          expect(baseSeen).toEqual(baseKeep.map((_, i) => i));
          expect(proposedSeen).toEqual(proposedKeep.map((_, i) => i));
          // Between two anchors, every base-only item comes before every proposed-only one.
          const sides = merged.map((item) => item.side).join(' ');
          for (const run of sides.split('both')) expect(run).not.toMatch(/proposed.*base/);
        },
      ),
    );
  });
});

describe('longestIncreasing', () => {
  it('finds one longest increasing run', () => {
    const values = [3, 1, 2, 5, 4, 6];
    expect(longestIncreasing(values).map((i) => values[i])).toEqual([1, 2, 4, 6]);
    expect(longestIncreasing([])).toEqual([]);
  });
});
