/**
 * Drafting commands over the report schema: protected blocks made and re-tagged, sections added
 * and re-kinded, lists, tables and links. Each is a ProseMirror command: `(state, dispatch?) =>
 * boolean`, true when it applies (so toolbars can ask without doing).
 */
import type { Attrs, Node, NodeType } from 'prosemirror-model';
import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import { wrapIn } from 'prosemirror-commands';
import { liftTarget } from 'prosemirror-transform';
import { isSafeHref, schema, type ProtectedNodeType, type SectionKind } from '@probity/rules';
import { SECTION_LABELS } from './labels.js';
import { markType, nodeType } from './types.js';

/** The nearest ancestor of the selection of one of `types`, with its position. */
export function enclosing(
  state: EditorState,
  types: readonly NodeType[],
): { node: Node; pos: number; depth: number } | null {
  const $from = state.selection.$from;
  for (let depth = $from.depth; depth > 0; depth--) {
    const node = $from.node(depth);
    if (types.includes(node.type)) return { node, pos: $from.before(depth), depth };
  }
  return null;
}

const PROTECTED: readonly NodeType[] = [
  nodeType('option'),
  nodeType('recommendation'),
  nodeType('opinion'),
  nodeType('statement'),
  nodeType('consultation'),
];

/** The protected block around the selection, if any. */
export function enclosingProtected(state: EditorState) {
  return enclosing(state, PROTECTED);
}

/** Wraps the selected blocks in a protected block of `type` with `attrs`. */
export function wrapInProtected(type: ProtectedNodeType, attrs: Attrs = {}): Command {
  return wrapIn(nodeType(type), attrs);
}

/** Unwraps the protected block around the selection into plain blocks. */
export const unwrapProtected: Command = (state, dispatch) => {
  const found = enclosingProtected(state);
  if (!found) return false;
  if (dispatch) {
    const tr = state.tr.replaceWith(found.pos, found.pos + found.node.nodeSize, found.node.content);
    dispatch(tr.scrollIntoView());
  }
  return true;
};

/**
 * Enter in an empty last paragraph of a protected block: moves that paragraph out, after the
 * block, so the author can carry on with ordinary text (or make a new block of another kind)
 * instead of splitting the block into a copy of itself with the same label and flags.
 */
export const exitProtected: Command = (state, dispatch) => {
  const { $from, empty } = state.selection;
  if (!empty || !$from.parent.isTextblock || $from.parent.content.size > 0 || $from.depth < 3) {
    return false;
  }
  const wrapper = $from.node(-1);
  if (!PROTECTED.includes(wrapper.type) || wrapper.childCount < 2) return false;
  if ($from.index(-1) !== wrapper.childCount - 1) return false;
  const range = $from.blockRange();
  const target = range ? liftTarget(range) : null;
  if (!range || target === null) return false;
  if (dispatch) dispatch(state.tr.lift(range, target).scrollIntoView());
  return true;
};

/** Changes the attributes (not the id) of the protected block around the selection. */
export function setProtectedAttrs(attrs: Attrs): Command {
  return (state, dispatch) => {
    const found = enclosingProtected(state);
    if (!found) return false;
    if (dispatch) {
      const next = { ...found.node.attrs, ...attrs, id: found.node.attrs['id'] as unknown };
      dispatch(state.tr.setNodeMarkup(found.pos, undefined, next));
    }
    return true;
  };
}

/** Sets the kind of the section the selection is in. */
export function setSectionKind(kind: SectionKind): Command {
  return (state, dispatch) => {
    const found = enclosing(state, [nodeType('section')]);
    if (!found) return false;
    if (dispatch) dispatch(state.tr.setNodeAttribute(found.pos, 'kind', kind));
    return true;
  };
}

/** Adds a section of `kind` after the one holding the selection, with a heading to type over. */
export function insertSection(kind: SectionKind): Command {
  return (state, dispatch) => {
    const found = enclosing(state, [nodeType('section')]);
    const at = found ? found.pos + found.node.nodeSize : state.doc.content.size;
    if (dispatch) {
      const section = nodeType('section').create({ kind }, [
        nodeType('heading').create(null, schema.text(SECTION_LABELS[kind])),
        nodeType('paragraph').create(),
      ]);
      const tr = state.tr.insert(at, section);
      // Select the heading's text so typing replaces it.
      tr.setSelection(TextSelection.create(tr.doc, at + 2, at + 2 + SECTION_LABELS[kind].length));
      dispatch(tr.scrollIntoView());
    }
    return true;
  };
}

/** Inserts a table of `rows` by `columns` (the first row headers) after the current block. */
export function insertTable(rows = 3, columns = 3): Command {
  return (state, dispatch) => {
    const $from = state.selection.$from;
    if ($from.depth < 2) return false;
    // After the block that is a direct child of the section or protected block.
    const depth = Math.max(2, $from.depth - ($from.parent.isTextblock ? 0 : 1));
    const after = $from.after(depth);
    const cell = (header: boolean) =>
      nodeType(header ? 'table_header' : 'table_cell').create(null, nodeType('paragraph').create());
    const row = (header: boolean) =>
      nodeType('table_row').create(
        null,
        Array.from({ length: columns }, () => cell(header)),
      );
    const table = nodeType('table').create(
      null,
      Array.from({ length: rows }, (_, i) => row(i === 0)),
    );
    const probe = state.tr;
    try {
      probe.insert(after, table);
    } catch {
      return false;
    }
    if (dispatch) {
      probe.setSelection(TextSelection.create(probe.doc, after + 4));
      dispatch(probe.scrollIntoView());
    }
    return true;
  };
}

/**
 * Puts a link on the selected text. Refuses (returns false, changes nothing) when `href` is not
 * an http, https or mailto URL, so `javascript:` and `data:` links never enter a report.
 */
export function setLink(href: string): Command {
  return (state, dispatch) => {
    const target = href.trim();
    if (!isSafeHref(target) || state.selection.empty) return false;
    if (dispatch) {
      const { from, to } = state.selection;
      dispatch(
        state.tr
          .removeMark(from, to, markType('link'))
          .addMark(from, to, markType('link').create({ href: target })),
      );
    }
    return true;
  };
}

/** Removes links from the selection. */
export const removeLink: Command = (state, dispatch) => {
  const { from, to } = state.selection;
  if (!state.doc.rangeHasMark(from, to, markType('link'))) return false;
  if (dispatch) dispatch(state.tr.removeMark(from, to, markType('link')));
  return true;
};
