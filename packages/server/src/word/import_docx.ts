/**
 * Word in: a `.docx` becomes a report body, the tags it seems to need, and a list of what could
 * not be carried over. mammoth reads the document (styles, lists, tables, links) into HTML, which
 * {@link htmlToBody} shapes into sections and protected blocks; the zip's own XML is read for the
 * comments, text boxes, headers and footers mammoth passes over.
 */
import mammoth from 'mammoth';
import type { Node } from 'prosemirror-model';
import { readDocxParts, DEFAULT_DOCX_LIMITS, type DocxLimits } from './docx_parts.js';
import { findDroppedParts, type DroppedItem } from './dropped_items.js';
import { htmlToBody, TITLE_CLASS } from './html_to_body.js';
import { suggestTags, type TagSuggestion } from './tag_suggestions.js';

/** A Word document read as a report, before the officer confirms tags and saves it. */
export interface ImportedReport {
  /** The document's title (Word's Title style, or a lone heading above the sections). */
  readonly title?: string;
  /** The body: sections, options, recommendations, lists and tables, every block with an id. */
  readonly body: Node;
  /** Paragraphs that read as protected content, for the officer to confirm or dismiss. */
  readonly suggestions: readonly TagSuggestion[];
  /** What the body does not hold: images, comments, text boxes, headers and footers... */
  readonly dropped: readonly DroppedItem[];
}

// Styles mammoth does not know by default: the title, and Word's own list paragraph styles
// without numbering, which read as plain paragraphs.
const STYLE_MAP = [
  `p[style-name='Title'] => p.${TITLE_CLASS}:fresh`,
  "p[style-name='Subtitle'] => p:fresh",
];

/**
 * Reads the `.docx` in `buffer`. Throws {@link WordError} (`not_docx`, `too_large`,
 * `empty_document`) for a file it cannot take; the body it returns always passes `parseReport`.
 */
export async function importDocx(
  buffer: Uint8Array,
  limits: DocxLimits = DEFAULT_DOCX_LIMITS,
): Promise<ImportedReport> {
  const parts = readDocxParts(buffer, limits);
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength) },
    {
      styleMap: STYLE_MAP,
      externalFileAccess: false,
      // Images are listed as dropped, so there is no point inflating them into data URIs.
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  const { title, body, dropped } = htmlToBody(result.value);
  return {
    ...(title === undefined || title === '' ? {} : { title }),
    body,
    suggestions: suggestTags(body),
    dropped: [...dropped, ...findDroppedParts(parts)],
  };
}
