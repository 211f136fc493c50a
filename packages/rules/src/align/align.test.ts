import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftOf, edit, edited, reportSpec, toDoc } from '../../test/arbitrary_report.js';
import { doc, opinion, option, p, section } from '../builders.js';
import { align, keptNodes, type Alignment } from './align.js';

function summary(alignment: Alignment): string[] {
  return alignment.pairs
    .filter((pair) => !pair.same)
    .map(
      (pair) =>
        `${pair.how}${pair.moved ? ' moved' : ''}: ${pair.base.map((b) => b.id).join('+') || '-'} → ${
          pair.proposed.map((b) => b.id).join('+') || '-'
        }`,
    );
}

describe('align', () => {
  it('pairs blocks by id and reports nothing for unchanged ones', () => {
    const body = doc(section('background', p({ id: 'a' }, 'One.'), p({ id: 'b' }, 'Two.')));
    expect(summary(align(body, body))).toEqual([]);
  });

  it('pairs a pasted copy of a paragraph (new id, same text) with the original, as unchanged', () => {
    const base = doc(section('background', p({ id: 'a' }, 'The library opens at nine.')));
    const proposed = doc(section('background', p({ id: 'pasted' }, 'The library opens at nine.')));
    const [pair] = align(base, proposed).pairs.filter((each) => each.base[0]?.id === 'a');
    expect(pair).toMatchObject({ how: 'content', same: true });
    expect(pair?.proposed[0]?.id).toBe('pasted');
  });

  it('pairs a re-worded paragraph without its id by similarity, and leaves a new one inserted', () => {
    const base = doc(
      section('background', p({ id: 'a' }, 'The mobile library visits 38 rural stops.')),
    );
    const proposed = doc(
      section(
        'background',
        p({ id: 'x' }, 'The mobile library visits 36 rural stops.'),
        p({ id: 'y' }, 'Something else entirely.'),
      ),
    );
    expect(summary(align(base, proposed))).toEqual(['content: a → x', 'insert: - → y']);
  });

  it('groups an option with the paragraphs it was unwrapped into, by their ids', () => {
    const base = doc(
      section('options', option({ id: 'o1', label: 'Option 1' }, p({ id: 'o1-p' }, 'Do nothing.'))),
    );
    const proposed = doc(section('options', p({ id: 'o1-p' }, 'Do nothing.')));
    expect(summary(align(base, proposed))).toEqual(['restructure: o1 → o1-p']);
  });

  it('groups an opinion with the plain paragraphs it was unwrapped into, by their text', () => {
    const base = doc(
      section(
        'reasons',
        opinion({ id: 'op' }, p({ id: 'x1' }, 'First.'), p({ id: 'x2' }, 'Second.')),
      ),
    );
    const proposed = doc(section('reasons', p({ id: 'n1' }, 'First.'), p({ id: 'n2' }, 'Second.')));
    expect(summary(align(base, proposed))).toEqual(['restructure: op → n1+n2']);
  });

  it('recognises a paragraph split in two (the second half with a new id)', () => {
    const base = doc(
      section(
        'background',
        p({ id: 'a' }, 'Visits fell by a fifth. Downloads doubled over the year.'),
      ),
    );
    const proposed = doc(
      section(
        'background',
        p({ id: 'a' }, 'Visits fell by a fifth.'),
        p({ id: 'new' }, 'Downloads doubled over the year.'),
      ),
    );
    expect(summary(align(base, proposed))).toEqual(['restructure: a → a+new']);
  });

  it('tells a block moved out of order or to another section from one left in place', () => {
    const base = doc(
      section('background', p({ id: 'a' }, 'A.'), p({ id: 'b' }, 'B.'), p({ id: 'c' }, 'C.')),
      section('options', option({ id: 'o', label: 'Option 1' }, 'Go.')),
    );
    const proposed = doc(
      section(
        'background',
        p({ id: 'c' }, 'C.'),
        p({ id: 'a' }, 'A.'),
        p({ id: 'b' }, 'B.'),
        option({ id: 'o', label: 'Option 1' }, 'Go.'),
      ),
      section('options'),
    );
    expect(summary(align(base, proposed))).toEqual(['id moved: c → c', 'id moved: o → o']);
  });

  it('lists every block between the kept ends once in the merged order, deletions before insertions', () => {
    const base = doc(
      section(
        'background',
        p({ id: 'a' }, 'A.'),
        p({ id: 'b' }, 'Old.'),
        p({ id: 'd' }, 'D.'),
        p({ id: 'e' }, 'E.'),
      ),
    );
    const proposed = doc(
      section(
        'background',
        p({ id: 'a' }, 'A, changed.'),
        p({ id: 'c' }, 'Quite new.'),
        p({ id: 'd' }, 'D.'),
        p({ id: 'e' }, 'E.'),
      ),
    );
    const [merged] = align(base, proposed).sections;
    // The heading is kept before the change, `d` and `e` after it.
    expect([merged?.keptBefore, merged?.keptAfter]).toEqual([1, 2]);
    expect(merged?.slots.map((slot) => `${slot.side}:${slot.block.id}`)).toEqual([
      'both:a',
      'base:b',
      'proposed:c',
    ]);
  });

  it('lists every block of both versions once, in the kept ends or the slots, for generated edits', () => {
    fc.assert(
      fc.property(reportSpec, fc.array(edit, { minLength: 1, maxLength: 5 }), (spec, edits) => {
        const draft = draftOf(spec);
        const base = toDoc(draft);
        const proposed = toDoc(edited(draft, edits));
        const alignment = align(base, proposed);
        for (const merged of alignment.sections) {
          if (merged.same) continue;
          const before = keptNodes(merged, 'before');
          const after = keptNodes(merged, 'after');
          const read = (side: 'base' | 'proposed') =>
            merged.slots.flatMap((slot) => {
              if (slot.side === 'both') {
                const pair = alignment.pairs[slot.pair];
                return side === 'base' ? (pair?.base ?? []) : (pair?.proposed ?? []);
              }
              return slot.side === side ? [slot.block] : [];
            });
          for (const side of ['base', 'proposed'] as const) {
            const info = merged[side];
            if (!info) continue;
            const listed = [...before, ...read(side).map((block) => block.node), ...after];
            expect(listed.length).toBe(info.node.childCount);
            listed.forEach((node, i) => expect(node.eq(info.node.child(i))).toBe(true));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('settles a section equal in both versions whole, and still aligns the blocks of the others', () => {
    const base = doc(
      section({ id: 's1', kind: 'background' }, p({ id: 'a' }, 'A.'), p({ id: 'b' }, 'B.')),
      section({ id: 's2', kind: 'reasons' }, p({ id: 'c' }, 'Old.')),
    );
    const proposed = doc(
      section({ id: 's1', kind: 'background' }, p({ id: 'a' }, 'A.'), p({ id: 'b' }, 'B.')),
      section({ id: 's2', kind: 'reasons' }, p({ id: 'c' }, 'New.')),
    );
    const alignment = align(base, proposed);
    expect(
      alignment.sections.map((merged) => [
        merged.same,
        merged.keptBefore,
        merged.slots.length,
        merged.keptAfter,
      ]),
    ).toEqual([
      [true, 0, 0, 0],
      [false, 1, 1, 0],
    ]);
    expect(summary(alignment)).toEqual(['id: c → c']);
    // The blocks of the changed section keep their places in the whole document.
    expect(alignment.baseBlocks.map((block) => `${block.id}@${block.index}`)).toEqual([
      's2-h@3',
      'c@4',
    ]);
  });

  it('still reports a section equal in both versions that was moved', () => {
    const first = section({ id: 's1', kind: 'background' }, p({ id: 'a' }, 'A.'));
    const second = section({ id: 's2', kind: 'reasons' }, p({ id: 'b' }, 'B.'));
    const alignment = align(doc(first, second), doc(second, first));
    expect(alignment.sections.filter((merged) => merged.moved).length).toBe(1);
    expect(alignment.sections.every((merged) => merged.same)).toBe(true);
  });
});
