/**
 * Small builders for report bodies over the real schema, for tests, fixtures and demo data:
 * `doc(section('options', option({ label: 'Option 1' }, p('Keep all branches open.'))))`.
 *
 * Every builder takes an optional attributes object first. A block given no `id` gets one derived
 * from its type and text, so the same block built twice (say in a base and a proposal) gets the same
 * id, and a re-worded one gets a new id; `doc` makes repeated ids unique by adding a counter.
 */
import type { Attrs, Mark, Node } from 'prosemirror-model';
import { schema, type SectionKind } from './schema.js';
import { toPlainText } from './plain_text.js';

type Child = Node | string;
type Args = [Attrs, ...Child[]] | Child[];

function split(args: Args): { attrs: Record<string, unknown>; children: Child[] } {
  const [first, ...rest] = args;
  if (first !== undefined && typeof first === 'object' && !isNode(first)) {
    return { attrs: { ...first }, children: rest as Child[] };
  }
  return { attrs: {}, children: args as Child[] };
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'nodeSize' in value;
}

function inline(children: Child[]): Node[] {
  return children.map((child) => (typeof child === 'string' ? schema.text(child) : child));
}

function block(type: string, args: Args, wrapText?: (text: string) => Node): Node {
  const { attrs, children } = split(args);
  const content = wrapText
    ? children.map((child) => (typeof child === 'string' ? wrapText(child) : child))
    : inline(children);
  const nodeType = schema.nodes[type];
  if (!nodeType) throw new Error(`unknown node type ${type}`);
  const draft = nodeType.create({ ...attrs, id: null }, content);
  const id = typeof attrs['id'] === 'string' ? attrs['id'] : derivedId(type, toPlainText(draft));
  return nodeType.createChecked({ ...attrs, id }, content);
}

function derivedId(type: string, text: string): string {
  // FNV-1a: short, stable, and good enough to tell texts apart in tests.
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${type}-${(hash >>> 0).toString(36)}`;
}

const para = (text: string) => p(text);

/** A paragraph of text (strings) and inline nodes. */
export const p = (...args: Args): Node => block('paragraph', args);
/** A section heading. */
export const heading = (...args: Args): Node => block('heading', args);
/** A line break inside a paragraph. */
export const br = (): Node => schema.node('hard_break');
/** Text carrying marks: `marked('Read more', schema.marks.link.create({ href }))`. */
export const marked = (text: string, ...marks: Mark[]): Node => schema.text(text, marks);

/** A list item; strings become paragraphs. */
export const li = (...args: Args): Node => block('list_item', args, para);
export const ul = (...args: Args): Node => block('bullet_list', args);
export const ol = (...args: Args): Node => block('ordered_list', args);
export const td = (...args: Args): Node => block('table_cell', args, para);
export const th = (...args: Args): Node => block('table_header', args, para);
export const tr = (...args: Args): Node => block('table_row', args);
export const table = (...args: Args): Node => block('table', args);

/** An option put to the decision-maker: `option({ label: 'Option 2' }, 'Close on Mondays.')`. */
export const option = (...args: Args): Node => block('option', args, para);
export const recommendation = (...args: Args): Node => block('recommendation', args, para);
/** An officer's professional opinion; `officer` defaults to the report author. */
export const opinion = (...args: Args): Node => block('opinion', args, para);
/** A statement by an officer in a designated function: `statement({ kind: 'legality' }, '...')`. */
export const statement = (...args: Args): Node => block('statement', args, para);
export const consultation = (...args: Args): Node => block('consultation', args, para);

/**
 * A section of the given kind. The first child is its heading if it is one; otherwise a heading
 * is made from the kind (`financial` → "Financial"). Strings become paragraphs.
 */
export function section(kind: SectionKind | Attrs, ...children: Child[]): Node {
  const attrs: Record<string, unknown> = typeof kind === 'string' ? { kind } : { ...kind };
  const sectionKind = String(attrs['kind'] ?? 'other');
  const body = children.map((child) => (typeof child === 'string' ? para(child) : child));
  const [first] = body;
  const withHeading =
    first?.type.name === 'heading'
      ? body
      : [heading({ id: `${String(attrs['id'] ?? sectionKind)}-h` }, titleOf(sectionKind)), ...body];
  return block('section', [{ id: attrs['id'] ?? sectionKind, ...attrs }, ...withHeading]);
}

function titleOf(kind: string): string {
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The report body. Repeated block ids are made unique (`id`, `id-2`, `id-3`...). */
export function doc(...sections: Node[]): Node {
  const seen = new Map<string, number>();
  const unique = (node: Node): Node => {
    if (node.isText || node.type.name === 'hard_break') return node;
    const children: Node[] = [];
    node.forEach((child) => children.push(unique(child)));
    const id = node.attrs['id'] as string;
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    const attrs = count === 1 ? node.attrs : { ...node.attrs, id: `${id}-${count}` };
    return node.type.create(attrs, children, node.marks);
  };
  return schema.topNodeType.createChecked(null, sections.map(unique));
}
