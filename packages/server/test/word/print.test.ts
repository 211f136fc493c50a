import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { builders } from '@probity/rules';
import { renderPrintableHtml } from '../../src/word/printable_html.js';
import { printPdf } from '../../src/word/print_pdf.js';

const { doc, section, p, option, table, tr, td } = builders;

const body = doc(
  section('purpose', p('Costs <script>alert(1)</script> & “savings”.')),
  section(
    'options',
    option({ label: 'Option 1' }, 'Keep all branches open.'),
    option({ label: 'Option 2', recommended: true }, 'Reduce hours.'),
    option({ label: 'Option 3' }, 'Option 3: close three branches.'),
  ),
  section('financial', table(tr(td('Staff'), td('£210,000')))),
);

describe('renderPrintableHtml', () => {
  const html = renderPrintableHtml(body, {
    title: 'Libraries <b>',
    lines: ['Cabinet, 12 May 2026'],
  });
  const page = new JSDOM(html).window.document;

  it('escapes every piece of text', () => {
    expect(page.querySelector('script')).toBeNull();
    expect(page.querySelector('main p')?.textContent).toBe(
      'Costs <script>alert(1)</script> & “savings”.',
    );
    expect(page.querySelector('h1')?.textContent).toBe('Libraries <b>');
    expect(page.title).toBe('Libraries <b>');
    expect(page.querySelectorAll('title')).toHaveLength(1);
  });

  it('writes out option labels unless the option already opens with its label', () => {
    expect(Array.from(page.querySelectorAll('h3.option-label')).map((h) => h.textContent)).toEqual([
      'Option 1',
      'Option 2 (recommended)',
    ]);
  });

  it('forbids scripts and fetches, and keeps sections, headings and tables', () => {
    expect(
      page.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(page.querySelectorAll('main section')).toHaveLength(3);
    expect(page.querySelector('td:last-child')?.textContent).toBe('£210,000');
  });
});

describe('printPdf', () => {
  it('prints the page as a PDF', async () => {
    const pdf = await printPdf(renderPrintableHtml(body, { title: 'Libraries' }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);
  }, 60_000);
});
