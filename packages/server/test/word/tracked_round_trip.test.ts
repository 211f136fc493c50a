/**
 * The property the tracked-changes export and import rest on: for any paragraph-level edits of a
 * report (words changed, paragraphs deleted, paragraphs added, wherever they sit), exporting the
 * proposal as Word tracked changes and reading the file back against the base gives the proposal's
 * words, paragraph for paragraph.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { builders, parseReport, schema, type Classification } from '@probity/rules';
import { exportProposalDocx } from '../../src/word/export_proposal_docx.js';
import { importTrackedDocx } from '../../src/word/import_tracked_docx.js';
import { words } from './body_text.js';

const {
  doc,
  section,
  p,
  option,
  recommendation,
  opinion,
  statement,
  consultation,
  ul,
  ol,
  li,
  table,
  tr,
  td,
  th,
} = builders;

const base = doc(
  section(
    'purpose',
    p('To decide the opening hours of the branch libraries.'),
    p('Second purpose paragraph.'),
  ),
  section(
    'recommendations',
    recommendation('That Cabinet approves Option 2.', 'And reviews it in 2028.'),
  ),
  section(
    'options',
    option(
      { label: 'Option 1' },
      p('Keep all branches open.'),
      ul(li('Costs £310,000.'), li('Saves nothing.')),
    ),
    option({ label: 'Option 2', recommended: true }, 'Reduce hours at six branches.'),
  ),
  section(
    'reasons',
    opinion('In my professional opinion Option 2 is the best balance.', 'It keeps every branch.'),
  ),
  section(
    'financial',
    table(tr(th('Item'), th('Saving')), tr(td('Staff'), td(p('£210,000'), p('a year')))),
    statement(
      { kind: 'financial_prudence', officer: 'chief_finance_officer' },
      'The Chief Finance Officer advises that this is affordable.',
    ),
  ),
  section(
    'consultation',
    consultation({ source: 'Residents' }, '71% of respondents disagreed.'),
    ol(li('First.', ul(li('Nested.'))), li('Second.')),
  ),
);

const none: Classification = {
  verdict: 'permitted',
  rulebook: 'north-east-derbyshire',
  findings: [],
};
const meta = { title: 'Libraries', member: 'Cllr Jo Bloggs', date: '2026-05-12T10:30:00Z' };

const paragraphIds: string[] = [];
base.descendants((node) => {
  if (node.type.name === 'paragraph') paragraphIds.push(node.attrs['id']);
});

const word = fc.constantFrom(
  'the',
  'Council',
  'saving',
  '£250,000',
  'branch',
  'café',
  'naïve',
  '2026/27',
  '—',
  '“quoted”',
  '👍',
  '👎',
  'x',
);
const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(' '));
const edit = fc.record({
  at: fc.nat({ max: paragraphIds.length - 1 }),
  kind: fc.constantFrom('modify', 'delete', 'insert'),
  text: phrase,
  keep: fc.nat({ max: 8 }),
});

/** `base` with the edits applied: modified paragraphs keep their ids, added ones get new ones. */
interface Edit {
  readonly at: number;
  readonly kind: string;
  readonly text: string;
  readonly keep: number;
}

function edited(edits: readonly Edit[], from: Node = base, prefix = 'new'): Node {
  const modify = new Map<string, string>();
  const remove = new Set<string>();
  const insert = new Map<string, string[]>();
  for (const e of edits) {
    const id = paragraphIds[e.at]!;
    if (e.kind === 'modify') modify.set(id, `${e.text} ${'kept '.repeat(e.keep)}`.trim());
    else if (e.kind === 'delete') remove.add(id);
    else insert.set(id, [...(insert.get(id) ?? []), e.text]);
  }
  let fresh = 0;
  const visit = (node: Node): Node[] => {
    if (node.type.name === 'paragraph') {
      const id = node.attrs['id'];
      const added = (insert.get(id) ?? []).map((text) =>
        schema.node('paragraph', { id: `${prefix}-${++fresh}` }, schema.text(text)),
      );
      if (remove.has(id)) return added;
      const text = modify.get(id);
      return [
        text === undefined ? node : schema.node('paragraph', { id }, schema.text(text)),
        ...added,
      ];
    }
    if (node.isTextblock) return [node];
    const children: Node[] = [];
    node.forEach((child) => children.push(...visit(child)));
    // Keep every container valid: a deletion that would empty it, or leave a list item without
    // its first paragraph, is not made.
    if (!node.type.validContent(node.type.create(node.attrs, children).content)) return [node];
    return [node.type.create(node.attrs, children)];
  };
  return parseReport(visit(from)[0]!.toJSON());
}

describe('tracked changes exported to Word and read back', () => {
  it('give the proposal’s words for any paragraph-level edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const proposed = edited(edits);
        const docx = await exportProposalDocx(base, proposed, none, meta);
        const { proposed: read, untracked } = importTrackedDocx(docx, base);
        expect(words(read)).toEqual(words(proposed));
        expect(untracked).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('give the proposal’s words when some edits were made with Track Changes off', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(edit, { minLength: 1, maxLength: 2 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        async (offEdits, onEdits) => {
          // The member's copy already differs from the version before tracking starts.
          const untracked = edited(offEdits, base, 'off');
          const proposed = edited(onEdits, untracked);
          const docx = await exportProposalDocx(untracked, proposed, none, meta);
          const { proposed: read } = importTrackedDocx(docx, base);
          expect(words(read)).toEqual(words(proposed));
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it('give back the base when nothing changed', async () => {
    const docx = await exportProposalDocx(base, base, none, meta);
    expect(importTrackedDocx(docx, base).proposed.eq(base)).toBe(true);
  });
});

describe('a change inside a character outside the Basic Multilingual Plane', () => {
  it('is never split between deleted and inserted runs', async () => {
    const before = doc(section({ id: 's', kind: 'purpose' }, p({ id: 'a' }, 'Vote 👍 today.')));
    const after = doc(section({ id: 's', kind: 'purpose' }, p({ id: 'a' }, 'Vote 👎 today.')));
    const docx = await exportProposalDocx(before, after, none, meta);
    expect(words(importTrackedDocx(docx, before).proposed)).toEqual(words(after));
  });
});
