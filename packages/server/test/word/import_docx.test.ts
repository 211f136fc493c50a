import { describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { parseReport, toPlainText } from '@probity/rules';
import { importDocx } from '../../src/word/import_docx.js';
import { WordError } from '../../src/word/word_error.js';
import {
  buildDocx,
  wBullet,
  wCommented,
  wHeading,
  wImage,
  wNumbered,
  wPara,
  wTable,
  wTextBox,
  wTitle,
} from './build_docx.js';

/** `[kind, heading text, [block type, text][]]` for each section: the shape a reader checks. */
function outline(body: Node) {
  const sections: [string, string, [string, string][]][] = [];
  body.forEach((section) => {
    const blocks: [string, string][] = [];
    section.forEach((block, _offset, i) => {
      if (i > 0) blocks.push([block.type.name, toPlainText(block)]);
    });
    sections.push([section.attrs['kind'], toPlainText(section.child(0)), blocks]);
  });
  return sections;
}

function ids(body: Node): string[] {
  const out: string[] = [];
  body.descendants((node) => {
    if (!node.isInline) out.push(node.attrs['id']);
  });
  return out;
}

describe('importDocx', () => {
  it('guesses every section kind from its heading and keeps each heading as written', async () => {
    const headings = [
      ['1. Purpose of the report', 'purpose'],
      ['2. Recommendations', 'recommendations'],
      ['3. Reasons for the recommendations', 'reasons'],
      ['4. Alternative options considered', 'options'],
      ['5. Background', 'background'],
      ['6. Consultation', 'consultation'],
      ['7. Financial implications', 'financial'],
      ['8. Legal implications', 'legal'],
      ['9. Equality implications', 'equality'],
      ['10. Risk management', 'risk'],
      ['11. Key decision', 'key_decision'],
      ['12. Background papers', 'other'],
    ] as const;
    const docx = await buildDocx(
      headings.flatMap(([title], i) => [wHeading(title), wPara(`Paragraph ${i + 1}.`)]),
    );
    const { body } = await importDocx(docx);
    expect(outline(body).map(([kind, heading]) => [heading, kind])).toEqual(headings);
  });

  it('makes each "Option N" heading an option block holding what follows, recommended flag included', async () => {
    const docx = await buildDocx([
      wHeading('Options considered'),
      wPara('Three options were considered.'),
      wHeading('Option 1', 2),
      wPara('Keep all branches open on current hours.'),
      wBullet('Saves nothing.'),
      wHeading('Option 2 (recommended)', 2),
      wPara('Reduce hours at the six smallest branches.'),
      wTable([
        ['Branch', 'Hours'],
        ['Millfield', '30'],
      ]),
      wHeading('Option 3 – close three branches', 2),
      wPara('Close Millfield, Eckington and Killamarsh.'),
    ]);
    const { body } = await importDocx(docx);
    const section = body.child(0);
    expect(section.attrs['kind']).toBe('options');
    const options: { label: string; recommended: boolean; text: string; types: string[] }[] = [];
    section.forEach((block) => {
      if (block.type.name !== 'option') return;
      const types: string[] = [];
      block.forEach((child) => types.push(child.type.name));
      options.push({ ...(block.attrs as any), text: toPlainText(block), types });
    });
    expect(options.map(({ label, recommended, types }) => ({ label, recommended, types }))).toEqual(
      [
        { label: 'Option 1', recommended: false, types: ['paragraph', 'bullet_list'] },
        { label: 'Option 2', recommended: true, types: ['paragraph', 'table'] },
        { label: 'Option 3', recommended: false, types: ['paragraph', 'paragraph'] },
      ],
    );
    // The third heading said more than its label, so its words stay in the option.
    expect(options[2]!.text).toBe(
      'Option 3 – close three branches\nClose Millfield, Eckington and Killamarsh.',
    );
    expect(toPlainText(section.child(1))).toBe('Three options were considered.');
  });

  it('makes the items of a numbered list the options when no option is named', async () => {
    const docx = await buildDocx([
      wHeading('Options'),
      wNumbered('Do nothing.'),
      wNumbered('Reduce opening hours.'),
    ]);
    const { body } = await importDocx(docx);
    expect(outline(body)[0]![2]).toEqual([
      ['option', 'Do nothing.'],
      ['option', 'Reduce opening hours.'],
    ]);
    expect(body.child(0).child(2).attrs['label']).toBe('Option 2');
  });

  it('makes list items and "That…" paragraphs of the recommendations section recommendations', async () => {
    const docx = await buildDocx([
      wHeading('Recommendations'),
      wPara('Cabinet is recommended to:'),
      wNumbered('approve Option 2; and'),
      wNumbered('delegate the timetable to the Director.'),
      wNumbered('including the mobile library', 1, 1),
      wPara('That the mobile library is kept until 2028.'),
    ]);
    const { body } = await importDocx(docx);
    expect(outline(body)[0]![2]).toEqual([
      ['paragraph', 'Cabinet is recommended to:'],
      ['recommendation', 'approve Option 2; and'],
      ['recommendation', 'delegate the timetable to the Director.\nincluding the mobile library'],
      ['recommendation', 'That the mobile library is kept until 2028.'],
    ]);
  });

  it('keeps tables as tables with header cells, and lists as nested lists', async () => {
    const docx = await buildDocx([
      wHeading('Financial implications'),
      wTable([
        ['Item', '2026/27'],
        ['Staff', '£210,000'],
        ['Books', '£100,000'],
      ]),
      wBullet('First point'),
      wBullet('Nested point', 1),
      wNumbered('Numbered point', 2),
    ]);
    const { body } = await importDocx(docx);
    const section = body.child(0);
    const table = section.child(1);
    expect(table.type.name).toBe('table');
    expect(table.childCount).toBe(3);
    expect(table.child(0).child(0).type.name).toBe('table_header');
    expect(table.child(1).child(1).type.name).toBe('table_cell');
    expect(toPlainText(table.child(1).child(1))).toBe('£210,000');
    expect(section.child(2).type.name).toBe('bullet_list');
    expect(section.child(2).child(0).child(1).type.name).toBe('bullet_list');
    expect(section.child(3).type.name).toBe('ordered_list');
  });

  it('gives every block a unique id and returns a body parseReport accepts', async () => {
    const docx = await buildDocx([
      wHeading('Background'),
      wPara('One.'),
      wPara('One.'),
      wTable([['A', 'B']]),
      wHeading('Options'),
      wNumbered('Do nothing.'),
    ]);
    const { body } = await importDocx(docx);
    const all = ids(body);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(parseReport(body.toJSON()).eq(body)).toBe(true);
  });

  it('takes the Title paragraph as the title, and puts text before the first heading in a section of its own', async () => {
    const docx = await buildDocx([
      wTitle('Library opening hours'),
      wPara('Report of the Director of Communities'),
      wHeading('Purpose'),
      wPara('To decide opening hours.'),
    ]);
    const imported = await importDocx(docx);
    expect(imported.title).toBe('Library opening hours');
    expect(outline(imported.body)).toEqual([
      ['other', '', [['paragraph', 'Report of the Director of Communities']]],
      ['purpose', 'Purpose', [['paragraph', 'To decide opening hours.']]],
    ]);
  });

  it('takes a lone heading above the section headings as the title', async () => {
    const docx = await buildDocx([
      wHeading('Waste collection review', 1),
      wHeading('Purpose', 2),
      wPara('To decide the collection cycle.'),
      wHeading('Background', 2),
      wPara('Collections are fortnightly.'),
    ]);
    const imported = await importDocx(docx);
    expect(imported.title).toBe('Waste collection review');
    expect(outline(imported.body).map(([kind]) => kind)).toEqual(['purpose', 'background']);
  });

  it('keeps the words of sub-headings as bold paragraphs', async () => {
    const docx = await buildDocx([
      wHeading('Background'),
      wHeading('Usage', 2),
      wPara('Visits fell by 12%.'),
      wHeading('Legal'),
      wPara('The Council has a duty.'),
    ]);
    const { body } = await importDocx(docx);
    const usage = body.child(0).child(1);
    expect(usage.type.name).toBe('paragraph');
    expect(toPlainText(usage)).toBe('Usage');
    expect(usage.firstChild!.marks.map((mark) => mark.type.name)).toEqual(['strong']);
  });

  it('proposes tags for paragraphs that read as protected, and tags nothing itself', async () => {
    const docx = await buildDocx([
      wHeading('Reasons for the recommendations'),
      wPara('In my professional opinion Option 2 offers the best balance.'),
      wPara('Visits have fallen for five years.'),
      wHeading('Legal implications'),
      wPara(
        'The Monitoring Officer advises that Option 3 would be at significant risk of being found unlawful.',
      ),
      wHeading('Financial implications'),
      wPara('The Chief Finance Officer advises that Option 2 is affordable.'),
      wHeading('Consultation'),
      wPara('Millfield Parish Council strongly opposes any reduction at Millfield library.'),
      wHeading('Key decision'),
      wPara('This is a key decision because it affects two or more wards.'),
    ]);
    const { body, suggestions } = await importDocx(docx);
    expect(suggestions.map((s) => [s.section, s.tag])).toEqual([
      ['reasons', { type: 'opinion', officer: 'author' }],
      ['legal', { type: 'statement', kind: 'legality', officer: 'monitoring_officer' }],
      [
        'financial',
        { type: 'statement', kind: 'financial_prudence', officer: 'chief_finance_officer' },
      ],
      ['consultation', { type: 'consultation', source: 'Millfield Parish Council' }],
      ['key_decision', { type: 'statement', kind: 'key_decision', officer: 'author' }],
    ]);
    for (const suggestion of suggestions) {
      let found: Node | undefined;
      body.descendants((node) => {
        if (node.attrs['id'] === suggestion.blockId) found = node;
      });
      expect(found?.type.name).toBe('paragraph');
      expect(toPlainText(found!)).toBe(suggestion.text);
      expect(suggestion.text).toContain(suggestion.cue);
    }
    let protectedBlocks = 0;
    body.descendants((node) => {
      if (['opinion', 'statement', 'consultation'].includes(node.type.name)) protectedBlocks++;
    });
    expect(protectedBlocks).toBe(0);
  });

  it('lists images, comments and text boxes instead of dropping them silently', async () => {
    const docx = await buildDocx(
      [
        wHeading('Background'),
        wPara('Branches are shown below.'),
        wImage('Map of the eleven branch libraries'),
        wCommented('Visits fell by 12%.', 1),
        wTextBox('Key facts: 11 branches'),
      ],
      [{ id: 1, author: 'Ann Officer', text: 'Check the figure with finance.' }],
    );
    const { body, dropped } = await importDocx(docx);
    expect(dropped).toEqual(
      expect.arrayContaining([
        {
          kind: 'image',
          where: 'section “Background”',
          detail: 'an image: “Map of the eleven branch libraries”',
        },
        {
          kind: 'comment',
          where: 'a Word comment',
          detail: 'Ann Officer: “Check the figure with finance.”',
        },
        expect.objectContaining({
          kind: 'text_box',
          detail: expect.stringContaining('Key facts: 11 branches'),
        }),
      ]),
    );
    expect(dropped).toHaveLength(3);
    // The image's empty paragraph is gone; the commented text and the text box's words are kept.
    expect(outline(body)[0]![2]).toEqual([
      ['paragraph', 'Branches are shown below.'],
      ['paragraph', 'Visits fell by 12%.'],
      ['paragraph', 'Key facts: 11 branches'],
    ]);
  });

  it('refuses a file that is not a Word document, and one with no text, saying why', async () => {
    await expect(importDocx(new TextEncoder().encode('not a zip'))).rejects.toMatchObject({
      name: 'WordError',
      code: 'not_docx',
    });
    await expect(importDocx(await buildDocx([wPara('')]))).rejects.toBeInstanceOf(WordError);
    await expect(importDocx(await buildDocx([wPara('')]))).rejects.toMatchObject({
      code: 'empty_document',
    });
  });
});

describe('importDocx on a template without Heading styles', () => {
  it('takes short paragraphs that are bold throughout for section headings', async () => {
    const { TextRun } = await import('docx');
    const bold = (text: string) => wPara(new TextRun({ text, bold: true }));
    const docx = await buildDocx([
      bold('1. Purpose of the report'),
      wPara('To decide opening hours.'),
      bold('2. Recommendations'),
      wPara('That Cabinet approves Option 2.'),
      wPara(new TextRun({ text: 'A bold sentence is not a heading.', bold: true })),
    ]);
    const { body } = await importDocx(docx);
    expect(outline(body)).toEqual([
      ['purpose', '1. Purpose of the report', [['paragraph', 'To decide opening hours.']]],
      [
        'recommendations',
        '2. Recommendations',
        [
          ['recommendation', 'That Cabinet approves Option 2.'],
          ['paragraph', 'A bold sentence is not a heading.'],
        ],
      ],
    ]);
  });

  it('takes bold "Option N" lines for options, not sections', async () => {
    const { TextRun } = await import('docx');
    const bold = (text: string) => wPara(new TextRun({ text, bold: true }));
    const docx = await buildDocx([
      bold('4. Alternative options considered'),
      bold('Option 1 – do nothing'),
      wPara('Keep every branch open.'),
      bold('Option 2 – reduce hours'),
      wPara('Shorter hours at six branches.'),
    ]);
    const { body } = await importDocx(docx);
    expect(outline(body)).toEqual([
      [
        'options',
        '4. Alternative options considered',
        [
          ['option', 'Option 1 – do nothing\nKeep every branch open.'],
          ['option', 'Option 2 – reduce hours\nShorter hours at six branches.'],
        ],
      ],
    ]);
  });
});

describe('importDocx on a document with footnotes', () => {
  it('moves the notes to a section of their own and says so', async () => {
    const { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } =
      await import('docx');
    const docx = await Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('Source: CIPFA statistics 2025.')] } },
        sections: [
          {
            children: [
              new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_1 }),
              new Paragraph({
                children: [new TextRun('Visits fell by 12%.'), new FootnoteReferenceRun(1)],
              }),
              new Paragraph({ text: 'Legal implications', heading: HeadingLevel.HEADING_1 }),
              new Paragraph('The Council has the power to act.'),
            ],
          },
        ],
      }),
    );
    const { body, dropped } = await importDocx(docx);
    expect(outline(body)).toEqual([
      ['background', 'Background', [['paragraph', 'Visits fell by 12%.[1]']]],
      ['legal', 'Legal implications', [['paragraph', 'The Council has the power to act.']]],
      ['other', 'Notes', [['ordered_list', 'Source: CIPFA statistics 2025.']]],
    ]);
    expect(dropped).toEqual([expect.objectContaining({ kind: 'footnote' })]);
  });
});
