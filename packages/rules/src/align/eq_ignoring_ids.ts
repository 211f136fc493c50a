/**
 * Node equality that ignores block ids: a block pasted back, or a body re-imported, carries new
 * ids but says exactly the same thing, which is no change to classify.
 */
import type { Node } from 'prosemirror-model';

/** True when `base` and `proposed` differ at most in the `id` attributes of their blocks. */
export function eqIgnoringIds(base: Node, proposed: Node): boolean {
  if (base === proposed) return true;
  if (base.type !== proposed.type || base.childCount !== proposed.childCount) return false;
  if (base.isText) return base.text === proposed.text && sameMarks(base, proposed);
  if (!sameMarks(base, proposed)) return false;
  for (const name of Object.keys(base.attrs)) {
    if (name === 'id') continue;
    if (JSON.stringify(base.attrs[name]) !== JSON.stringify(proposed.attrs[name])) return false;
  }
  for (let i = 0; i < base.childCount; i++) {
    if (!eqIgnoringIds(base.child(i), proposed.child(i))) return false;
  }
  return true;
}

function sameMarks(base: Node, proposed: Node): boolean {
  return (
    base.marks.length === proposed.marks.length &&
    base.marks.every((mark, i) => mark.eq(proposed.marks[i] as (typeof proposed.marks)[number]))
  );
}
