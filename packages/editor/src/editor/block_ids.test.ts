import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection } from 'prosemirror-state';
import { splitBlock } from 'prosemirror-commands';
import { Slice, Fragment, type Node } from 'prosemirror-model';
import { builders, schema } from '@probity/rules';
import { blockIds, withBlockIds, type IdMaker } from './block_ids.js';

const { doc, section, p, option } = builders;

function counter(): IdMaker {
  let n = 0;
  return (taken) => {
    let id: string;
    do id = `new-${++n}`;
    while (taken.has(id));
    return id;
  };
}

function stateOf(body: Node) {
  return EditorState.create({ doc: body, plugins: [blockIds(counter())] });
}

function ids(node: Node): string[] {
  const out: string[] = [];
  node.descendants((child) => {
    if (!child.isInline) out.push(String(child.attrs['id']));
    return true;
  });
  return out;
}

function posOfText(node: Node, text: string): number {
  let found = -1;
  node.descendants((child, pos) => {
    if (found < 0 && child.isText && child.text!.includes(text)) {
      found = pos + child.text!.indexOf(text);
    }
  });
  if (found < 0) throw new Error(`no ${text}`);
  return found;
}

describe('blockIds', () => {
  it('keeps the id on the first half of a split and gives the second a fresh one', () => {
    const body = doc(section('background', p({ id: 'p1' }, 'First half. Second half.')));
    let state = stateOf(body);
    const at = posOfText(state.doc, 'Second');
    state = state.apply(state.tr.setSelection(TextSelection.create(state.doc, at)));
    splitBlock(state, (tr) => {
      state = state.applyTransaction(tr).state;
    });
    const paragraphs: Node[] = [];
    state.doc.descendants((n) => {
      if (n.type.name === 'paragraph') paragraphs.push(n);
    });
    expect(paragraphs.map((n) => n.textContent)).toEqual(['First half. ', 'Second half.']);
    expect(paragraphs[0]!.attrs['id']).toBe('p1');
    expect(paragraphs[1]!.attrs['id']).toBe('new-1');
  });

  it('gives a pasted copy of a block a new id and leaves the original alone', () => {
    const body = doc(section('background', p({ id: 'p1' }, 'Original.'), p({ id: 'p2' }, 'End.')));
    const state = stateOf(body);
    const copy = state.doc.child(0).child(1);
    // Paste the copy before the original, so it comes first in document order.
    const before = state.doc.child(0).child(0).nodeSize + 1;
    const { state: next } = state.applyTransaction(
      state.tr.replace(before, before, new Slice(Fragment.from(copy), 0, 0)),
    );
    const all = ids(next.doc);
    expect(new Set(all).size).toBe(all.length);
    const paragraphs: string[] = [];
    next.doc.descendants((n) => {
      if (n.type.name === 'paragraph') paragraphs.push(String(n.attrs['id']));
    });
    expect(paragraphs).toEqual(['new-1', 'p1', 'p2']);
  });

  it('numbers blocks inserted without an id', () => {
    const state = stateOf(doc(section('options', p({ id: 'p1' }, 'Intro.'))));
    const block = schema.nodes['option']!.create(
      { label: 'Option 9' },
      schema.nodes['paragraph']!.create(null, schema.text('New.')),
    );
    const end = state.doc.child(0).nodeSize - 1;
    const { state: next } = state.applyTransaction(state.tr.insert(end, block));
    const inserted = next.doc.child(0).lastChild!;
    expect(inserted.attrs['id']).toMatch(/^new-/);
    expect(inserted.firstChild!.attrs['id']).toMatch(/^new-/);
    expect(inserted.attrs['id']).not.toBe(inserted.firstChild!.attrs['id']);
  });

  it('does nothing while typing', () => {
    const state = stateOf(doc(section('background', p({ id: 'p1' }, 'Text'))));
    const at = posOfText(state.doc, 'Text');
    const { transactions } = state.applyTransaction(state.tr.insertText('More ', at));
    expect(transactions).toHaveLength(1);
  });
});

describe('withBlockIds', () => {
  it('fills in missing and repeated ids across a whole document', () => {
    const json = doc(
      section('options', option({ id: 'o1' }, 'A'), option({ id: 'o2' }, 'B')),
    ).toJSON() as {
      content: { content: { attrs: Record<string, unknown> }[] }[];
    };
    json.content[0]!.content[1]!.attrs['id'] = null;
    json.content[0]!.content[2]!.attrs['id'] = 'o1';
    const fixed = withBlockIds(schema.nodeFromJSON(json), counter());
    const all = ids(fixed);
    expect(all).not.toContain('null');
    expect(new Set(all).size).toBe(all.length);
  });

  it('returns the same document when every id is set and unique', () => {
    const body = doc(section('purpose', p('Fine.')));
    expect(withBlockIds(body)).toBe(body);
  });
});
