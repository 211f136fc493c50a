/**
 * Report nodes are immutable, so what is worked out of a node alone (its plain text, its ids, its
 * counts) or of a block's plain text alone (its words, its diff segments, what it reads as) can be
 * kept with the node, in a `WeakMap` that lets it go with the node. The base version a server or
 * an editor classifies proposal after proposal against is then worked out once per node, not once
 * per proposal.
 */
import type { Node } from 'prosemirror-model';

/**
 * `compute`, kept by node: the function returned gives `compute(node)`, working it out once per
 * node and keeping it with the node. `compute` must be pure and never give undefined.
 */
export function keptWithNode<T>(compute: (node: Node) => T): (node: Node) => T {
  const kept = new WeakMap<Node, T>();
  return (node) => {
    let value = kept.get(node);
    if (value === undefined) {
      value = compute(node);
      kept.set(node, value);
    }
    return value;
  };
}

/**
 * `compute`, kept by node: the function returned gives `compute(text)` for `text`, the plain
 * text of `node`, working it out once per node and keeping it with the node. Given no node (a
 * text that is no one node's, such as several blocks joined), or a text other than the one kept
 * with the node, it works the text out afresh and keeps nothing. `compute` must be pure.
 */
export function keptByNode<T>(
  compute: (text: string) => T,
): (text: string, node: Node | null) => T {
  const kept = new WeakMap<Node, { readonly text: string; readonly value: T }>();
  return (text, node) => {
    if (node === null) return compute(text);
    const known = kept.get(node);
    if (known !== undefined) return known.text === text ? known.value : compute(text);
    const value = compute(text);
    kept.set(node, { text, value });
    return value;
  };
}
