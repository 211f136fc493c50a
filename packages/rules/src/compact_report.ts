/**
 * The compact form of a proposal: its JSON with every node it leaves unchanged written as the id
 * of the base's node instead of in full, for parseReport to read back with `references` on.
 *
 * Walking the proposal from the top, a node that carries an id and equals the base's node of that
 * id (the same object, as the editor shares unchanged nodes, or else `Node.eq`) becomes that id, a
 * string, wherever it now stands; any other node is written as `toJSON()` writes it, its children
 * compacted the same way. Taking the largest unchanged node first makes the form as small as it
 * can be: a one-word change in one paragraph leaves every other section a single string, and its
 * own section written out with strings for its other blocks. The proposal's ids being unique, no
 * id is written twice, so parseReport reads the form back to a node equal to the proposal.
 */
import type { Node } from 'prosemirror-model';
import { blocksById } from './reuse_base.js';

/**
 * The JSON of `proposed` with every node equal to the `base`'s node of the same id written as
 * that id: the form `parseReport(json, { base, references: true })` reads back to a node equal to
 * `proposed` (`Node.eq`), for any valid `proposed`. Both are report bodies (`doc` nodes); throws a
 * RangeError when `proposed` is not one.
 */
export function compactReport(base: Node, proposed: Node): { type: 'doc'; content: unknown[] } {
  if (proposed.type.name !== 'doc') {
    throw new RangeError(`compactReport: expected a doc, found ${proposed.type.name}`);
  }
  const baseIds = blocksById(base);
  const content: unknown[] = [];
  proposed.forEach((child) => content.push(compactNode(child, baseIds)));
  return { type: 'doc', content };
}

function compactNode(node: Node, baseIds: ReadonlyMap<string, Node>): unknown {
  const id: unknown = node.attrs['id'];
  if (typeof id === 'string') {
    const counterpart = baseIds.get(id);
    if (counterpart !== undefined && (counterpart === node || counterpart.eq(node))) return id;
  }
  if (node.isLeaf) return node.toJSON();
  // The fields and their order are toJSON's, with the children compacted.
  const json: Record<string, unknown> = { type: node.type.name };
  if (hasKeys(node.attrs)) json['attrs'] = node.attrs;
  if (node.content.size > 0) {
    const content: unknown[] = [];
    node.forEach((child) => content.push(compactNode(child, baseIds)));
    json['content'] = content;
  }
  if (node.marks.length > 0) json['marks'] = node.marks.map((mark) => mark.toJSON());
  return json;
}

/** True when `attrs` has any enumerable key, own or inherited: when toJSON writes a node's attrs. */
function hasKeys(attrs: object): boolean {
  for (const _ in attrs) return true;
  return false;
}
