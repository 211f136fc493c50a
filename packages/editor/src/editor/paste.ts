/**
 * Cleans HTML pasted from Word or a web page before ProseMirror parses it against the report
 * schema. The schema's own parse rules keep what it can (paragraphs, headings, lists, tables,
 * bold, italic and safe links) and drop the rest; this adds what they cannot see: Word's list
 * paragraphs (`MsoListParagraph`, `mso-list`) become real lists, and Word's conditional comments,
 * styles, scripts and `o:p` fillers go. The HTML is parsed in an inert document (DOMParser runs no
 * scripts and loads nothing), and unsafe links are refused by the schema's link rule.
 */

/** Returns the HTML to parse in place of `html`. */
export function cleanPastedHTML(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of Array.from(doc.querySelectorAll('script, style, meta, link, title, xml'))) {
    el.remove();
  }
  for (const el of Array.from(doc.getElementsByTagName('o:p'))) el.remove();
  removeComments(doc);
  convertWordLists(doc);
  return doc.body.innerHTML;
}

function removeComments(doc: Document): void {
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

function isWordListParagraph(el: Element): boolean {
  return (
    el.tagName === 'P' &&
    (/MsoListParagraph/i.test(el.className) ||
      /mso-list:\s*l\d/i.test(el.getAttribute('style') ?? ''))
  );
}

// Word writes each list item as a paragraph whose first span (style `mso-list:Ignore`) holds
// the bullet or number; consecutive ones make one list, ordered when the marker is a number.
function convertWordLists(doc: Document): void {
  const paragraphs = Array.from(doc.body.querySelectorAll('p')).filter(isWordListParagraph);
  let list: HTMLElement | null = null;
  let last: Element | null = null;
  for (const p of paragraphs) {
    const marker = p.querySelector(
      'span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]',
    );
    const markerText = marker?.textContent?.trim() ?? '';
    marker?.remove();
    const ordered = /^[\divxlc]+[.)]$/i.test(markerText) || /^[a-z][.)]$/i.test(markerText);
    if (!list || last?.nextElementSibling !== p || (list.tagName === 'OL') !== ordered) {
      list = doc.createElement(ordered ? 'ol' : 'ul');
      p.before(list);
    }
    const item = doc.createElement('li');
    const para = doc.createElement('p');
    while (p.firstChild) para.appendChild(p.firstChild);
    item.appendChild(para);
    list.appendChild(item);
    last = list;
    p.remove();
  }
}
