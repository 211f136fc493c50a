/**
 * A version of a report as a self-contained, printable HTML page for publication: the report
 * schema's own DOM rendering (so what prints is what the editor shows), option labels written out,
 * A4 print styles, and a Content-Security-Policy that forbids scripts and every fetch. All text
 * reaches the page through the DOM, so it is escaped by construction.
 */
import { DOMSerializer, type Node } from 'prosemirror-model';
import { schema } from '@probity/rules';
import { htmlDocument } from './dom_window.js';

/** What the page says about the version besides its body. */
export interface PrintableMeta {
  readonly title: string;
  /** Lines under the title: the decision-maker, the author, "Version 3, 12 May 2026"... */
  readonly lines?: readonly string[];
}

const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm; }
body { font: 11pt/1.45 "Liberation Sans", Arial, sans-serif; color: #111; }
header h1 { font-size: 20pt; margin: 0 0 4pt; }
header p { margin: 0; color: #444; }
header { border-bottom: 1.5pt solid #111; padding-bottom: 8pt; margin-bottom: 14pt; }
section { break-inside: auto; }
h2 { font-size: 14pt; margin: 16pt 0 6pt; break-after: avoid; }
h3.option-label { font-size: 11.5pt; margin: 10pt 0 4pt; break-after: avoid; }
p { margin: 0 0 6pt; orphans: 3; widows: 3; }
table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; break-inside: avoid; }
th, td { border: 0.75pt solid #777; padding: 3pt 5pt; text-align: left; vertical-align: top; }
th { background: #eee; }
td p, th p { margin: 0; }
div[data-protected] { margin: 0 0 8pt; }
div[data-protected=option] { border-left: 2pt solid #2f6fb0; padding-left: 8pt; }
div[data-protected=recommendation] { border-left: 2pt solid #2e7d32; padding-left: 8pt; }
a { color: inherit; }
`;

/** The printable HTML page of `body` (a checked report body). */
export function renderPrintableHtml(body: Node, meta: PrintableMeta): string {
  const document = htmlDocument();
  document.documentElement.lang = 'en-GB';
  const head = document.head;
  const csp = document.createElement('meta');
  csp.httpEquiv = 'Content-Security-Policy';
  csp.content = "default-src 'none'; style-src 'unsafe-inline'";
  const charset = document.createElement('meta');
  charset.setAttribute('charset', 'utf-8');
  const style = document.createElement('style');
  style.textContent = STYLE;
  head.prepend(charset, csp);
  document.title = meta.title;
  head.append(style);

  const header = document.createElement('header');
  const h1 = document.createElement('h1');
  h1.textContent = meta.title;
  header.append(h1);
  for (const line of meta.lines ?? []) {
    const p = document.createElement('p');
    p.textContent = line;
    header.append(p);
  }
  const main = document.createElement('main');
  main.append(DOMSerializer.fromSchema(schema).serializeFragment(body.content, { document }));
  for (const option of Array.from(
    main.querySelectorAll<HTMLElement>('div[data-protected=option]'),
  )) {
    const label = option.dataset['label'] ?? '';
    if (label === '' || (option.textContent ?? '').trimStart().startsWith(label)) continue;
    const heading = document.createElement('h3');
    heading.className = 'option-label';
    heading.textContent =
      option.dataset['recommended'] === 'true' ? `${label} (recommended)` : label;
    option.prepend(heading);
  }
  document.body.append(header, main);
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}
