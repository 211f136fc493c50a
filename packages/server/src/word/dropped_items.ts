/**
 * What an imported Word document held that the report body cannot: comments, text boxes (whose
 * words mammoth moves into the body but whose place on the page is lost), page headers and
 * footers, charts and embedded objects. Images are found while the body is built, where their
 * section is known. Listing these is how the import keeps its promise that nothing is silently
 * dropped.
 */
import { MC, W, visibleText, wAll, type DocxParts } from './docx_parts.js';

/** One thing in the Word file that did not become part of the report body. */
export interface DroppedItem {
  readonly kind:
    'image' | 'comment' | 'text_box' | 'header_footer' | 'chart' | 'embedded_object' | 'footnote';
  /** Where it was: `section "5. Background"`, `page header`, `the whole document`. */
  readonly where: string;
  /** What it was, in words: alt text, the comment and its author, the text of a header. */
  readonly detail: string;
}

const DRAWINGML_CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const EXCERPT = 120;

/** Shortens `text` to about {@link EXCERPT} characters for a list an officer reads. */
export function excerpt(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= EXCERPT ? clean : `${clean.slice(0, EXCERPT - 1)}…`;
}

/** Comments, text boxes, headers and footers, charts and embedded objects in `parts`. */
export function findDroppedParts(parts: DocxParts): readonly DroppedItem[] {
  const dropped: DroppedItem[] = [];
  if (parts.comments) {
    for (const comment of wAll(parts.comments, 'comment')) {
      const author = comment.getAttributeNS(W, 'author');
      dropped.push({
        kind: 'comment',
        where: 'a Word comment',
        detail: `${author ? `${author}: ` : ''}“${excerpt(visibleText(comment))}”`,
      });
    }
  }
  // Word writes each text box twice, the modern one and a VML fallback: count the first only.
  for (const box of wAll(parts.document, 'txbxContent')) {
    if (hasAncestor(box, MC, 'Fallback')) continue;
    dropped.push({
      kind: 'text_box',
      where: 'a text box',
      detail: `its text, “${excerpt(visibleText(box))}”, was placed in the body where the box was anchored; the box itself was not kept`,
    });
  }
  for (const [name, part] of parts.headersAndFooters) {
    const text = visibleText(part.documentElement);
    if (text === '') continue;
    dropped.push({
      kind: 'header_footer',
      where: name.includes('header') ? 'page header' : 'page footer',
      detail: `“${excerpt(text)}”`,
    });
  }
  const charts = parts.document.getElementsByTagNameNS(DRAWINGML_CHART, 'chart').length;
  if (charts > 0) {
    dropped.push({
      kind: 'chart',
      where: 'the whole document',
      detail: `${charts} chart${charts === 1 ? '' : 's'}: copy the figures into a table if members need them`,
    });
  }
  const objects = wAll(parts.document, 'object').length;
  if (objects > 0) {
    dropped.push({
      kind: 'embedded_object',
      where: 'the whole document',
      detail: `${objects} embedded object${objects === 1 ? '' : 's'} (spreadsheets, equations or similar)`,
    });
  }
  return dropped;
}

function hasAncestor(element: Element, namespace: string, localName: string): boolean {
  for (let at = element.parentElement; at; at = at.parentElement) {
    if (at.namespaceURI === namespace && at.localName === localName) return true;
  }
  return false;
}
