/**
 * What parseReport needs to hand back a base document's own nodes for the unchanged parts of a
 * proposal: the base's nodes by id, found once per base; the comparisons of what the walk has read
 * (attributes as JSON, children just built) with a base node; for a base known to be valid, a
 * direct comparison of a whole JSON subtree with a base node, which settles an unchanged block
 * without checking it node by node (it is equal to a node that passed every check); and, for a
 * body that refers to a base node by its id, what that node adds to the walk's account (its
 * nodes, its text and its ids), worked out once per node.
 */
import type { Attrs, Fragment, Mark, Node } from 'prosemirror-model';
import { sameValue } from './align/same_node.js';
import { keptWithNode } from './text/kept_by_node.js';

/**
 * The nodes of `base` that carry a string id, by id (the first, should an unchecked base repeat
 * one). Worked out once per base: nodes are immutable, and a server classifies many proposals
 * against the same version.
 */
export const blocksById: (base: Node) => ReadonlyMap<string, Node> = keptWithNode((base) => {
  const byId = new Map<string, Node>();
  base.descendants((node) => {
    const id: unknown = node.attrs['id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
    // Inside a textblock are only text and line breaks, which carry no ids.
    return !node.isTextblock;
  });
  return byId;
});

/** What a base node adds to parseReport's account when a body refers to it by its id. */
export interface NodeSummary {
  /** Its nodes, itself and text nodes included. */
  readonly nodes: number;
  /** Characters (UTF-16 code units) of text in it. */
  readonly textChars: number;
  /** The string ids of it and of the nodes inside it, in document order. */
  readonly ids: readonly string[];
}

const NO_IDS: readonly string[] = [];

/**
 * The count of `node`'s nodes, its text and its ids. Worked out once per node and kept with it
 * (nodes are immutable), a node's from its children's, so a proposal that refers to the sections
 * and blocks of a base the server keeps costs one look-up per reference, not a walk of the text.
 */
export const summaryOf: (node: Node) => NodeSummary = keptWithNode((node) => {
  let nodes = 1;
  let textChars = 0;
  const ids: string[] = [];
  const id: unknown = node.attrs['id'];
  if (typeof id === 'string') ids.push(id);
  node.forEach((child) => {
    if (child.isText) {
      nodes++;
      textChars += (child.text as string).length;
      return;
    }
    const inner = summaryOf(child);
    nodes += inner.nodes;
    textChars += inner.textChars;
    for (const innerId of inner.ids) ids.push(innerId);
  });
  return { nodes, textChars, ids: ids.length > 0 ? ids : NO_IDS };
});

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
  /** The attribute has no default, so a node must be given it. */
  readonly required: boolean;
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

/** Where a node sits in the JSON: the `index`-th child of the node at `parent` (null: the document). */
export interface Place {
  readonly parent: Place | null;
  readonly index: number;
}

/** What {@link matchesJson} counted of a subtree, for the walk's limits and id checks. */
export interface Tally {
  nodes: number;
  textChars: number;
  /** Some text carries more than one mark. */
  severalMarks: boolean;
  /** The ids in the subtree, in document order, each with where its node sits. */
  readonly ids: [string, Place][];
}

const NODE_KEYS = new Set(['type', 'attrs', 'content', 'marks']);
const TEXT_KEYS = new Set(['type', 'text', 'marks']);
const MARK_KEYS = new Set(['type', 'attrs']);
const EMPTY: Readonly<Record<string, unknown>> = {};
const declaredByType = new WeakMap<object, readonly DeclaredAttr[]>();

function declaredOf(type: Node['type'] | Mark['type']): readonly DeclaredAttr[] {
  let declared = declaredByType.get(type);
  if (declared === undefined) {
    declared = Object.entries(type.spec.attrs ?? {}).map(([name, spec]) => ({
      name,
      default: spec.default,
      required: !('default' in spec),
    }));
    declaredByType.set(type, declared);
  }
  return declared;
}

/**
 * True when `json`, the node at `place`, is exactly `node` written as JSON in the form the walk
 * accepts: only the fields a node may have, the same type, attributes that the schema completes to
 * `node`'s (none missing that has no default, none undeclared), no marks on a non-text node, the
 * same text and marks on a text node, and children that match one for one. So, `node` being part
 * of a checked body, the walk would accept `json` without an issue of its own (ids repeated from
 * elsewhere and the limits aside: `tally` counts the nodes, the text and the ids for the caller
 * to check) and build a node equal to `node`. Counts into `tally` as it goes; on false, `tally`
 * is partial.
 */
export function matchesJson(json: unknown, node: Node, place: Place, tally: Tally): boolean {
  if (!isRecord(json) || json['type'] !== node.type.name) return false;
  tally.nodes++;
  if (node.isText) {
    if (!onlyKeys(json, TEXT_KEYS) || json['text'] !== node.text) return false;
    tally.textChars += (node.text as string).length;
    return matchesMarks(json['marks'], node.marks, tally);
  }
  if (!onlyKeys(json, NODE_KEYS) || node.marks.length > 0) return false;
  const marks = json['marks'];
  if (marks !== undefined && !(Array.isArray(marks) && marks.length === 0)) return false;
  if (!matchesAttrs(declaredOf(node.type), json['attrs'], node.attrs)) return false;
  const id: unknown = node.attrs['id'];
  if (typeof id === 'string') tally.ids.push([id, place]);
  const content = json['content'];
  const count = node.childCount;
  if (content === undefined) return count === 0;
  if (!Array.isArray(content) || content.length !== count) return false;
  for (let index = 0; index < count; index++) {
    if (!matchesJson(content[index], node.child(index), { parent: place, index }, tally)) {
      return false;
    }
  }
  return true;
}

function matchesMarks(json: unknown, marks: readonly Mark[], tally: Tally): boolean {
  if (json === undefined) return marks.length === 0;
  if (!Array.isArray(json) || json.length !== marks.length) return false;
  if (json.length > 1) tally.severalMarks = true;
  for (let i = 0; i < marks.length; i++) {
    const mark = marks[i] as Mark;
    const markJson: unknown = json[i];
    if (!isRecord(markJson) || markJson['type'] !== mark.type.name) return false;
    if (!onlyKeys(markJson, MARK_KEYS)) return false;
    if (!matchesAttrs(declaredOf(mark.type), markJson['attrs'], mark.attrs)) return false;
  }
  return true;
}

function matchesAttrs(declared: readonly DeclaredAttr[], json: unknown, attrs: Attrs): boolean {
  if (json !== undefined && !isRecord(json)) return false;
  const given = json ?? EMPTY;
  let named = 0;
  for (const attr of declared) {
    const value = given[attr.name];
    if (value === undefined) {
      if (attr.required || !sameValue(attr.default, attrs[attr.name])) return false;
    } else if (!sameValue(value, attrs[attr.name])) return false;
    if (Object.hasOwn(given, attr.name)) named++;
  }
  // Every field given is a declared attribute: as many own fields as declared ones were found.
  let fields = 0;
  for (const key in given) if (Object.hasOwn(given, key)) fields++;
  return fields === named;
}

function onlyKeys(json: Readonly<Record<string, unknown>>, allowed: ReadonlySet<string>): boolean {
  for (const key in json) if (!allowed.has(key) && Object.hasOwn(json, key)) return false;
  return true;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
