/**
 * Turns mammoth's HTML for a Word document into a report body.
 *
 * mammoth gives a flat run of headings, paragraphs, lists and tables. The walk first regroups it
 * the way a reader sees a report: the shallowest heading level that recurs marks the sections
 * (a lone heading above them is the report's title), each section's kind is guessed from its
 * heading, deeper headings become bold paragraphs, in an options section each "Option N" heading
 * or paragraph (or, failing those, each item of a numbered list) opens an `option` block, and in a
 * recommendations section each list item or "That…" paragraph becomes a `recommendation`. The
 * regrouped DOM uses the report schema's own `parseDOM` conventions (`section[data-kind]`,
 * `div[data-protected=option]`), so ProseMirror's DOMParser over the report schema does the rest:
 * marks, links (unsafe ones are dropped by the schema), lists and tables. Finally every block gets a
 * unique id and the body is checked with `parseReport`.
 */
import { DOMParser as ProseMirrorDOMParser, type Node } from 'prosemirror-model';
import { parseReport, schema } from '@probity/rules';
import { htmlDocument } from './dom_window.js';
import { excerpt, type DroppedItem } from './dropped_items.js';
import { guessSectionKind } from './section_kind.js';
import { WordError } from './word_error.js';

/** The class mammoth is told to give paragraphs in Word's Title style. */
export const TITLE_CLASS = 'probity-title';

/** What {@link htmlToBody} makes of mammoth's HTML. */
export interface HtmlImport {
  /** The report's title, when the document has one (Word's Title style, or a lone top heading). */
  readonly title?: string;
  readonly body: Node;
  /** Images found (with the section they were in), which are not carried into the body, and notes moved to the end. */
  readonly dropped: readonly DroppedItem[];
}

interface Group {
  readonly heading: string;
  readonly children: Element[];
}

const OPTION_WORDS = String.raw`(?:\d+[a-z]?|[a-z]|one|two|three|four|five|six|seven|eight|nine|ten)`;
const OPTION_HEADING = new RegExp(String.raw`^\s*(option\s+${OPTION_WORDS})\b`, 'i');
const OPTION_PARAGRAPH = new RegExp(String.raw`^\s*(option\s+${OPTION_WORDS})\s*[:.)\-–—]`, 'i');
const RECOMMENDED = /\(recommended\)|\brecommended option\b|\bpreferred option\b/i;
const RECOMMENDATION_PARAGRAPH = /^\s*(?:\(?[0-9a-z]{1,3}(?:\.[0-9]+)*[.)]?\s+)?(?:that|to)\s/i;

/**
 * The report body in `html` (mammoth's output). Throws {@link WordError} `empty_document` when
 * there is no text at all.
 */
export function htmlToBody(html: string): HtmlImport {
  const document = htmlDocument();
  const source = document.createElement('div');
  source.innerHTML = html;
  const notes = takeNotes(source);
  let title: string | undefined;
  for (const titled of Array.from(source.querySelectorAll(`.${TITLE_CLASS}`))) {
    if (title === undefined) {
      title = clean(titled.textContent);
      titled.remove();
    } else titled.removeAttribute('class');
  }
  if (!Array.from(source.children).some((element) => headingLevel(element) > 0)) {
    promoteBoldHeadings(document, source);
  }
  const elements = Array.from(source.children);
  const levels = elements.map(headingLevel);
  let sectionLevel = Math.min(...levels.filter((level) => level > 0));
  const top = levels.filter((level) => level === sectionLevel).length;
  const deeper = levels.filter((level) => level > sectionLevel);
  if (top === 1 && deeper.length > 1 && title === undefined) {
    // A single heading above all the others, before any text, that names no section of a report,
    // is the report's title ("Library opening hours"), not a section.
    const at = levels.indexOf(sectionLevel);
    const text = clean(elements[at]?.textContent);
    if (at === 0 && guessSectionKind(text) === 'other') {
      title = text;
      elements.splice(at, 1);
      levels.splice(at, 1);
      sectionLevel = Math.min(...deeper);
    }
  }

  const groups: Group[] = [];
  for (const [i, element] of elements.entries()) {
    const level = levels[i] ?? 0;
    if (level > 0 && level <= sectionLevel) {
      groups.push({ heading: clean(element.textContent), children: [] });
    } else {
      if (groups.length === 0) groups.push({ heading: '', children: [] });
      groups.at(-1)?.children.push(element);
    }
  }

  const dropped: DroppedItem[] = [];
  const out = document.createElement('div');
  for (const group of groups) {
    const where = group.heading === '' ? 'the start of the document' : `section “${group.heading}”`;
    for (const image of group.children.flatMap((child) => imagesIn(child))) {
      const alt = clean(image.getAttribute('alt'));
      dropped.push({
        kind: 'image',
        where,
        detail: alt === '' ? 'an image with no description' : `an image: “${excerpt(alt)}”`,
      });
      const parent = image.parentElement;
      image.remove();
      if (parent && parent !== source && isBlank(parent)) parent.remove();
    }
    const children = group.children.filter((child) => child.parentNode !== null);
    if (group.heading === '' && children.every(isBlank)) continue;
    const kind = guessSectionKind(group.heading);
    const section = document.createElement('section');
    section.dataset['kind'] = kind;
    const heading = document.createElement('h2');
    heading.textContent = group.heading;
    section.append(heading);
    const blocks =
      kind === 'options'
        ? optionBlocks(document, children)
        : kind === 'recommendations'
          ? recommendationBlocks(document, children)
          : children.map((child) => demoteHeading(document, child));
    section.append(...blocks);
    out.append(section);
  }
  if (notes) {
    const section = document.createElement('section');
    section.dataset['kind'] = 'other';
    section.append(document.createElement('h2'), notes);
    (section.firstElementChild as HTMLElement).textContent = 'Notes';
    out.append(section);
    dropped.push({
      kind: 'footnote',
      where: 'footnotes and endnotes',
      detail: `${notes.children.length} note${notes.children.length === 1 ? ' was' : 's were'} moved to a “Notes” section at the end; the [n] marks in the text refer to them`,
    });
  }
  if (out.children.length === 0 || clean(out.textContent) === '') {
    throw new WordError('empty_document', 'the Word document has no text to import');
  }
  const parsed = ProseMirrorDOMParser.fromSchema(schema).parse(out, { preserveWhitespace: true });
  return { title, body: parseReport(withIds(parsed).toJSON()), dropped };
}

