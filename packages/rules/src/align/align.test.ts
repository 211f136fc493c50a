import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftOf, edit, edited, reportSpec, toDoc } from '../../test/arbitrary_report.js';
import { doc, opinion, option, p, section } from '../builders.js';
import type { Node } from 'prosemirror-model';
import { align, keptNodes, type Alignment, type MergedSection, type Pair } from './align.js';

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

function slotsOf(merged: MergedSection | undefined): string[] {
  return (merged?.slots ?? []).map((slot) =>
    slot.side === 'kept'
      ? `kept:${keptNodes(merged as MergedSection, slot)
          .map((node) => String(node.attrs['id']))
          .join('+')}`
      : `${slot.side}:${slot.block.id}`,
  );
}

// The alignment with each kept run written out as the pairs of equal blocks in place it stands
// for, each block by its id; the merged order of each section as pair numbers in order of first
// appearance, so that two alignments that differ only in how they number their pairs compare equal.
function expanded(alignment: Alignment): unknown {
  return alignment.sections.map((merged) => {
    const baseIds = merged.base ? childIds(merged.base.node) : [];
    const start = merged.base?.start ?? 0;
    return {
      moved: merged.moved,
      same: merged.same,
      slots: merged.slots.flatMap((slot) => {
        if (slot.side === 'kept') {
          return baseIds
            .slice(slot.base - start, slot.base - start + slot.length)
            .map((id) => `both id same: ${id} → ${id}`);
        }
        const pair = alignment.pairs[slot.pair] as Pair;
        return [
          `${slot.side} ${pair.how}${pair.moved ? ' moved' : ''}${pair.same ? ' same' : ''}: ${pair.base
            .map((block) => block.id)
            .join('+')} → ${pair.proposed.map((block) => block.id).join('+')}`,
        ];
      }),
    };
  });
}

function childIds(node: Node): string[] {
  const ids: string[] = [];
  node.forEach((child) => ids.push(String(child.attrs['id'])));
  return ids;
}

// Long sections of short paragraphs, and edits of them, for runs between changes.
const longSections = fc.array(
  fc.array(fc.constantFrom('One.', 'Two.', 'Three.', 'Four.', 'Five.', 'Six.'), {
    minLength: 3,
    maxLength: 30,
  }),
  { minLength: 1, maxLength: 3 },
);
type SectionEdit = {
  readonly op: 'change' | 'insert' | 'delete' | 'move';
  readonly section: number;
  readonly at: number;
  readonly to: number;
  readonly toSection: number;
};
const fraction = fc.double({ min: 0, max: 0.999, noNaN: true });
const sectionEdit: fc.Arbitrary<SectionEdit> = fc.record({
  op: fc.constantFrom('change' as const, 'insert' as const, 'delete' as const, 'move' as const),
  section: fraction,
  at: fraction,
  to: fraction,
  toSection: fraction,
});
interface Text {
  readonly id: string;
  readonly text: string;
}

function editedTexts(
  texts: readonly (readonly string[])[],
  edits: readonly SectionEdit[],
): Text[][] {
  const sections = texts.map((section, s) =>
    section.map((text, i) => ({ id: `p${s}-${i}`, text })),
  );
  edits.forEach((edit, n) => {
    const section = sections[Math.floor(edit.section * sections.length)] as Text[];
    const at = Math.floor(edit.at * section.length);
    if (edit.op === 'insert') section.splice(at, 0, { id: `new${n}`, text: 'Inserted.' });
    if (section.length === 0) return;
    if (edit.op === 'change') section[at] = { id: (section[at] as Text).id, text: 'Changed.' };
    if (edit.op === 'delete') section.splice(at, 1);
    if (edit.op === 'move') {
      const [moved] = section.splice(at, 1);
      const target = sections[Math.floor(edit.toSection * sections.length)] as Text[];
      target.splice(Math.floor(edit.to * (target.length + 1)), 0, moved as Text);
    }
  });
  return sections;
}

function longReport(texts: readonly (readonly (string | Text)[])[]): Node {
  return doc(
    ...texts.map((blocks, s) =>
      section(
        { id: `s${s}`, kind: 'background' },
        ...blocks.map((text, i) =>
          typeof text === 'string' ? p({ id: `p${s}-${i}` }, text) : p({ id: text.id }, text.text),
        ),
      ),
    ),
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

  it('lists every block once in the merged order, a run kept unchanged as one slot, deletions before insertions', () => {
    const base = doc(
      section(
        'background',
        p({ id: 'a' }, 'A.'),
        p({ id: 'b' }, 'Old.'),
        p({ id: 'd' }, 'D.'),
        p({ id: 'e' }, 'E.'),
        p({ id: 'f' }, 'F.'),
      ),
    );
    const proposed = doc(
      section(
        'background',
        p({ id: 'a' }, 'A, changed.'),
        p({ id: 'c' }, 'Quite new.'),
        p({ id: 'd' }, 'D.'),
        p({ id: 'e' }, 'E.'),
        p({ id: 'f' }, 'F, changed.'),
      ),
    );
    const [merged] = align(base, proposed).sections;
    // The heading is kept before the changes, `d` and `e` between them.
    expect(slotsOf(merged)).toEqual([
      'kept:background-h',
      'both:a',
      'base:b',
      'proposed:c',
      'kept:d+e',
      'both:f',
    ]);
  });

  it('lists every block of both versions once, in order, for generated edits', () => {
    fc.assert(
      fc.property(reportSpec, fc.array(edit, { minLength: 1, maxLength: 5 }), (spec, edits) => {
        const draft = draftOf(spec);
        const base = toDoc(draft);
        const proposed = toDoc(edited(draft, edits));
        const alignment = align(base, proposed);
        for (const merged of alignment.sections) {
          if (merged.same) continue;
          for (const side of ['base', 'proposed'] as const) {
            const info = merged[side];
            if (!info) continue;
            const listed = merged.slots.flatMap((slot): readonly Node[] => {
              if (slot.side === 'kept') return keptNodes(merged, slot);
              if (slot.side !== 'both') return slot.side === side ? [slot.block.node] : [];
              const pair = alignment.pairs[slot.pair];
              return (side === 'base' ? (pair?.base ?? []) : (pair?.proposed ?? [])).map(
                (block) => block.node,
              );
            });
            expect(listed.length).toBe(info.node.childCount);
            listed.forEach((node, i) => expect(node.eq(info.node.child(i))).toBe(true));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('aligns long sections edited in several places (blocks moved included) the same with runs kept between the changes as with runs kept at the ends only', () => {
    fc.assert(
      fc.property(
        longSections,
        fc.array(sectionEdit, { minLength: 1, maxLength: 6 }),
        (texts, edits) => {
          const base = longReport(texts);
          const proposed = longReport(editedTexts(texts, edits));
          expect(expanded(align(base, proposed))).toEqual(
            expanded(align(base, proposed, { between: false })),
          );
        },
      ),
      { numRuns: 300 },
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
    expect(alignment.sections.map((merged) => [merged.same, slotsOf(merged)])).toEqual([
      [true, []],
      [false, ['kept:s2-h', 'both:c']],
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
