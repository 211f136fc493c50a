/**
 * Equality of report nodes, made for aligning two versions block by block, where nearly every
 * pair compared is equal and the comparison runs once per block of the report.
 *
 * ProseMirror's `Node.eq` is generic: every node's attributes and marks go through `compareDeep`,
 * which walks the attribute objects key by key from both sides, and the children through
 * `Fragment.eq`. Here identity comes first (the editor's proposed document shares its unchanged
 * nodes with the base), then the node type, the child count and the text, which tell most
 * different nodes apart at once; attributes are compared by the names the node type declares
 * (nodes of one type carry exactly those), with `===` for the scalars that make up nearly all of
 * them and a deep comparison only for an array or object value (a table cell's `colwidth`). The
 * result is the same as `Node.eq`'s; {@link sameNodeIgnoringIds} also lets block ids differ.
 */
import type { Attrs, Mark, Node, NodeType } from 'prosemirror-model';

/** True when `base` and `proposed` are equal nodes: what `base.eq(proposed)` answers. */
export function sameNode(base: Node, proposed: Node): boolean {
  return equal(base, proposed, false);
}

/**
 * True when `base` and `proposed` differ at most in the `id` attributes of their nodes: a block
 * pasted back, or a body re-imported, carries new ids but says exactly the same thing.
 */
export function sameNodeIgnoringIds(base: Node, proposed: Node): boolean {
  return equal(base, proposed, true);
}

function equal(base: Node, proposed: Node, ignoreIds: boolean): boolean {
  if (base === proposed) return true;
  const type = base.type;
  if (type !== proposed.type) return false;
  if (type.isText) return base.text === proposed.text && sameMarks(base.marks, proposed.marks);
  const baseChildren = base.content.content;
  const proposedChildren = proposed.content.content;
  const count = baseChildren.length;
  if (count !== proposedChildren.length) return false;
  if (!sameAttrs(attrNames(type), base.attrs, proposed.attrs, ignoreIds)) return false;
  if (!sameMarks(base.marks, proposed.marks)) return false;
  for (let i = 0; i < count; i++) {
    if (!equal(baseChildren[i] as Node, proposedChildren[i] as Node, ignoreIds)) return false;
  }
  return true;
}

const namesByType = new WeakMap<object, readonly string[]>();

// The attribute names a node or mark type declares; every node of the type carries exactly these.
function attrNames(type: NodeType | Mark['type']): readonly string[] {
  let names = namesByType.get(type);
  if (names === undefined) {
    names = Object.keys(type.spec.attrs ?? {});
    namesByType.set(type, names);
  }
  return names;
}

function sameAttrs(
  names: readonly string[],
  base: Attrs,
  proposed: Attrs,
  ignoreIds: boolean,
): boolean {
  if (base === proposed) return true;
  for (const name of names) {
    if (ignoreIds && name === 'id') continue;
    if (!sameValue(base[name], proposed[name])) return false;
  }
  return true;
}

function sameMarks(base: readonly Mark[], proposed: readonly Mark[]): boolean {
  if (base === proposed) return true;
  if (base.length !== proposed.length) return false;
  for (let i = 0; i < base.length; i++) {
    const mark = base[i] as Mark;
    const other = proposed[i] as Mark;
    if (mark === other) continue;
    if (mark.type !== other.type) return false;
    if (!sameAttrs(attrNames(mark.type), mark.attrs, other.attrs, false)) return false;
  }
  return true;
}

/**
 * Equality of attribute values as prosemirror-model's `compareDeep` has it: `===` for scalars,
 * element by element for arrays, key by key (from both sides) for objects.
 */
export function sameValue(base: unknown, proposed: unknown): boolean {
  if (base === proposed) return true;
  if (typeof base !== 'object' || typeof proposed !== 'object' || !base || !proposed) return false;
  if (Array.isArray(base) !== Array.isArray(proposed)) return false;
  if (Array.isArray(base)) {
    const other = proposed as readonly unknown[];
    return base.length === other.length && base.every((value, i) => sameValue(value, other[i]));
  }
  const baseRecord = base as Record<string, unknown>;
  const proposedRecord = proposed as Record<string, unknown>;
  for (const key in baseRecord) {
    if (!(key in proposedRecord) || !sameValue(baseRecord[key], proposedRecord[key])) return false;
  }
  for (const key in proposedRecord) if (!(key in baseRecord)) return false;
  return true;
}
