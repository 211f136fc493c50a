/** What the Word tests compare between a body and its trip through Word. */
import type { Node } from 'prosemirror-model';
import { toPlainText } from '@probity/rules';

/** The text of every heading and paragraph, in order: what a reader would call the report's words. */
export function words(body: Node): string[] {
  const out: string[] = [];
  body.descendants((node) => {
    if (node.isTextblock) out.push(toPlainText(node));
    return !node.isTextblock;
  });
  return out;
}

/** Each option's label and whether it is the recommended one, in order. */
export function labels(body: Node): [string, boolean][] {
  const out: [string, boolean][] = [];
  body.descendants((node) => {
    if (node.type.name === 'option') out.push([node.attrs['label'], node.attrs['recommended']]);
  });
  return out;
}
