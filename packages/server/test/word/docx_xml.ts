/** Opens a `.docx` the way a test reads it back: unzipped, each XML part parsed. */
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parsed XML part `name` (e.g. `word/document.xml`) of `docx`; throws when it is missing. */
export function xmlPart(docx: Uint8Array, name: string): Document {
  const bytes = unzipSync(docx)[name];
  if (!bytes) throw new Error(`${name} is not in the .docx`);
  return new JSDOM(new TextDecoder().decode(bytes), { contentType: 'application/xml' }).window
    .document;
}

/** Every `w:<name>` element in `document`. */
export function wElements(document: Document, name: string): Element[] {
  return Array.from(document.getElementsByTagNameNS(W, name));
}

/** A `w:` attribute. */
export function wAttr(element: Element, name: string): string | null {
  return element.getAttributeNS(W, name);
}
