import { describe, expect, it } from 'vitest';
import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { builders } from '@probity/rules';
import {
  exitProtected,
  insertSection,
  insertTable,
  setProtectedAttrs,
  setSectionKind,
  unwrapProtected,
  wrapInProtected,
} from './commands.js';

const { doc, section, p, option, opinion } = builders;

/** A state with the caret at the end of the text `text`. */
function at(body: Node, text: string): EditorState {
  let pos = -1;
  body.descendants((node, offset) => {
    if (pos < 0 && node.isText && node.text!.includes(text))
      pos = offset + node.text!.indexOf(text) + text.length;
  });
  const state = EditorState.create({ doc: body });
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, pos)));
}

function run(state: EditorState, command: Command): EditorState {
  let next = state;
  expect(command(state, (tr) => (next = state.apply(tr)))).toBe(true);
  return next;
}

const names = (node: Node) => {
  const out: string[] = [];
  node.forEach((child) => out.push(child.type.name));
  return out;
};

describe('drafting commands', () => {
  it('wraps a paragraph in a protected block with attributes, and unwraps it again', () => {
    const body = doc(section('legal', p({ id: 'p1' }, 'The proposal is lawful.')));
    const wrapped = run(at(body, 'lawful.'), wrapInProtected('statement', { kind: 'legality' }));
    const statement = wrapped.doc.child(0).child(1);
    expect(statement.type.name).toBe('statement');
    expect(statement.attrs['kind']).toBe('legality');
    const unwrapped = run(wrapped, unwrapProtected);
    expect(names(unwrapped.doc.child(0))).toEqual(['heading', 'paragraph']);
    expect(unwrapped.doc.child(0).child(1).attrs['id']).toBe('p1');
  });

  it('changes a protected block’s attributes but never its id', () => {
    const body = doc(section('risk', opinion({ id: 'op1' }, p({ id: 'p1' }, 'High risk.'))));
    const next = run(
      at(body, 'risk.'),
      setProtectedAttrs({ officer: 'monitoring_officer', id: 'stolen' }),
    );
    expect(next.doc.child(0).child(1).attrs).toMatchObject({
      id: 'op1',
      officer: 'monitoring_officer',
    });
  });

  it('leaves a protected block on Enter in its empty last paragraph, instead of copying it', () => {
    const body = doc(
      section(
        'options',
        option({ id: 'o1', label: 'Option 1' }, p({ id: 'a' }, 'Keep.'), p({ id: 'b' })),
      ),
    );
    const state = EditorState.create({ doc: body });
    // section closes at nodeSize - 1, the option at - 2, the empty paragraph at - 3: inside it.
    const end = body.child(0).nodeSize - 3;
    const inEmpty = state.apply(state.tr.setSelection(TextSelection.create(state.doc, end)));
    const next = run(inEmpty, exitProtected);
    expect(names(next.doc.child(0))).toEqual(['heading', 'option', 'paragraph']);
    expect(next.doc.child(0).child(1).childCount).toBe(1);
    // Not in an empty last paragraph: does nothing.
    expect(exitProtected(at(body, 'Keep.'))).toBe(false);
  });

  it('adds a section after the current one and sets a section’s kind', () => {
    const body = doc(
      section('purpose', p({ id: 'p1' }, 'Why.')),
      section('background', p({ id: 'p2' }, 'What.')),
    );
    const added = run(at(body, 'Why.'), insertSection('financial'));
    expect(added.doc.childCount).toBe(3);
    expect(added.doc.child(1).attrs['kind']).toBe('financial');
    expect(added.doc.child(1).firstChild?.textContent).toBe('Financial implications');
    const rekinded = run(at(body, 'What.'), setSectionKind('risk'));
    expect(rekinded.doc.child(1).attrs['kind']).toBe('risk');
  });

  it('inserts a table with a header row after the current paragraph', () => {
    const body = doc(section('financial', p({ id: 'p1' }, 'Costs:')));
    const next = run(at(body, 'Costs:'), insertTable(2, 3));
    const table = next.doc.child(0).child(2);
    expect(table.type.name).toBe('table');
    expect(table.childCount).toBe(2);
    expect(names(table.child(0))).toEqual(['table_header', 'table_header', 'table_header']);
    expect(names(table.child(1))).toEqual(['table_cell', 'table_cell', 'table_cell']);
  });
});
