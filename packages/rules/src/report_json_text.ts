/**
 * A report body's JSON text, `JSON.stringify(node.toJSON())` to the character, written so that a
 * proposal costs only what it changed.
 *
 * The text of a node is put together from the texts of its children in toJSON's order of fields
 * (`type`, `attrs` when the node has any, `content` when there is any, `marks` when there are
 * any, and last `text` for a text node), and the text of every node that carries an id is kept
 * with the node. Nodes are immutable and a proposal shares its unchanged nodes with its base (the
 * editor's documents do, and so does parseReport against a base), so once the base has been
 * written out, writing a proposal only writes its changed nodes and joins the rest.
 *
 * A kept text is made flat (one string, not a rope of its pieces): it lives as long as its node,
 * and thousands of small pieces kept alive would weigh on the garbage collector. A text not kept
 * (the document's own) is left a rope of its children's texts, so nothing is copied until its
 * reader (an encoder, a database write) reads it once.
 */
import type { Node, NodeType } from 'prosemirror-model';

const texts = new WeakMap<Node, string>();

/**
 * Exactly `JSON.stringify(node.toJSON())`, for a node of any schema; the text of each node with
 * a string id is kept with the node (weakly) and reused whenever that node is written again, on
 * its own or inside another document.
 */
export function reportJsonText(node: Node): string {
  // Text nodes carry no id, so none is kept.
  const kept = node.isText ? undefined : texts.get(node);
  if (kept !== undefined) return kept;
  const parts = [openingOf(node.type)];
  if (hasKeys(node.attrs)) parts.push(`,"attrs":${JSON.stringify(node.attrs)}`);
  if (node.content.size > 0) {
    node.forEach((child, _, index) => {
      parts.push(index === 0 ? ',"content":[' : ',', reportJsonText(child));
    });
    parts.push(']');
  }
  if (node.marks.length > 0) {
    parts.push(`,"marks":${JSON.stringify(node.marks.map((mark) => mark.toJSON()))}`);
  }
  if (node.isText) parts.push(`,"text":${JSON.stringify(node.text)}`);
  parts.push('}');
  if (typeof node.attrs['id'] !== 'string') return parts.reduce((text, part) => text + part, '');
  const text = parts.join('');
  texts.set(node, text);
  return text;
}

const openings = new WeakMap<NodeType, string>();

// `{"type":"paragraph"`, made once per node type.
function openingOf(type: NodeType): string {
  let opening = openings.get(type);
  if (opening === undefined) {
    opening = `{"type":${JSON.stringify(type.name)}`;
    openings.set(type, opening);
  }
  return opening;
}

/** True when `attrs` has any enumerable key, own or inherited: when toJSON writes a node's attrs. */
export function hasKeys(attrs: object): boolean {
  for (const _ in attrs) return true;
  return false;
}
