import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { doc, p, section } from '../builders.js';
import { align } from './align.js';
import type { Block } from './blocks.js';
import { crossesRun, keptNodes, keptRuns, MAX_EDITS } from './kept_runs.js';

const run = (base: number, proposed: number, length: number) => ({
  side: 'kept' as const,
  base,
  proposed,
  length,
});

// The builders make new nodes each time, so these versions share no node object: the runs are
// found by equality, not only by identity.
const paragraphs = (...ids: string[]) => ids.map((id) => p({ id }, `${id.toUpperCase()}.`));
const background = (...children: Node[]) =>
  section({ id: 's', kind: 'background' }, p({ id: 'h0' }, 'Heading stand-in.'), ...children);
const base = background(...paragraphs('a', 'b', 'c', 'd', 'e'));

describe('keptRuns', () => {
  it('finds the equal blocks at both ends, and with `between` the runs between the changes', () => {
    const proposed = background(
      ...paragraphs('a'),
      p({ id: 'b' }, 'B changed.'),
      ...paragraphs('new', 'c', 'd'),
      p({ id: 'e' }, 'E changed.'),
    );
    // Section blocks: heading, h0, a, b, c, d, e (base from 10) and one more (proposed from 20).
    expect(keptRuns(base, proposed, 10, 20, false)).toEqual([run(10, 20, 3)]);
    expect(keptRuns(base, proposed, 10, 20, true)).toEqual([run(10, 20, 3), run(14, 25, 2)]);
  });

  it('does not take a block equal only in text, or in its id alone', () => {
    const proposed = background(
      p({ id: 'a2' }, 'A.'),
      ...paragraphs('b', 'c', 'd'),
      p({ id: 'e' }, 'E!'),
    );
    expect(keptRuns(base, proposed, 0, 0, true)).toEqual([run(0, 0, 2), run(3, 3, 3)]);
  });

  it('never takes a block twice', () => {
    const shorter = background(...paragraphs('a'));
    const a = shorter.child(2);
    const longer = shorter.type.create(shorter.attrs, [shorter.child(0), shorter.child(1), a, a]);
    expect(keptRuns(shorter, longer, 0, 0, true)).toEqual([run(0, 0, 3)]);
    expect(keptRuns(longer, shorter, 0, 0, true)).toEqual([run(0, 0, 3)]);
  });

  it('keeps only the runs at the ends of a section changed in more than MAX_EDITS places', () => {
    const ids = Array.from({ length: MAX_EDITS + 2 }, (_, i) => `p${i}`);
    const many = background(...paragraphs(...ids));
    // Every other paragraph changed: more than MAX_EDITS blocks deleted and inserted.
    const changed = background(
      ...ids.map((id, i) =>
        i % 2 === 1 ? p({ id }, 'Changed.') : p({ id }, `${id.toUpperCase()}.`),
      ),
    );
    expect(keptRuns(many, changed, 0, 0, true)).toEqual(keptRuns(many, changed, 0, 0, false));
    expect(keptRuns(many, changed, 0, 0, false)).toEqual([run(0, 0, 3)]);
  });
});

describe('crossesRun', () => {
  const block = (id: string, index: number): Block => ({
    node: p({ id }, 'X.'),
    id,
    type: 'paragraph',
    index,
    sectionIndex: 0,
    sectionId: 's',
    sectionKind: 'background',
    protectedAs: null,
  });
  const runs = new Map([['s', [run(3, 2, 2)]]]);

  it('tells a pair on both sides of a run from one before or after it on both', () => {
    const pair = (baseIndex: number, proposedIndex: number) => ({
      base: [block('x', baseIndex)],
      proposed: [block('x', proposedIndex)],
      how: 'id' as const,
    });
    expect(crossesRun([pair(1, 1), pair(6, 5)], runs)).toBe(false);
    expect(crossesRun([pair(1, 5)], runs)).toBe(true);
    expect(crossesRun([pair(6, 0)], runs)).toBe(true);
  });

  it('looks only at one-to-one pairs within the section', () => {
    const split = {
      base: [block('x', 1)],
      proposed: [block('x', 5), block('y', 6)],
      how: 'restructure' as const,
    };
    expect(crossesRun([split], runs)).toBe(false);
  });
});

describe('align with kept runs', () => {
  it('still tells a block moved across a run between changes', () => {
    const proposed = background(...paragraphs('e', 'a', 'b', 'c', 'd'));
    const alignment = align(doc(base), doc(proposed));
    expect(alignment.pairs.filter((pair) => pair.moved).map((pair) => pair.base[0]?.id)).toEqual([
      'e',
    ]);
  });

  it('gives the base section’s nodes for a kept slot', () => {
    const proposed = background(
      ...paragraphs('a'),
      p({ id: 'b' }, 'B changed.'),
      ...paragraphs('c', 'd', 'e'),
    );
    const [merged] = align(doc(base), doc(proposed)).sections;
    const kept = merged?.slots.filter((slot) => slot.side === 'kept') ?? [];
    expect(kept).toHaveLength(2);
    const baseSection = merged?.base?.node as Node;
    for (const slot of kept) {
      if (slot.side !== 'kept' || !merged) continue;
      const start = merged.base?.start ?? 0;
      const nodes = keptNodes(merged, slot);
      expect(nodes).toHaveLength(slot.length);
      nodes.forEach((node, i) => expect(node).toBe(baseSection.child(slot.base - start + i)));
    }
  });
});
