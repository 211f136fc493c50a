import type { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { doc, opinion, p, section } from '../builders.js';
import { schema } from '../schema.js';
import { listSections } from './blocks.js';

const body = doc(
  section({ id: 's1', kind: 'background' }, p({ id: 'a' }, 'The library opens.')),
  section(
    { id: 's2', kind: 'reasons' },
    p({ id: 'b' }, 'Visits fell.'),
    opinion({ id: 'op' }, 'In my opinion the branch should stay open.'),
  ),
);
const [background, reasons] = [body.child(0), body.child(1)];
const longer = doc(section({ id: 's0', kind: 'purpose' }, p('One.'), p('Two.'))).child(0);

// A body holding these very section nodes (the builders' `doc` makes new ones).
const bodyOf = (...sections: Node[]) => schema.topNodeType.createChecked(null, sections);

describe('listSections', () => {
  it('lists each section’s blocks with their places, counting the blocks of sections left out', () => {
    const sections = listSections(body, new Set(['s1']));
    expect(sections.map((s) => [s.id, s.same, s.blocks.length])).toEqual([
      ['s1', true, 0],
      ['s2', false, 3],
    ]);
    expect(sections[1]?.blocks.map((b) => [b.id, b.index, b.sectionIndex, b.protectedAs])).toEqual([
      ['s2-h', 2, 1, null],
      ['b', 3, 1, null],
      ['op', 4, 1, 'opinion'],
    ]);
  });

  it('lists only the blocks between the ends it is given, numbered where they stand', () => {
    const ends = new Map([['s2', { before: 1, after: 1 }]]);
    const sections = listSections(body, new Set(['s1']), { ends });
    expect(sections[1]?.blocks.map((b) => [b.id, b.index, b.sectionIndex])).toEqual([['b', 3, 1]]);
    // Not kept: the whole listing, kept, is another.
    expect(listSections(body, new Set(['s1']), { keep: true })[1]?.blocks).toHaveLength(3);
  });

  it('lists a section once while it stands in the same place, and afresh elsewhere', () => {
    const keep = { keep: true };
    const listed = listSections(body, undefined, keep)[1];
    expect(listSections(body, undefined, keep)[1]).toBe(listed);
    // Not kept, a listing is made afresh, and the same.
    expect(listSections(body)[1]).not.toBe(listed);
    expect(listSections(body)[1]).toEqual(listed);
    // The same section node in another body, at the same place: the same listing.
    const copy = background.type.create(background.attrs, background.content);
    expect(listSections(bodyOf(copy, reasons), undefined, keep)[1]).toBe(listed);
    // Moved first, or after a section of more blocks: its blocks are numbered where they stand.
    const first = listSections(bodyOf(reasons, background), undefined, keep)[0];
    expect(first?.blocks.map((b) => [b.index, b.sectionIndex])).toEqual([
      [0, 0],
      [1, 0],
      [2, 0],
    ]);
    const later = listSections(bodyOf(longer, reasons), undefined, keep)[1];
    expect(later?.blocks.map((b) => [b.index, b.sectionIndex])).toEqual([
      [3, 1],
      [4, 1],
      [5, 1],
    ]);
    expect(listSections(body, undefined, keep)[1]?.blocks.map((b) => b.index)).toEqual([2, 3, 4]);
  });
});
