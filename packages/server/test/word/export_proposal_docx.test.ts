import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builders, parseReport, type Classification, type Finding } from '@probity/rules';
import { exportProposalDocx } from '../../src/word/export_proposal_docx.js';
import { importTrackedDocx } from '../../src/word/import_tracked_docx.js';
import { exportVersionDocx } from '../../src/word/export_version_docx.js';
import { wAttr, wElements, xmlPart } from './docx_xml.js';
import { words, labels } from './body_text.js';

const { doc, section, p, option, recommendation, table, tr, td, th } = builders;

const meta = {
  title: 'Library opening hours',
  member: 'Cllr Jo Bloggs',
  date: '2026-05-12T10:30:00.000Z',
};

const base = doc(
  section('purpose', p({ id: 'p1' }, 'To seek approval for revised opening hours.')),
  section('recommendations', recommendation({ id: 'r1' }, 'That Cabinet approves Option 2.')),
  section(
    'options',
    option({ id: 'o1', label: 'Option 1' }, p({ id: 'o1p' }, 'Keep all branches open.')),
    option({ id: 'o2', label: 'Option 2' }, p({ id: 'o2p' }, 'Reduce hours at six branches.')),
    option({ id: 'o3', label: 'Option 3' }, p({ id: 'o3p' }, 'Close three branches.')),
  ),
  section(
    'financial',
    p({ id: 'f1' }, 'The saving is shown below.'),
    table(
      { id: 't1' },
      tr({ id: 't1r1' }, th({ id: 'c1' }, 'Item'), th({ id: 'c2' }, 'Saving')),
      tr({ id: 't1r2' }, td({ id: 'c3' }, 'Staff'), td({ id: 'c4' }, '£210,000')),
    ),
  ),
);

const proposed = doc(
  section('purpose', p({ id: 'p1' }, 'To seek approval for shorter opening hours.')),
  section('recommendations', recommendation({ id: 'r1' }, 'That Cabinet approves Option 2.')),
  section(
    'options',
    option({ id: 'o1', label: 'Option 1' }, p({ id: 'o1p' }, 'Keep all branches open.')),
    option({ id: 'o2', label: 'Option 2' }, p({ id: 'o2p' }, 'Reduce hours at six branches.')),
    option(
      { id: 'o4', label: 'Option 4' },
      p({ id: 'o4p' }, 'Share buildings with the parish councils.'),
    ),
  ),
  section(
    'financial',
    p({ id: 'f1' }, 'The saving is shown below.'),
    p({ id: 'f2' }, 'Figures are for a full year.'),
    table(
      { id: 't1' },
      tr({ id: 't1r1' }, th({ id: 'c1' }, 'Item'), th({ id: 'c2' }, 'Saving')),
      tr({ id: 't1r2' }, td({ id: 'c3' }, 'Staff'), td({ id: 'c4' }, '£250,000')),
    ),
  ),
);

function finding(
  id: string,
  verdict: Finding['verdict'],
  clause: string,
  rule: string,
  reason: string,
  change: Partial<Finding['change']> & { blockId: string; kind: Finding['change']['kind'] },
): Finding {
  return {
    id,
    verdict,
    clause,
    rule: rule as Finding['rule'],
    reason,
    evidence: [],
    change: {
      nodeType: 'paragraph',
      section: 'other',
      baseBlockIds: [],
      proposedBlockIds: [],
      beforeSpans: [],
      afterSpans: [],
      ...change,
    },
  };
}

const classification: Classification = {
  verdict: 'forbidden',
  rulebook: 'north-east-derbyshire',
  findings: [
    finding(
      'f-p1',
      'permitted',
      '7.5(2)',
      'reword-unprotected',
      'Re-wording ordinary text is allowed.',
      { kind: 'modify', blockId: 'p1', baseBlockIds: ['p1'], proposedBlockIds: ['p1'] },
    ),
    finding(
      'f-o3',
      'forbidden',
      '7.6(1)',
      'exclude-option',
      'A member may not ask for an option to be left out of the report.',
      { kind: 'delete', blockId: 'o3', nodeType: 'option', baseBlockIds: ['o3'] },
    ),
    finding(
      'f-o4',
      'permitted',
      '7.5(1)',
      'add-option',
      'A member may ask for another option to be included.',
      { kind: 'insert', blockId: 'o4', nodeType: 'option', proposedBlockIds: ['o4'] },
    ),
    finding(
      'f-c4',
      'review',
      '7.5(5)',
      'check-estimate',
      'The author must confirm the corrected figure.',
      { kind: 'modify', blockId: 'c4', baseBlockIds: ['c4'], proposedBlockIds: ['c4'] },
    ),
  ],
};

