import type { Node } from 'prosemirror-model';

/**
 * The text of any node as a reader would copy it: inline text as written, hard breaks as line
 * breaks, and one line break between blocks (list items, paragraphs, table cells).
 */
export function toPlainText(node: Node): string {
  if (node.isText) return node.text ?? '';
  return node.textBetween(0, node.content.size, '\n', (leaf) =>
    leaf.type.name === 'hard_break' ? '\n' : '',
  );
}
