/**
 * What parseReport needs to hand back a base document's own nodes for the unchanged parts of a
 * proposal: the base's nodes by id, found once per base, and the comparisons of what the walk has
 * read (attributes as JSON, children just built) with a base node.
 */
import type { Attrs, Fragment, Node } from 'prosemirror-model';
import { sameValue } from './align/same_node.js';

const indexes = new WeakMap<Node, ReadonlyMap<string, Node>>();

/**
 * The nodes of `base` that carry a string id, by id (the first, should an unchecked base repeat
 * one). Worked out once per base: nodes are immutable, and a server classifies many proposals
 * against the same version.
 */
export function blocksById(base: Node): ReadonlyMap<string, Node> {
  let index = indexes.get(base);
  if (index === undefined) {
    const byId = new Map<string, Node>();
    base.descendants((node) => {
      const id: unknown = node.attrs['id'];
      if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
      // Inside a textblock are only text and line breaks, which carry no ids.
      return !node.isTextblock;
    });
    index = byId;
    indexes.set(base, index);
  }
  return index;
}

/** True when `children` are, one for one, the very nodes of `content`. */
export function sameChildren(children: readonly Node[], content: Fragment): boolean {
  if (children.length !== content.childCount) return false;
  for (let i = 0; i < children.length; i++) {
    if (children[i] !== content.child(i)) return false;
  }
  return true;
}

/** An attribute a node type declares, and the value a node without it gets. */
export interface DeclaredAttr {
  readonly name: string;
  readonly default: unknown;
}

/**
 * True when attributes `given` as JSON (already checked against `declared`, so every one missing
 * has a default) make exactly `attrs` once the schema completes them: what `Node.eq` would say of
 * the node built from them and the node holding `attrs`.
 */
export function sameAttrValues(
  declared: readonly DeclaredAttr[],
  given: Readonly<Record<string, unknown>>,
  attrs: Attrs,
): boolean {
  for (const attr of declared) {
    const value = given[attr.name];
    if (!sameValue(value === undefined ? attr.default : value, attrs[attr.name])) return false;
  }
  return true;
}
