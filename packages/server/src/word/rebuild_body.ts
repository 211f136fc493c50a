/**
 * Builds the proposed body from the version and what was read from Word: each text block's new
 * runs (a block missing from them was deleted), and the paragraphs the member added, keyed by the
 * place they go (after a block, at the start of a table cell, or at the very start). The version's
 * structure is kept: sections, protected blocks, lists and tables stay as they were, and a
 * container emptied by deletions goes (a table cell keeps an empty paragraph, a list item whose
 * first paragraph went gets an empty one). Rows the member added to a table come after the row
 * they followed.
 */
import type { Node } from 'prosemirror-model';
import { schema } from '@probity/rules';
import { CELL_START, LABEL_SLOT, normaliseSpace, textOf, type WordRun } from './word_layout.js';

/** A paragraph the member added; `label` when it is a heading naming a new option. */
export interface Added {
  readonly runs: readonly WordRun[];
  readonly label: boolean;
}

export const OPTION_LABEL = /^\s*option\b/i;

/**
 * `base` with the text of each text block replaced from `content` (blocks missing from it were
 * deleted) and the paragraphs in `added` placed after the block whose slot keys them. An added
 * heading that names an option opens a new option block, which takes the added paragraphs after
 * it and goes in after the top-level block it followed.
 */
export function rebuild(
  base: Node,
  content: ReadonlyMap<string, readonly WordRun[]>,
  added: ReadonlyMap<string, readonly Added[]>,
  rows: ReadonlyMap<string, readonly (readonly (readonly (readonly WordRun[])[])[])[]> = new Map(),
): Node {
  const ids = new Set<string>();
  base.descendants((node) => {
    if (typeof node.attrs['id'] === 'string') ids.add(node.attrs['id']);
  });
  let counter = 0;
  const freshId = (): string => {
    let id: string;
    do id = `word-${++counter}`;
    while (ids.has(id));
    ids.add(id);
    return id;
  };
  const newParagraph = (runs: readonly WordRun[]): Node =>
    schema.node('paragraph', { id: freshId() }, inline(runs));
  let hoisted: Node[] = [];

  const addedAfter = (slot: string): Node[] => {
    const here: Node[] = [];
    let option: { label: string; paragraphs: Node[] } | undefined;
    const flush = () => {
      if (!option) return;
      const recommended = /\(recommended\)$/i.test(option.label);
      const label = option.label.replace(/\s*\(recommended\)$/i, '');
      const paragraphs = option.paragraphs.length > 0 ? option.paragraphs : [newParagraph([])];
      hoisted.push(schema.node('option', { id: freshId(), label, recommended }, paragraphs));
      option = undefined;
    };
    for (const entry of added.get(slot) ?? []) {
      if (entry.label) {
        flush();
        option = { label: normaliseSpace(textOf(entry.runs)), paragraphs: [] };
      } else if (option) option.paragraphs.push(newParagraph(entry.runs));
      else here.push(newParagraph(entry.runs));
    }
    flush();
    return here;
  };

  const visit = (node: Node): Node[] => {
    const id = node.attrs['id'] as string;
    if (node.isTextblock) {
      const runs = content.get(id);
      const rest = addedAfter(id);
      if (runs === undefined) {
        return node.type.name === 'heading' ? [node.type.create(node.attrs), ...rest] : rest;
      }
      const same = textOf(runs) === node.textBetween(0, node.content.size, undefined, '\n');
      return [same ? node : node.type.create(node.attrs, inline(runs)), ...rest];
    }
    let attrs = node.attrs;
    const children: Node[] = [];
    if (node.type.name === 'option') {
      const label = content.get(`${LABEL_SLOT}${id}`);
      if (label !== undefined) {
        const text = normaliseSpace(textOf(label));
        const recommended = /\(recommended\)$/i.test(text);
        attrs = { ...attrs, label: text.replace(/\s*\(recommended\)$/i, ''), recommended };
      } else if (layoutHasLabel(node)) attrs = { ...attrs, label: '' };
      children.push(...addedAfter(`${LABEL_SLOT}${id}`));
    }
    if (node.type.name === 'table_cell' || node.type.name === 'table_header') {
      children.push(...addedAfter(`${CELL_START}${id}`));
    }
    node.forEach((child) => children.push(...visit(child)));
    if (node.type.name !== 'table_row') return fit(node, attrs, children, freshId);
    // A row none of whose paragraphs survived was removed whole (a row whose text was cleared
    // keeps its empty paragraphs, as Word keeps each cell's last one).
    let survived = false;
    node.descendants((child) => {
      const key = child.attrs['id'] as string;
      if (content.has(key) || added.has(key) || added.has(`${CELL_START}${key}`)) survived = true;
    });
    const fitted = survived ? fit(node, attrs, children, freshId) : [];
    // Rows the member added after this one: each cell's paragraphs, an empty one when it has none.
    return [
      ...fitted,
      ...(rows.get(id) ?? []).map((cells) =>
        schema.node(
          'table_row',
          { id: freshId() },
          cells.map((paragraphs) =>
            schema.node(
              'table_cell',
              { id: freshId() },
              paragraphs.length > 0 ? paragraphs.map(newParagraph) : [newParagraph([])],
            ),
          ),
        ),
      ),
    ];
  };

  const sections: Node[] = [];
  base.forEach((section, _offset, i) => {
    const blocks: Node[] = [];
    section.forEach((child, _at, k) => {
      const [first, ...rest] = visit(child);
      // Paragraphs added before anything the version had go in after the first heading.
      if (first) blocks.push(first, ...(i === 0 && k === 0 ? addedAfter('') : []), ...rest);
      blocks.push(...hoisted);
      hoisted = [];
    });
    sections.push(section.type.create(section.attrs, blocks));
  });
  return base.type.create(base.attrs, sections);
}

function layoutHasLabel(option: Node): boolean {
  const label = String(option.attrs['label'] ?? '');
  return label !== '' && !option.textContent.trimStart().startsWith(label);
}

/** A container rebuilt from `children`, patched so it stays valid, or nothing when it emptied. */
function fit(node: Node, attrs: Node['attrs'], children: Node[], freshId: () => string): Node[] {
  const paragraph = () => schema.node('paragraph', { id: freshId() });
  switch (node.type.name) {
    case 'table_cell':
    case 'table_header':
      return [node.type.create(attrs, children.length > 0 ? children : [paragraph()])];
    case 'list_item':
      if (children.length === 0) return [];
      return [
        node.type.create(
          attrs,
          children[0]?.type.name === 'paragraph' ? children : [paragraph(), ...children],
        ),
      ];
    case 'section':
    case 'table_row':
      return [node.type.create(attrs, children)];
    default:
      return children.length === 0 ? [] : [node.type.create(attrs, children)];
  }
}

function inline(runs: readonly WordRun[]): Node[] {
  const out: Node[] = [];
  for (const run of runs) {
    const marks = [
      ...(run.bold ? [schema.marks['strong']?.create()] : []),
      ...(run.italic ? [schema.marks['em']?.create()] : []),
    ].filter((mark) => mark !== undefined);
    run.text.split('\n').forEach((line, i) => {
      if (i > 0) out.push(schema.node('hard_break'));
      if (line !== '') out.push(schema.text(line, marks));
    });
  }
  return out;
}