const text = (elements: Element[], inner: string) =>
  elements.map((element) =>
    wElements(element as unknown as Document, inner)
      .map((t) => t.textContent)
      .join(''),
  );

describe('exportProposalDocx', () => {
  it('writes insertions and deletions as Word tracked changes by the member, with the date', async () => {
    const docx = await exportProposalDocx(base, proposed, classification, meta);
    const xml = xmlPart(docx, 'word/document.xml');
    const ins = wElements(xml, 'ins');
    const del = wElements(xml, 'del');
    expect(ins.length).toBeGreaterThan(0);
    expect(del.length).toBeGreaterThan(0);
    for (const change of [...ins, ...del]) {
      expect(wAttr(change, 'author')).toBe('Cllr Jo Bloggs');
      expect(wAttr(change, 'date')).toBe('2026-05-12T10:30:00Z');
    }
    const inserted = text(ins, 't').join('|');
    const deleted = text(del, 'delText').join('|');
    expect(inserted).toContain('shorter');
    expect(deleted).toContain('revised');
    expect(inserted).toContain('Share buildings with the parish councils.');
    expect(inserted).toContain('Figures are for a full year.');
    expect(deleted).toContain('Close three branches.');
    expect(deleted).toContain('Option 3');
    expect(inserted).toContain('25');
    expect(deleted).toContain('21');
    // Untouched text is neither inserted nor deleted.
    expect(inserted + deleted).not.toContain('Keep all branches open.');
    // Word's Track Changes is left on for the member's further edits.
    expect(wElements(xmlPart(docx, 'word/settings.xml'), 'trackRevisions')).toHaveLength(1);
  });

  it('writes each finding as a Word comment with its verdict, clause and reason, anchored on its block', async () => {
    const docx = await exportProposalDocx(base, proposed, classification, meta);
    const comments = wElements(xmlPart(docx, 'word/comments.xml'), 'comment');
    expect(comments).toHaveLength(4);
    const bodies = text(comments, 't');
    expect(bodies[1]).toContain('Not allowed by the protocol');
    expect(bodies[1]).toContain('7.6(1)');
    expect(bodies[1]).toContain('A member may not ask for an option to be left out of the report.');
    expect(bodies[3]).toContain('Needs the author’s confirmation');
    expect(comments.every((comment) => wAttr(comment, 'author') === 'Probity')).toBe(true);
    const xml = xmlPart(docx, 'word/document.xml');
    const starts = wElements(xml, 'commentRangeStart').map((start) => wAttr(start, 'id'));
    expect(starts.sort()).toEqual(['0', '1', '2', '3']);
    expect(wElements(xml, 'commentReference')).toHaveLength(4);
    // The forbidden deletion's comment sits on the deleted option's text.
    const anchored = wElements(xml, 'p').find((paragraph) =>
      wElements(paragraph as unknown as Document, 'commentRangeStart').some(
        (start) => wAttr(start, 'id') === '1',
      ),
    )!;
    expect(text([anchored], 'delText')[0]).toContain('Option 3');
  });
});

describe('importTrackedDocx', () => {
  it('reads a proposal exported to Word back as the same proposal', async () => {
    const docx = await exportProposalDocx(base, proposed, classification, meta);
    const { proposed: read, authors, untracked } = importTrackedDocx(docx, base);
    expect(words(read)).toEqual(words(proposed));
    expect(labels(read)).toEqual(labels(proposed));
    expect(authors).toEqual(['Cllr Jo Bloggs']);
    expect(untracked).toEqual([]);
  });

  it('keeps the ids and structure of blocks the member did not remove', async () => {
    const docx = await exportProposalDocx(base, proposed, classification, meta);
    const { proposed: read } = importTrackedDocx(docx, base);
    const ids: string[] = [];
    read.descendants((node) => void ids.push(node.attrs['id']));
    expect(ids).toEqual(expect.arrayContaining(['p1', 'r1', 'o1', 'o2', 't1', 'c4']));
    expect(ids).not.toContain('o3');
    expect(ids).not.toContain('o3p');
    expect(parseReport(read.toJSON()).eq(read)).toBe(true);
  });

  it('gives back the version itself when nothing was changed', async () => {
    const docx = await exportVersionDocx(base, { title: 'Libraries', trackChanges: true });
    expect(importTrackedDocx(docx, base).proposed.eq(base)).toBe(true);
  });

  it('refuses a document that was not exported from the version', async () => {
    const other = doc(section('purpose', p('Something else entirely.'), p('And more.')));
    const docx = await exportVersionDocx(other, { title: 'Other' });
    expect(() => importTrackedDocx(docx, base)).toThrow(
      expect.objectContaining({ code: 'not_from_this_version' }),
    );
  });
});

