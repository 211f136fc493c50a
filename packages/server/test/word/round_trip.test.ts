import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { builders, parseReport, schema } from '@probity/rules';
import { exportVersionDocx } from '../../src/word/export_version_docx.js';
import { importDocx } from '../../src/word/import_docx.js';
import { words, labels } from './body_text.js';

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
  marked,
  br,
} = builders;

function types(body: Node): string[] {
  const out: string[] = [];
  body.descendants((node) => {
    if (!node.isInline) out.push(node.type.name);
  });
  return out;
}

const corpusDir = new URL('../../../../../shared/corpus/', import.meta.url);
const corpusBases = readdirSync(corpusDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const json = JSON.parse(readFileSync(new URL(name, corpusDir), 'utf8'));
    return [name, parseReport(json.base)] as const;
  });

describe('a version exported to Word and imported again', () => {
  const body = doc(
    section(
      'purpose',
      p(
        'To decide ',
        marked('opening hours', schema.marks.strong.create()),
        ' for 2026/27.',
        br(),
        'Second line.',
      ),
    ),
    section(
      'recommendations',
      recommendation('That Cabinet approves Option 2.'),
      recommendation('That the mobile library is kept until 2028.'),
    ),
    section(
      'options',
      p('Three options were considered.'),
      option({ label: 'Option 1' }, 'Keep all branches open.'),
      option(
        { label: 'Option 2', recommended: true },
        p('Reduce hours.'),
        ul(li('At six branches.'), li('From October.')),
      ),
      option({ label: 'Option 3' }, 'Option 3: close three branches.'),
    ),
    section('reasons', opinion('In my professional opinion Option 2 is the best balance.')),
    section(
      'financial',
      table(tr(th('Item'), th('2026/27')), tr(td('Staff'), td('£210,000'))),
      statement(
        { kind: 'financial_prudence', officer: 'chief_finance_officer' },
        'The Chief Finance Officer advises that Option 2 is affordable.',
      ),
    ),
    section(
      'consultation',
      consultation(
        { source: 'Millfield Parish Council' },
        'The Parish Council opposes any closure.',
      ),
    ),
    section('background', ol(li('First.', ul(li('Nested.'))), li('Second.'))),
  );

  it('is written in UK English, so Word checks spelling as the council writes', async () => {
    const { wElements, wAttr, xmlPart } = await import('./docx_xml.js');
    const docx = await exportVersionDocx(body, { title: 'Libraries' });
    const languages = wElements(xmlPart(docx, 'word/styles.xml'), 'docDefaults').flatMap((d) =>
      wElements(d as unknown as Document, 'lang').map((lang) => wAttr(lang, 'val')),
    );
    expect(languages).toEqual(['en-GB']);
  });

  it('keeps every word, in order', async () => {
    const { body: imported } = await importDocx(
      await exportVersionDocx(body, { title: 'Libraries' }),
    );
    expect(words(imported)).toEqual(words(body));
  });

  it('keeps section kinds, options with their labels, recommendations, tables and lists', async () => {
    const imported = await importDocx(await exportVersionDocx(body, { title: 'Libraries' }));
    expect(imported.title).toBe('Libraries');
    const kinds: string[] = [];
    imported.body.forEach((s) => kinds.push(s.attrs['kind']));
    expect(kinds).toEqual([
      'purpose',
      'recommendations',
      'options',
      'reasons',
      'financial',
      'consultation',
      'background',
    ]);
    expect(labels(imported.body)).toEqual(labels(body));
    const importedTypes = types(imported.body);
    for (const type of [
      'recommendation',
      'option',
      'table',
      'table_header',
      'bullet_list',
      'ordered_list',
    ]) {
      expect(importedTypes.filter((t) => t === type).length).toBe(
        types(body).filter((t) => t === type).length,
      );
    }
  });

  it('proposes the tags the officer had set, for them to confirm again', async () => {
    const { suggestions } = await importDocx(await exportVersionDocx(body, { title: 'Libraries' }));
    expect(suggestions.map((s) => s.tag.type)).toEqual(['opinion', 'statement', 'consultation']);
  });

  it.each(corpusBases)('keeps every word of %s', async (_name, base) => {
    const { body: imported } = await importDocx(await exportVersionDocx(base, { title: 'Report' }));
    expect(words(imported)).toEqual(words(base));
    expect(labels(imported)).toEqual(labels(base));
  });
});

describe('a table with merged cells exported to Word', () => {
  const merged = doc(
    section(
      'financial',
      table(
        tr(th('Option'), th('Year'), th('Saving')),
        tr(td({ rowspan: 2 }, 'Option 2'), td('2026/27'), td('£210,000')),
        tr(td('2027/28'), td('£310,000')),
        tr(td({ colspan: 2 }, 'Total'), td('£520,000')),
      ),
    ),
  );

  it('keeps its spans and its words through import', async () => {
    const { body } = await importDocx(await exportVersionDocx(merged, { title: 'Costs' }));
    expect(words(body)).toEqual(words(merged));
    const spans: [number, number][] = [];
    body.descendants((node) => {
      if (node.type.name === 'table_cell' || node.type.name === 'table_header') {
        spans.push([node.attrs['colspan'], node.attrs['rowspan']]);
      }
    });
    expect(spans).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 2],
      [1, 1],
      [1, 1],
      [1, 1],
      [1, 1],
      [2, 1],
      [1, 1],
    ]);
  });
});

describe('spacing exported to Word and imported again', () => {
  it('is kept exactly, double spaces and tabs included', async () => {
    const spaced = doc(
      section('background', p('Two  spaces, a\ttab, and a trailing space. '), p(' Leading space.')),
    );
    const { body } = await importDocx(await exportVersionDocx(spaced, { title: 'Spacing' }));
    expect(words(body)).toEqual(words(spaced));
  });
});
