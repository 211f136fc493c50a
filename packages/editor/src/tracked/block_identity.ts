/** How the tracked-changes code tells one version's block from another's. */
import type { Node } from 'prosemirror-model';

/** The block's id, or null when it has none (text, hard breaks, blocks not yet numbered). */
export function idOf(node: Node): string | null {
  const id: unknown = node.attrs['id'];
  return typeof id === 'string' && id ? id : null;
}

/** True when the two blocks have the same attributes, their ids aside. */
export function sameAttrs(base: Node, proposed: Node): boolean {
  for (const key of Object.keys(base.attrs)) {
    if (key === 'id') continue;
    if (JSON.stringify(base.attrs[key]) !== JSON.stringify(proposed.attrs[key])) return false;
  }
  return true;
}
