/**
 * One jsdom window for the whole process, made on first use. Parsing a part or building a page
 * needs a DOM but not a browsing context of its own, and a jsdom window is costly to make (tens of
 * milliseconds), so every parse takes a fresh `Document` from this one window instead. The window
 * runs no scripts and loads no resources (jsdom's defaults).
 */
import { JSDOM } from 'jsdom';

let window: JSDOM['window'] | undefined;

/** The shared window. */
export function domWindow(): JSDOM['window'] {
  window ??= new JSDOM('').window;
  return window;
}

/** A new, empty HTML document. */
export function htmlDocument(): Document {
  return domWindow().document.implementation.createHTMLDocument('');
}

/**
 * `text` parsed as XML, or `undefined` when it is not well-formed. External entities and DTDs are
 * never fetched.
 */
export function xmlDocument(text: string): Document | undefined {
  const parsed = new (domWindow().DOMParser)().parseFromString(text, 'application/xml');
  return parsed.getElementsByTagName('parsererror').length > 0 ? undefined : parsed;
}
