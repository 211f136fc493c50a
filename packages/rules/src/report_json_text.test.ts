import fc from 'fast-check';
import { Mark, type Node } from 'prosemirror-model';
import { describe, expect, it, vi } from 'vitest';
import { br, doc, marked, p, section, table, td, th, tr } from './builders.js';
import { compactReport } from './compact_report.js';
import { parseReport } from './parse_report.js';
import { reportJsonText } from './report_json_text.js';
import { schema } from './schema.js';
import { draftOf, edit, edited, reportSpec, toDoc } from '../test/arbitrary_report.js';

const n = schema.nodes;
const m = schema.marks;

// Any code points, lone surrogates and control characters included, which JSON escapes.
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const href = fc.constantFrom(
  'https://www.ne-derbyshire.gov.uk/',
  'https://example.org/café?q="a"&b=\\',
  'mailto:clerk@example.org',
);
const marks = fc
  .record({ strong: fc.boolean(), em: fc.boolean(), link: fc.option(href) })
  .map(({ strong, em, link }) =>
    Mark.setFrom([
      ...(strong ? [m['strong']!.create()] : []),
      ...(em ? [m['em']!.create()] : []),
      ...(link === null ? [] : [m['link']!.create({ href: link })]),
    ]),
  );
const inline = fc.array(
  fc.oneof(
    { weight: 4, arbitrary: fc.tuple(text, marks).map(([value, set]) => schema.text(value, set)) },
    { weight: 1, arbitrary: fc.constant(null) },
  ),
  { maxLength: 5 },
);

/** A generated body: ids numbered in order, so a body holds no id twice. */
function bodyOf(spec: {
  sections: { heading: string; blocks: ('para' | 'table' | 'list')[]; source: string }[];
  runs: (Node | null)[][];
  widths: (number[] | null)[];
}): Node {
  let next = 0;
  const id = () => `n${next++}`;
  let run = 0;
  const paragraph = () =>
    n['paragraph']!.createChecked(
      { id: id() },
      (spec.runs[run++ % spec.runs.length] ?? []).map((node) => node ?? n['hard_break']!.create()),
    );
  const cell = (type: 'table_cell' | 'table_header', i: number) =>
    n[type]!.createChecked(
      { id: id(), colspan: 1 + (i % 2), colwidth: spec.widths[i % spec.widths.length] ?? null },
      [paragraph()],
    );
  return schema.topNodeType.createChecked(
    null,
    spec.sections.map((part) =>
      n['section']!.createChecked({ id: id(), kind: 'background' }, [
        n['heading']!.createChecked({ id: id() }, schema.text(part.heading)),
        ...part.blocks.map((block, i) => {
          if (block === 'para') return paragraph();
          if (block === 'list') {
            return n['bullet_list']!.createChecked({ id: id() }, [
              n['list_item']!.createChecked({ id: id() }, [paragraph()]),
            ]);
          }
          return n['table']!.createChecked({ id: id() }, [
            n['table_row']!.createChecked({ id: id() }, [cell('table_header', i)]),
            n['table_row']!.createChecked({ id: id() }, [
              cell('table_cell', i),
              cell('table_cell', i + 1),
            ]),
          ]);
        }),
        n['consultation']!.createChecked({ id: id(), source: part.source }, [paragraph()]),
      ]),
    ),
  );
}

const body = fc
  .record({
    sections: fc.array(
      fc.record({
        heading: text,
        blocks: fc.array(fc.constantFrom('para' as const, 'table' as const, 'list' as const), {
          maxLength: 4,
        }),
        source: fc.string({ unit: 'binary', maxLength: 8 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    runs: fc.array(inline, { minLength: 1, maxLength: 6 }),
    widths: fc.array(fc.option(fc.array(fc.nat({ max: 400 }), { minLength: 1, maxLength: 2 })), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(bodyOf);

describe('reportJsonText', () => {
  it('is JSON.stringify of toJSON, with marks, line breaks, tables and any unicode', () => {
    fc.assert(
      fc.property(body, (node) => {
        const expected = JSON.stringify(node.toJSON());
        expect(reportJsonText(node)).toBe(expected);
        // Again, now from the texts kept with its nodes.
        expect(reportJsonText(node)).toBe(expected);
      }),
    );
  });

  it('writes a node on its own, or one without an id, as toJSON does', () => {
    const cell = td({ id: 'c1', colwidth: [120] }, 'Eckington £310,000');
    const line = p({ id: 'p1' }, marked('Read', m['em']!.create()), br(), 'more 😀');
    for (const node of [cell, line, line.child(0), line.child(1), table({ id: 't' }, tr(cell))]) {
      expect(reportJsonText(node)).toBe(JSON.stringify(node.toJSON()));
    }
    const header = th({ id: 'h1', colspan: 2 }, 'Branch');
    expect(reportJsonText(header)).toBe(JSON.stringify(header.toJSON()));
  });

  it('writes a proposal that shares nodes with a written base as toJSON does', () => {
    fc.assert(
      fc.property(reportSpec, fc.array(edit, { maxLength: 4 }), (spec, edits) => {
        const draft = draftOf(spec);
        const base = parseReport(toDoc(draft).toJSON());
        expect(reportJsonText(base)).toBe(JSON.stringify(base.toJSON()));
        const proposed = parseReport(compactReport(base, toDoc(edited(draft, edits))), {
          base,
          references: true,
        });
        expect(reportJsonText(proposed)).toBe(JSON.stringify(proposed.toJSON()));
      }),
    );
  });

  it('writes the nodes a proposal shares with a written base from their kept texts', () => {
    const base = parseReport(
      doc(
        section({ id: 'purpose', kind: 'purpose' }, p({ id: 'purpose-1' }, 'To agree hours.')),
        section({ id: 'legal', kind: 'legal' }, p({ id: 'legal-1' }, 'Lawful.')),
      ).toJSON(),
    );
    reportJsonText(base);
    const proposed = parseReport(
      {
        type: 'doc',
        content: [
          'purpose',
          {
            type: 'section',
            attrs: { id: 'legal', kind: 'legal' },
            content: ['legal-h', p({ id: 'legal-2' }, 'Lawful, on advice.').toJSON()],
          },
        ],
      },
      { base, references: true },
    );
    const shared = proposed.child(0);
    expect(shared).toBe(base.child(0));
    const expected = JSON.stringify(proposed.toJSON());
    const walked = vi.spyOn(shared, 'forEach');
    const heading = vi.spyOn(proposed.child(1).child(0), 'forEach');
    expect(reportJsonText(proposed)).toBe(expected);
    expect(walked).not.toHaveBeenCalled();
    expect(heading).not.toHaveBeenCalled();
  });
});
