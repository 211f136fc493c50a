import { describe, expect, it } from 'vitest';
import { Node } from 'prosemirror-model';
import {
  li,
  marked,
  option,
  p,
  section,
  doc,
  table,
  td,
  th,
  tr,
  ul,
  ol,
  statement,
} from '../builders.js';
import { schema } from '../schema.js';
import { sameNode, sameNodeIgnoringIds } from './same_node.js';

const strong = schema.marks.strong.create();
const em = schema.marks.em.create();
const link = (href: string) => schema.marks.link.create({ href });

function cellTable(colwidth: number[] | null, text = 'Cost') {
  return table(
    { id: 't' },
    tr({ id: 'r' }, th({ id: 'h', colwidth }, 'Item'), td({ id: 'c', colwidth }, text)),
  );
}

// Every variant differs from the first in one way; each must compare unequal to the others
// exactly when Node.eq says so.
const variants: readonly (() => Node)[] = [
  () => p({ id: 'a' }, 'The library opens at nine.'),
  () => p({ id: 'a' }, 'The library opens at ten.'),
  () => p({ id: 'b' }, 'The library opens at nine.'),
  () => p({ id: 'a' }, marked('The library opens at nine.', strong)),
  () => p({ id: 'a' }, marked('The library opens at nine.', em)),
  () => p({ id: 'a' }, marked('The library opens at nine.', link('https://example.org/a'))),
  () => p({ id: 'a' }, marked('The library opens at nine.', link('https://example.org/b'))),
  () => p({ id: 'a' }, 'The library opens ', marked('at nine.', strong)),
  () => option({ id: 'o', label: 'Option 1' }, p({ id: 'op' }, 'Do nothing.')),
  () => option({ id: 'o', label: 'Option 2' }, p({ id: 'op' }, 'Do nothing.')),
  () => option({ id: 'o', label: 'Option 1', recommended: true }, p({ id: 'op' }, 'Do nothing.')),
  () => ul({ id: 'l' }, li({ id: 'i1' }, 'One'), li({ id: 'i2' }, 'Two')),
  () => ul({ id: 'l' }, li({ id: 'i1' }, 'One'), li({ id: 'i2' }, 'Too')),
  () => ul({ id: 'l' }, li({ id: 'i1' }, 'One')),
  () => ol({ id: 'l' }, li({ id: 'i1' }, 'One'), li({ id: 'i2' }, 'Two')),
  () => ol({ id: 'l', order: 3 }, li({ id: 'i1' }, 'One'), li({ id: 'i2' }, 'Two')),
  () => ul({ id: 'l' }, li({ id: 'i1' }, 'One', ul({ id: 'n' }, li({ id: 'n1' }, 'Deep')))),
  () => ul({ id: 'l' }, li({ id: 'i1' }, 'One', ul({ id: 'n' }, li({ id: 'n1' }, 'Deeper')))),
  () => cellTable(null),
  () => cellTable([120]),
  () => cellTable([140]),
  () => cellTable(null, 'Price'),
  () => statement({ id: 's', kind: 'legality' }, p({ id: 'sp' }, 'Lawful.')),
  () => statement({ id: 's', kind: 'fairness' }, p({ id: 'sp' }, 'Lawful.')),
];

describe('sameNode', () => {
  it('finds two separately built equal nodes equal, nested lists and tables included', () => {
    for (const make of variants) expect(sameNode(make(), make())).toBe(true);
  });

  it('answers as Node.eq for every pair of differing nodes', () => {
    for (const makeBase of variants) {
      for (const makeProposed of variants) {
        const base = makeBase();
        const proposed = makeProposed();
        expect(sameNode(base, proposed)).toBe(base.eq(proposed));
      }
    }
  });

  it('tells apart differing attributes, marks and text', () => {
    expect(sameNode(cellTable([120]), cellTable([140]))).toBe(false);
    expect(sameNode(cellTable([120]), cellTable(null))).toBe(false);
    expect(
      sameNode(p({ id: 'a' }, marked('x', strong)), p({ id: 'a' }, marked('x', strong, em))),
    ).toBe(false);
    expect(sameNode(p({ id: 'a' }, 'x'), p({ id: 'a' }, 'y'))).toBe(false);
    expect(
      sameNode(
        option({ id: 'o', label: 'Option 1' }, p({ id: 'op' }, 'Do nothing.')),
        option({ id: 'o', label: 'Option 1' }, p({ id: 'other' }, 'Do nothing.')),
      ),
    ).toBe(false);
  });

  it('compares whole documents, and a copy made from JSON is equal', () => {
    const body = doc(
      section({ id: 's1', kind: 'background' }, p({ id: 'a' }, 'One.'), cellTable([90])),
    );
    expect(sameNode(body, Node.fromJSON(schema, body.toJSON()))).toBe(true);
    expect(sameNode(body, body)).toBe(true);
  });
});

describe('sameNodeIgnoringIds', () => {
  it('lets block ids differ, nested ones included', () => {
    expect(
      sameNodeIgnoringIds(
        ul({ id: 'l' }, li({ id: 'i1' }, 'One'), li({ id: 'i2' }, 'Two')),
        ul({ id: 'x' }, li({ id: 'y1' }, 'One'), li({ id: 'y2' }, 'Two')),
      ),
    ).toBe(true);
  });

  it('still tells apart other attributes, marks and text', () => {
    expect(
      sameNodeIgnoringIds(
        option({ id: 'o', label: 'Option 1' }, p({ id: 'op' }, 'Do nothing.')),
        option({ id: 'q', label: 'Option 2' }, p({ id: 'qp' }, 'Do nothing.')),
      ),
    ).toBe(false);
    expect(sameNodeIgnoringIds(cellTable([120]), cellTable([140]))).toBe(false);
    expect(
      sameNodeIgnoringIds(p({ id: 'a' }, marked('x', strong)), p({ id: 'b' }, marked('x', em))),
    ).toBe(false);
    expect(sameNodeIgnoringIds(p({ id: 'a' }, 'x'), p({ id: 'b' }, 'y'))).toBe(false);
  });
});
