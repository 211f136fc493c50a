import { describe, expect, it } from 'vitest';
import { doc, p, section } from '../builders.js';
import { align } from './align.js';
import { keptEnds, keptNodes } from './kept_ends.js';

// The builders make new nodes each time, so these versions share no node object: the ends are
// found by equality, not only by identity.
const base = section(
  { id: 's', kind: 'background' },
  p({ id: 'a' }, 'A.'),
  p({ id: 'b' }, 'B.'),
  p({ id: 'c' }, 'C.'),
  p({ id: 'd' }, 'D.'),
);

describe('keptEnds', () => {
  it('counts the equal blocks at the start and at the end of two versions of a section', () => {
    const proposed = section(
      { id: 's', kind: 'background' },
      p({ id: 'a' }, 'A.'),
      p({ id: 'b' }, 'B changed.'),
      p({ id: 'new' }, 'New.'),
      p({ id: 'c' }, 'C.'),
      p({ id: 'd' }, 'D.'),
    );
    expect(keptEnds(base, proposed)).toEqual({ before: 2, after: 2 });
  });

  it('does not count a block equal only in text, or in its id alone', () => {
    const proposed = section(
      { id: 's', kind: 'background' },
      p({ id: 'a2' }, 'A.'),
      p({ id: 'b' }, 'B.'),
      p({ id: 'c' }, 'C.'),
      p({ id: 'd' }, 'D!'),
    );
    // The heading is equal; `a` has a new id; `d` a new text.
    expect(keptEnds(base, proposed)).toEqual({ before: 1, after: 0 });
  });

  it('never counts a block at both ends', () => {
    const shorter = section({ id: 's', kind: 'background' }, p({ id: 'a' }, 'A.'));
    const a = shorter.child(1);
    const longer = shorter.type.create(shorter.attrs, [shorter.child(0), a, a]);
    expect(keptEnds(shorter, longer)).toEqual({ before: 2, after: 0 });
    expect(keptEnds(longer, shorter)).toEqual({ before: 2, after: 0 });
    expect(keptEnds(shorter, shorter)).toEqual({ before: 2, after: 0 });
  });
});

describe('keptNodes', () => {
  it('gives the base section’s first and last blocks that alignment settled as kept', () => {
    const proposed = section(
      { id: 's', kind: 'background' },
      p({ id: 'a' }, 'A.'),
      p({ id: 'b' }, 'B changed.'),
      p({ id: 'c' }, 'C.'),
      p({ id: 'd' }, 'D.'),
    );
    const [merged] = align(doc(base), doc(proposed)).sections;
    if (!merged?.base) throw new Error('no merged section');
    expect([merged.keptBefore, merged.keptAfter]).toEqual([2, 2]);
    const baseSection = merged.base.node;
    expect(keptNodes(merged, 'before')).toEqual([baseSection.child(0), baseSection.child(1)]);
    expect(keptNodes(merged, 'after')).toEqual([baseSection.child(3), baseSection.child(4)]);
    expect(keptNodes(merged, 'before')[1]).toBe(baseSection.child(1));
  });
});
