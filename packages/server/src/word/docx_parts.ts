/**
 * Opens a `.docx` (a zip of XML parts) and parses the parts Probity reads itself: the main
 * document, comments, headers and footers. Before anything else reads the zip, every entry is
 * inflated as a stream and counted, stopping at the first byte over the limits, so a small upload
 * cannot unpack into gigabytes whatever sizes its directory claims.
 */
import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { xmlDocument } from './dom_window.js';
import { WordError } from './word_error.js';

/** The custom property that names the version a `.docx` was exported from. */
export const VERSION_PROPERTY = 'ProbityVersion';

/** WordprocessingML's namespace. */
export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
/** Markup compatibility (`mc:AlternateContent`), where Word keeps fallbacks for old readers. */
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Ceilings on what a `.docx` may unpack to. */
export interface DocxLimits {
  /** Largest single entry (an XML part or an image), in bytes once inflated. */
  readonly maxPartBytes: number;
  /** All entries together, in bytes once inflated. */
  readonly maxTotalBytes: number;
}

/** 30 MB per entry and 100 MB in all, once inflated: far beyond any council report. */
export const DEFAULT_DOCX_LIMITS: DocxLimits = {
  maxPartBytes: 30_000_000,
  maxTotalBytes: 100_000_000,
};

/** The parsed XML parts of a Word document that Probity reads directly. */
export interface DocxParts {
  readonly document: Document;
  readonly comments?: Document;
  /** Page headers and footers, by part name (`word/header1.xml`). */
  readonly headersAndFooters: ReadonlyMap<string, Document>;
  /** The document's custom properties (File › Properties › Custom in Word), by name. */
  readonly properties: ReadonlyMap<string, string>;
}

const WANTED = /^(word\/(document|comments|header\d*|footer\d*)|docProps\/custom)\.xml$/;

/**
 * Unzips `buffer` and parses its document, comment, header and footer parts. Throws
 * {@link WordError} `not_docx` when it is not a zip holding `word/document.xml` or a part is not
 * well-formed XML, and `too_large` when a part would inflate past `limits`.
 */
export function readDocxParts(buffer: Uint8Array, limits = DEFAULT_DOCX_LIMITS): DocxParts {
  let files: Record<string, Uint8Array>;
  try {
    assertUnpackedSize(buffer, limits);
    files = unzipSync(buffer, { filter: (file) => WANTED.test(file.name) });
  } catch (error) {
    if (error instanceof WordError) throw error;
    throw new WordError(
      'not_docx',
      `the file is not a Word document (${(error as Error).message})`,
    );
  }
  const documentXml = files['word/document.xml'];
  if (!documentXml) {
    throw new WordError(
      'not_docx',
      'the file is a zip but has no word/document.xml: not a Word document',
    );
  }
  const headersAndFooters = new Map<string, Document>();
  let comments: Document | undefined;
  const properties = new Map<string, string>();
  for (const [name, bytes] of Object.entries(files)) {
    if (name === 'word/comments.xml') comments = parseXml(name, bytes);
    else if (/header|footer/.test(name)) headersAndFooters.set(name, parseXml(name, bytes));
    else if (name === 'docProps/custom.xml') {
      for (const property of Array.from(parseXml(name, bytes).getElementsByTagName('*'))) {
        const key = property.localName === 'property' ? property.getAttribute('name') : null;
        if (key) properties.set(key, (property.textContent ?? '').trim());
      }
    }
  }
  return {
    document: parseXml('word/document.xml', documentXml),
    comments,
    headersAndFooters,
    properties,
  };
}

/** The version a `.docx` says it was exported from (its {@link VERSION_PROPERTY}), if it says. */
export function docxVersion(buffer: Uint8Array, limits = DEFAULT_DOCX_LIMITS): string | undefined {
  return readDocxParts(buffer, limits).properties.get(VERSION_PROPERTY) || undefined;
}

/**
 * Inflates every entry of the zip in `buffer` as a stream, counting bytes, and throws
 * {@link WordError} `too_large` at the first byte past `limits`; `not_docx` when an entry inflates
 * to another size than the zip's directory says (a tampered file).
 */
export function assertUnpackedSize(buffer: Uint8Array, limits: DocxLimits): void {
  let total = 0;
  const unzip = new Unzip((file) => {
    let size = 0;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxPartBytes || total > limits.maxTotalBytes) {
        throw new WordError(
          'too_large',
          `the Word document unpacks to more than ${limits.maxPartBytes} bytes in ${file.name} or ${limits.maxTotalBytes} in all`,
        );
      }
      if (final && file.originalSize !== undefined && size !== file.originalSize) {
        throw new WordError(
          'not_docx',
          `${file.name} is damaged: its size does not match the zip's directory`,
        );
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(buffer, true);
}

/** Parses one XML part; throws {@link WordError} `not_docx` naming the part when it is malformed. */
export function parseXml(name: string, bytes: Uint8Array): Document {
  const parsed = xmlDocument(new TextDecoder().decode(bytes));
  if (!parsed) throw new WordError('not_docx', `${name} is not well-formed XML`);
  return parsed;
}

/** The `w:` children of `element` with local name `name`, in order. */
export function wChildren(element: Element, name: string): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(element.children)) {
    if (child.namespaceURI === W && child.localName === name) out.push(child);
  }
  return out;
}

/** Every `w:` descendant of `node` with local name `name`, in document order. */
export function wAll(node: Document | Element, name: string): Element[] {
  return Array.from(node.getElementsByTagNameNS(W, name));
}

/** The text a reader sees in `element`: its `w:t` runs joined, tabs and breaks as spaces. */
export function visibleText(element: Element): string {
  let text = '';
  for (const node of Array.from(element.getElementsByTagNameNS(W, '*'))) {
    if (node.localName === 't') text += node.textContent ?? '';
    else if (node.localName === 'tab' || node.localName === 'br') text += ' ';
    else if (node.localName === 'p' && text !== '' && !text.endsWith(' ')) text += ' ';
  }
  return text.replace(/\s+/g, ' ').trim();
}