/**
 * Many council templates set their headings as bold paragraphs ("1. Purpose of the report") rather
 * than in Word's Heading styles. When a document has no headings at all, a short paragraph that is
 * bold throughout and does not end like a sentence is taken for one.
 */
function promoteBoldHeadings(document: Document, source: Element): void {
  for (const paragraph of Array.from(source.children)) {
    if (paragraph.tagName !== 'P') continue;
    const text = clean(paragraph.textContent);
    const bold = Array.from(paragraph.querySelectorAll('strong, b'))
      .map((strong) => clean(strong.textContent))
      .join(' ');
    if (text === '' || text.length > 100 || /[.;,:]$/.test(text) || clean(bold) !== text) continue;
    // "Option 2 – reduce hours" in bold opens an option, not a section.
    if (OPTION_HEADING.test(text)) continue;
    const heading = document.createElement('h1');
    heading.textContent = text;
    paragraph.replaceWith(heading);
  }
}

/**
 * mammoth writes footnotes and endnotes as numbered lists at the end, each linked back to its
 * reference with "↑". The lists are taken out (to become a section of their own) and the arrows,
 * which are not report text, dropped. Returns one list of every note, or nothing.
 */
function takeNotes(source: Element): Element | undefined {
  const items = Array.from(source.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'));
  if (items.length === 0) return undefined;
  for (const link of Array.from(
    source.querySelectorAll('a[href^="#footnote-ref"], a[href^="#endnote-ref"]'),
  )) {
    const before = link.previousSibling;
    if (before?.nodeType === before?.TEXT_NODE && before?.textContent) {
      before.textContent = before.textContent.replace(/\s+$/, '');
    }
    link.remove();
  }
  const list = source.ownerDocument.createElement('ol');
  for (const item of items) {
    const parent = item.parentElement;
    list.append(item);
    if (parent && parent.children.length === 0) parent.remove();
  }
  return list;
}

function headingLevel(element: Element): number {
  const match = /^H([1-6])$/.exec(element.tagName);
  return match ? Number(match[1]) : 0;
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function isBlank(element: Element): boolean {
  return clean(element.textContent) === '' && element.querySelector('img, br, table') === null;
}

function imagesIn(element: Element): Element[] {
  return element.tagName === 'IMG' ? [element] : Array.from(element.querySelectorAll('img'));
}

/** A heading below section level becomes a paragraph in bold, so its words stay in the body. */
function demoteHeading(document: Document, element: Element): Element {
  if (headingLevel(element) === 0) return element;
  const paragraph = document.createElement('p');
  const strong = document.createElement('strong');
  strong.append(...Array.from(element.childNodes));
  paragraph.append(strong);
  return paragraph;
}

function optionDiv(document: Document, text: string, label: string): HTMLElement {
  const div = document.createElement('div');
  div.dataset['protected'] = 'option';
  div.dataset['label'] = label.replace(/^option/i, 'Option');
  div.dataset['recommended'] = String(RECOMMENDED.test(text));
  return div;
}

function optionBlocks(document: Document, children: readonly Element[]): Element[] {
  const marker = (element: Element): RegExpExecArray | null => {
    const text = element.textContent ?? '';
    if (headingLevel(element) > 0) return OPTION_HEADING.exec(text);
    return element.tagName === 'P' ? OPTION_PARAGRAPH.exec(text) : null;
  };
  const blocks: Element[] = [];
  if (!children.some((child) => marker(child))) {
    // No "Option N" anywhere: the items of a numbered list are the options.
    for (const child of children) {
      if (child.tagName !== 'OL') {
        blocks.push(demoteHeading(document, child));
        continue;
      }
      const start = Number(child.getAttribute('start') ?? 1) || 1;
      for (const [i, item] of listItems(child).entries()) {
        const div = optionDiv(document, item.textContent ?? '', `Option ${start + i}`);
        div.append(...itemBlocks(document, item));
        blocks.push(div);
      }
    }
    return blocks;
  }
  let current: HTMLElement | undefined;
  for (const child of children) {
    const match = marker(child);
    if (match?.[1] !== undefined) {
      const text = clean(child.textContent);
      current = optionDiv(document, text, match[1]);
      blocks.push(current);
      const rest = text
        .slice(match[0].length)
        .replace(/\(recommended\)/i, '')
        .trim();
      // A heading that is only the label lives on in the label; one that says more is kept.
      if (headingLevel(child) === 0 || /\w/.test(rest.replace(/^[:.)\-–—\s]+/, ''))) {
        current.append(demoteHeading(document, child));
      }
    } else if (current) current.append(demoteHeading(document, child));
    else blocks.push(demoteHeading(document, child));
  }
  return blocks;
}

function recommendationBlocks(document: Document, children: readonly Element[]): Element[] {
  const recommendation = (): HTMLElement => {
    const div = document.createElement('div');
    div.dataset['protected'] = 'recommendation';
    return div;
  };
  const blocks: Element[] = [];
  for (const child of children) {
    if (child.tagName === 'OL' || child.tagName === 'UL') {
      for (const item of listItems(child)) {
        const div = recommendation();
        div.append(...flatParagraphs(document, item));
        blocks.push(div);
      }
    } else if (child.tagName === 'P' && RECOMMENDATION_PARAGRAPH.test(child.textContent ?? '')) {
      const div = recommendation();
      div.append(child);
      blocks.push(div);
    } else blocks.push(demoteHeading(document, child));
  }
  return blocks;
}

function listItems(list: Element): Element[] {
  return Array.from(list.children).filter((child) => child.tagName === 'LI');
}

/** A list item's content as blocks: loose inline content gathered into paragraphs. */
function itemBlocks(document: Document, item: Element): Element[] {
  const blocks: Element[] = [];
  let loose: HTMLElement | undefined;
  for (const node of Array.from(item.childNodes)) {
    const element = node.nodeType === node.ELEMENT_NODE ? (node as Element) : undefined;
    if (element && /^(P|UL|OL|TABLE|H[1-6])$/.test(element.tagName)) {
      loose = undefined;
      blocks.push(demoteHeading(document, element));
    } else {
      loose ??= blocks[blocks.push(document.createElement('p')) - 1] as HTMLElement;
      loose.append(node);
    }
  }
  return blocks;
}

/** A list item as paragraphs only (a recommendation holds nothing else), nested items included. */
function flatParagraphs(document: Document, item: Element): Element[] {
  return itemBlocks(document, item).flatMap((block) =>
    block.tagName === 'UL' || block.tagName === 'OL'
      ? listItems(block).flatMap((nested) => flatParagraphs(document, nested))
      : block.tagName === 'TABLE'
        ? Array.from(block.querySelectorAll('p'))
        : [block],
  );
}

/** `doc` with every block numbered `<type>-<n>` in document order. */
function withIds(doc: Node): Node {
  const counters = new Map<string, number>();
  const visit = (node: Node): Node => {
    if (node.isInline) return node;
    let attrs = node.attrs;
    if (node.type.name !== 'doc') {
      const n = (counters.get(node.type.name) ?? 0) + 1;
      counters.set(node.type.name, n);
      attrs = { ...node.attrs, id: `${node.type.name}-${n}` };
    }
    const children: Node[] = [];
    node.forEach((child) => children.push(visit(child)));
    return node.type.create(attrs, children, node.marks);
  };
  return visit(doc);
}