const corpusDir = new URL('../../../../../shared/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const json = JSON.parse(readFileSync(new URL(name, corpusDir), 'utf8'));
    return [name, parseReport(json.base), parseReport(json.proposed)] as const;
  });

describe('a corpus proposal exported with tracked changes and read back', () => {
  const none: Classification = {
    verdict: 'permitted',
    rulebook: 'north-east-derbyshire',
    findings: [],
  };
  it.each(corpus)('%s keeps every proposed word', async (_name, caseBase, caseProposed) => {
    const docx = await exportProposalDocx(caseBase, caseProposed, none, meta);
    const { proposed: read } = importTrackedDocx(docx, caseBase);
    expect(words(read)).toEqual(words(caseProposed));
  });
});

describe('a proposal in a table with merged cells', () => {
  it('reads back cell for cell', async () => {
    const cells = (saving: string) =>
      doc(
        section(
          { id: 'fin', kind: 'financial' },
          table(
            { id: 'tb' },
            tr(
              { id: 'r1' },
              td({ id: 'a', rowspan: 2 }, p({ id: 'ap' }, 'Option 2')),
              td({ id: 'b' }, p({ id: 'bp' }, '2026/27')),
            ),
            tr({ id: 'r2' }, td({ id: 'c' }, p({ id: 'cp' }, saving))),
          ),
        ),
      );
    const docx = await exportProposalDocx(
      cells('£210,000'),
      cells('£250,000'),
      { verdict: 'permitted', rulebook: 'x', findings: [] },
      meta,
    );
    const { proposed: read } = importTrackedDocx(docx, cells('£210,000'));
    expect(words(read)).toEqual(words(cells('£250,000')));
  });
});

describe('a proposal that adds and removes table rows', () => {
  const costs = (...rows: [string, string, string][]) =>
    doc(
      section(
        { id: 'fin', kind: 'financial' },
        p({ id: 'intro' }, 'Costs:'),
        table(
          { id: 'tb' },
          ...rows.map(([id, item, cost]) =>
            tr(
              { id },
              td({ id: `${id}-a` }, p({ id: `${id}-ap` }, item)),
              td({ id: `${id}-b` }, p({ id: `${id}-bp` }, cost)),
            ),
          ),
        ),
        p({ id: 'outro' }, 'Figures are for a year.'),
      ),
    );
  const before = costs(
    ['r1', 'Staff', '£210,000'],
    ['r2', 'Books', '£100,000'],
    ['r3', 'Vans', '£40,000'],
  );
  const after = costs(
    ['r1', 'Staff', '£210,000'],
    ['r3', 'Vans', '£40,000'],
    ['r4', 'Rent', '£12,000'],
  );

  it('writes them as Word row insertions and deletions, in place', async () => {
    const docx = await exportProposalDocx(
      before,
      after,
      { verdict: 'permitted', rulebook: 'x', findings: [] },
      meta,
    );
    const xml = xmlPart(docx, 'word/document.xml');
    const rows = wElements(xml, 'tr').map((row) => ({
      text: text([row], 't').join('') + text([row], 'delText').join(''),
      change: wElements(row as unknown as Document, 'trPr').flatMap((pr) =>
        Array.from(pr.children).map((c) => c.localName),
      ),
    }));
    expect(rows).toEqual([
      { text: 'Staff£210,000', change: [] },
      { text: 'Books£100,000', change: ['del'] },
      { text: 'Vans£40,000', change: [] },
      { text: 'Rent£12,000', change: ['ins'] },
    ]);
  });

  it('reads back as the proposal, rows and all', async () => {
    const docx = await exportProposalDocx(
      before,
      after,
      { verdict: 'permitted', rulebook: 'x', findings: [] },
      meta,
    );
    const { proposed: read } = importTrackedDocx(docx, before);
    expect(words(read)).toEqual(words(after));
    expect(read.child(0).child(2).childCount).toBe(3);
  });
});
