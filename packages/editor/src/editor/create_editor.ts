/**
 * Builds the report editor: the report schema, the labelled node views, unique block ids,
 * history, the drafting keymap and input rules, tables, drop and gap cursors, and whatever extra
 * plugins the page adds (tracked changes when suggesting).
 */
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap, chainCommands, selectParentNode, toggleMark } from 'prosemirror-commands';
import { inputRules, wrappingInputRule } from 'prosemirror-inputrules';
import { liftListItem, sinkListItem, splitListItem, wrapInList } from 'prosemirror-schema-list';
import { dropCursor } from 'prosemirror-dropcursor';
import { gapCursor } from 'prosemirror-gapcursor';
import { goToNextCell, tableEditing } from 'prosemirror-tables';
import { blockIds } from './block_ids.js';
import { exitProtected, unwrapProtected, wrapInProtected } from './commands.js';
import { nodeViews } from './node_views.js';
import { markType, nodeType } from './types.js';
import { cleanPastedHTML } from './paste.js';

/** Document size (positions, about six per word) above which a report counts as long. */
const LONG_REPORT = 60_000;

/** What the page gives the editor. */
export interface EditorOptions {
  readonly doc: Node;
  /** The editor's accessible name, e.g. "Report body". */
  readonly label: string;
  readonly editable?: boolean;
  readonly plugins?: readonly Plugin[];
  /** Called after every transaction is applied (the page's autosave and toolbars). */
  readonly onChange?: (view: EditorView, tr: Transaction) => void;
  /** Mod-k: asks the page for a link (the page shows its dialog). */
  readonly onLinkRequest?: (view: EditorView) => void;
}

/** The keyboard shortcuts, listed for the help text. */
export const SHORTCUTS: readonly (readonly [string, string])[] = [
  ['Ctrl+B / Ctrl+I', 'bold / italic'],
  ['Ctrl+K', 'link'],
  ['Ctrl+Alt+O', 'make an option'],
  ['Ctrl+Alt+R', 'make a recommendation'],
  ['Ctrl+Alt+P', 'make an officer opinion'],
  ['Ctrl+Alt+S', 'make a statutory statement'],
  ['Ctrl+Alt+C', 'make a consultation response'],
  ['Ctrl+Alt+U', 'unwrap a protected block'],
  ['Ctrl+Shift+8 / 9', 'bulleted / numbered list'],
  ['Tab / Shift+Tab', 'indent / outdent a list item, next cell'],
  ['Enter twice', 'leave an option, opinion or other protected block'],
  ['Esc', 'select the enclosing block (again: its parent), e.g. to delete a whole option'],
  ['Ctrl+Z / Ctrl+Y', 'undo / redo'],
];

/** The plugins every report editor has. */
export function editorPlugins(options: Pick<EditorOptions, 'onLinkRequest'> = {}): Plugin[] {
  return [
    blockIds(),
    history(),
    inputRules({
      rules: [
        wrappingInputRule(/^\s*([-+*])\s$/, nodeType('bullet_list')),
        wrappingInputRule(
          /^(\d+)\.\s$/,
          nodeType('ordered_list'),
          (match) => ({ order: Number(match[1]) || 1 }),
          (match, node) => node.childCount + (node.attrs['order'] as number) === Number(match[1]),
        ),
      ],
    }),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      Escape: selectParentNode,
      'Shift-Mod-z': redo,
      'Mod-b': toggleMark(markType('strong')),
      'Mod-i': toggleMark(markType('em')),
      'Mod-k': (_state, _dispatch, view) => {
        if (!options.onLinkRequest || !view) return false;
        options.onLinkRequest(view);
        return true;
      },
      'Mod-Alt-o': wrapInProtected('option'),
      'Mod-Alt-r': wrapInProtected('recommendation'),
      'Mod-Alt-p': wrapInProtected('opinion'),
      'Mod-Alt-s': wrapInProtected('statement'),
      'Mod-Alt-c': wrapInProtected('consultation'),
      'Mod-Alt-u': unwrapProtected,
      'Shift-Mod-8': wrapInList(nodeType('bullet_list')),
      'Shift-Mod-9': wrapInList(nodeType('ordered_list')),
      Enter: chainCommands(splitListItem(nodeType('list_item')), exitProtected),
      Tab: chainCommands(goToNextCell(1), sinkListItem(nodeType('list_item'))),
      'Shift-Tab': chainCommands(goToNextCell(-1), liftListItem(nodeType('list_item'))),
    }),
    keymap(baseKeymap),
    dropCursor(),
    gapCursor(),
    tableEditing(),
  ];
}

/** Mounts an editor in `mount`. */
export function createEditor(mount: HTMLElement, options: EditorOptions): EditorView {
  const editable = options.editable ?? true;
  const state = EditorState.create({
    doc: options.doc,
    plugins: [...(editable ? editorPlugins(options) : []), ...(options.plugins ?? [])],
  });
  const view: EditorView = new EditorView(mount, {
    state,
    nodeViews,
    editable: () => editable,
    transformPastedHTML: cleanPastedHTML,
    attributes: (current) => ({
      // Long reports lay out only the sections near the viewport (see styles.css).
      class: current.doc.content.size > LONG_REPORT ? 'pm-editor pm-long' : 'pm-editor',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': options.label,
      ...(editable ? {} : { 'aria-readonly': 'true' }),
    }),
    dispatchTransaction(tr) {
      view.updateState(view.state.apply(tr));
      options.onChange?.(view, tr);
    },
  });
  return view;
}
