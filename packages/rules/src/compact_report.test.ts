import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { doc, option, opinion, p, section, statement } from './builders.js';
import { compactReport } from './compact_report.js';
import { parseReport } from './parse_report.js';
import { blocksById } from './reuse_base.js';
import { draftOf, edit, edited, reportSpec, toDoc } from '../test/arbitrary_report.js';
import { libraryReport } from '../test/library_report.js';

/** The size of the JSON text of `json`, in characters. */
const sizeOf = (json: unknown) => JSON.stringify(json).length;

describe('compactReport', () => {
  it('writes a one-word change as two section references and one section of references', () => {
    const base = libraryReport('weekly');
    const proposed = libraryReport('new weekly');
    expect(compactReport(base, proposed)).toEqual({
      type: 'doc',
      content: [
        {
          type: 'section',
          attrs: { id: 'purpose', kind: 'purpose' },
          content: ['purpose-h', proposed.child(0).child(1).toJSON(), 'purpose-2'],
        },
        'options',
        'legal',
      ],
    });
  });

  it('writes an unchanged proposal as references to its sections alone', () => {
    const base = libraryReport('weekly');
    expect(compactReport(base, libraryReport('weekly'))).toEqual({
      type: 'doc',
      content: ['purpose', 'options', 'legal'],
    });
    expect(compactReport(base, base)).toEqual(compactReport(base, libraryReport('weekly')));
  });

  it('refers to a moved block that is unchanged, wherever it now stands', () => {
    const base = libraryReport('weekly');
    const moved = doc(
      section({ id: 'purpose', kind: 'purpose' }, base.child(0).child(1), base.child(0).child(2)),
      section(
        { id: 'options', kind: 'options' },
        option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open six days a week.'),
        opinion({ id: 'opinion-1' }, 'In my professional opinion Option 2 is affordable.'),
      ),
      section(
        { id: 'legal', kind: 'legal' },
        statement({ id: 'legal-1', kind: 'legality' }, 'The Council may lawfully vary the hours.'),
        option({ id: 'o2', label: 'Option 2' }, 'Close Eckington library on Mondays.'),
      ),
    );
    expect(compactReport(base, moved).content).toEqual([
      'purpose',
      {
        type: 'section',
        attrs: { id: 'options', kind: 'options' },
        content: ['options-h', 'o1', 'opinion-1'],
      },
      {
        type: 'section',
        attrs: { id: 'legal', kind: 'legal' },
        content: ['legal-h', 'legal-1', 'o2'],
      },
    ]);
  });

  it('writes out a block whose id is new or whose base block differs, as toJSON does', () => {
    const base = libraryReport('weekly');
    const retitled = doc(
      section(
        { id: 'purpose', kind: 'background' },
        p({ id: 'purpose-1' }, "To agree the weekly opening hours of the district's libraries."),
        p({ id: 'purpose-3' }, 'The current hours were set in 2019.'),
      ),
    );
    expect(compactReport(base, retitled).content).toEqual([
      {
        type: 'section',
        attrs: { id: 'purpose', kind: 'background' },
        // The heading follows the kind ("Background"), so it changed too.
        content: [
          retitled.child(0).child(0).toJSON(),
          'purpose-1',
          retitled.child(0).child(2).toJSON(),
        ],
      },
    ]);
  });

  it('refuses a node that is not a report body', () => {
    const base = libraryReport('weekly');
    expect(() => compactReport(base, base.child(0))).toThrow(
      'compactReport: expected a doc, found section',
    );
  });

  const pairs = fc
    .tuple(reportSpec, fc.array(edit, { maxLength: 6 }), fc.boolean())
    .map(([spec, edits, checked]) => {
      const draft = draftOf(spec);
      const built = toDoc(draft);
      return {
        base: checked ? parseReport(built.toJSON()) : built,
        proposed: toDoc(edited(draft, edits)),
      };
    });

  it('is read back by parseReport with references to a node equal to the proposal', () => {
    fc.assert(
      fc.property(pairs, ({ base, proposed }) => {
        const compact = compactReport(base, proposed);
        const read = parseReport(JSON.parse(JSON.stringify(compact)), {
          base,
          references: true,
        });
        expect(read.eq(proposed)).toBe(true);
        // Where a section is named by id, the result holds the base's own section.
        compact.content.forEach((written, index) => {
          if (typeof written === 'string')
            expect(read.child(index)).toBe(blocksById(base).get(written));
        });
        expect(sizeOf(compact)).toBeLessThanOrEqual(sizeOf(proposed.toJSON()));
      }),
    );
  });

  it('is read back to a node equal to a proposal parsed against its base, sharing its nodes', () => {
    fc.assert(
      fc.property(pairs, ({ base, proposed }) => {
        const shared = parseReport(proposed.toJSON(), { base });
        const compact = compactReport(base, shared);
        const read = parseReport(compact, { base, references: true });
        expect(read.eq(proposed)).toBe(true);
        // Whatever parseReport shared with the base, the compact form names by id.
        shared.forEach((child, _, index) => {
          const written = compact.content[index];
          if (base.content.content.includes(child)) expect(written).toBe(child.attrs['id']);
        });
      }),
    );
  });
});
