/**
 * A report body's JSON text, `JSON.stringify(node.toJSON())` to the character, written so that a
 * proposal costs only what it changed.
 *
 * The text of a node is put together from the texts of its children in toJSON's order of fields
 * (`type`, `attrs` when the type has any, `content` when there is any, `marks` when there are any;
 * text nodes `type`, `marks`, `text`), and the text of every node that carries an id is kept with
 * the node. Nodes are immutable and a proposal shares its unchanged nodes with its base (the
 * editor's documents do, and so does parseReport against a base), so once the base has been
 * written out, writing a proposal only writes its changed nodes and joins the rest.
 */
import type { Node } from 'prosemirror-model';

const texts = new WeakMap<Node, string>();

/**
 * Exactly `JSON.stringify(node.toJSON())`, for a node of any schema; the text of each node with
 * a string id is kept with the node (weakly) and reused whenever that node is written again, on
 * its own or inside another document.
 */
export function reportJsonText(node: Node): string {
  if (node.isText) return JSON.stringify(node.toJSON());
  const kept = texts.get(node);
  if (kept !== undefined) return kept;
  const parts = [`{"type":${JSON.stringify(node.type.name)}`];
  if (hasKeys(node.attrs)) parts.push(`,"attrs":${JSON.stringify(node.attrs)}`);
  if (node.content.size > 0) {
    const children: string[] = [];
    node.forEach((child) => children.push(reportJsonText(child)));
    parts.push(`,"content":[${children.join(',')}]`);
  }
  if (node.marks.length > 0) {
    parts.push(`,"marks":${JSON.stringify(node.marks.map((mark) => mark.toJSON()))}`);
  }
  parts.push('}');
  const text = parts.join('');
  if (typeof node.attrs['id'] === 'string') texts.set(node, text);
  return text;
}

/** True when `attrs` has any enumerable key, own or inherited: when toJSON writes a node's attrs. */
export function hasKeys(attrs: object): boolean {
  for (const _ in attrs) return true;
  return false;
}
