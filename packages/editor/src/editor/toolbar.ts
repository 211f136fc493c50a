/**
 * The drafting toolbar and the block-attributes bar. Every control is a real button, select or
 * input with a label, reachable by keyboard; a control whose command cannot apply here is
 * disabled. The attributes bar shows the fields of the protected block the caret is in (which
 * officer, which statement kind, which consultation source, an option's label and whether it is
 * recommended) and changes them as they are edited.
 */
import type { EditorView } from 'prosemirror-view';
import type { Command, EditorState } from 'prosemirror-state';
import { toggleMark } from 'prosemirror-commands';
import { liftListItem, wrapInList } from 'prosemirror-schema-list';
import { redo, undo } from 'prosemirror-history';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow } from 'prosemirror-tables';
import {
  SECTION_KINDS,
  OFFICER_ROLES,
  STATEMENT_KINDS,
  isSafeHref,
  type SectionKind,
} from '@probity/rules';
import { h } from '../app/dom.js';
import {
  enclosing,
  enclosingProtected,
  insertSection,
  insertTable,
  removeLink,
  setLink,
  setProtectedAttrs,
  setSectionKind,
  unwrapProtected,
  wrapInProtected,
} from './commands.js';
import { OFFICER_LABELS, PROTECTED_LABELS, SECTION_LABELS, STATEMENT_LABELS } from './labels.js';
import { markType, nodeType } from './types.js';

interface Item {
  readonly label: string;
  readonly title: string;
  readonly command: Command;
  readonly active?: (state: EditorState) => boolean;
  readonly className?: string;
}

const markActive = (name: string) => (state: EditorState) => {
  const type = markType(name);
  const { from, to, empty, $from } = state.selection;
  return empty
    ? !!type.isInSet(state.storedMarks ?? $from.marks())
    : state.doc.rangeHasMark(from, to, type);
};

/** A toolbar bound to `view`; call `update()` after every transaction. */
export class Toolbar {
  readonly element: HTMLElement;
  private readonly buttons: { item: Item; button: HTMLButtonElement }[] = [];
  private readonly sectionKind: HTMLSelectElement;
  private readonly attributes: HTMLElement;
  private readonly linkForm: HTMLFormElement;
  private readonly linkInput: HTMLInputElement;
  private readonly linkError: HTMLElement;

  constructor(private readonly view: EditorView) {
    const group = (name: string, ...items: Item[]) =>
      h(
        'div',
        { class: 'toolbar-group', attrs: { role: 'group', 'aria-label': name } },
        ...items.map((item) => this.button(item)),
      );
    this.sectionKind = h(
      'select',
      {
        attrs: { id: 'toolbar-section-kind', 'aria-label': 'Kind of this section' },
        on: { change: () => this.run(setSectionKind(this.sectionKind.value as SectionKind)) },
      },
      ...SECTION_KINDS.map((kind) => h('option', { attrs: { value: kind } }, SECTION_LABELS[kind])),
    );
    const newSection = h(
      'button',
      {
        class: 'tool',
        attrs: { type: 'button', title: 'Add a section after this one' },
        on: { click: () => this.run(insertSection('other')) },
      },
      '+ Section',
    );
    this.linkInput = h('input', {
      attrs: {
        type: 'url',
        id: 'toolbar-link',
        placeholder: 'https://…',
        'aria-label': 'Link address',
      },
    });
    this.linkError = h('span', { class: 'field-error', attrs: { role: 'alert' } });
    this.linkForm = h(
      'form',
      {
        class: 'link-form',
        attrs: { hidden: true },
        on: {
          submit: (event) => {
            event.preventDefault();
            const href = this.linkInput.value.trim();
            if (!isSafeHref(href)) {
              this.linkError.textContent = 'Links must start with https://, http:// or mailto:.';
              this.linkInput.focus();
              return;
            }
            if (!this.run(setLink(href))) {
              this.linkError.textContent = 'Select the text to link first.';
              return;
            }
            this.closeLink();
          },
          keydown: (event) => {
            if (event.key === 'Escape') this.closeLink();
          },
        },
      },
      this.linkInput,
      h('button', { class: 'tool', attrs: { type: 'submit' } }, 'Apply link'),
      h(
        'button',
        { class: 'tool', attrs: { type: 'button' }, on: { click: () => this.closeLink() } },
        'Cancel',
      ),
      this.linkError,
    );
    this.attributes = h('div', {
      class: 'attributes-bar',
      attrs: { role: 'group', 'aria-label': 'Block details' },
    });
    this.element = h(
      'div',
      { class: 'toolbar-wrap' },
      h(
        'div',
        {
          class: 'toolbar',
          attrs: {
            role: 'toolbar',
            'aria-label': 'Formatting and structure',
            'aria-controls': 'report-editor',
          },
        },
        group(
          'History',
          { label: 'Undo', title: 'Undo (Ctrl+Z)', command: undo },
          { label: 'Redo', title: 'Redo (Ctrl+Y)', command: redo },
        ),
        group(
          'Text',
          {
            label: 'B',
            title: 'Bold (Ctrl+B)',
            command: toggleMark(markType('strong')),
            active: markActive('strong'),
            className: 'tool-bold',
          },
          {
            label: 'I',
            title: 'Italic (Ctrl+I)',
            command: toggleMark(markType('em')),
            active: markActive('em'),
            className: 'tool-italic',
          },
          {
            label: 'Link',
            title: 'Link (Ctrl+K)',
            command: (state) => !state.selection.empty,
            active: markActive('link'),
          },
          { label: 'Unlink', title: 'Remove link', command: removeLink },
        ),
        group(
          'Lists and tables',
          {
            label: '• List',
            title: 'Bulleted list (Ctrl+Shift+8)',
            command: wrapInList(nodeType('bullet_list')),
          },
          {
            label: '1. List',
            title: 'Numbered list (Ctrl+Shift+9)',
            command: wrapInList(nodeType('ordered_list')),
          },
          {
            label: 'Outdent',
            title: 'Outdent list item (Shift+Tab)',
            command: liftListItem(nodeType('list_item')),
          },
          { label: 'Table', title: 'Insert a table', command: insertTable() },
          { label: '+ Row', title: 'Add a table row', command: addRowAfter },
          { label: '+ Column', title: 'Add a table column', command: addColumnAfter },
          { label: '− Row', title: 'Delete the table row', command: deleteRow },
          { label: '− Column', title: 'Delete the table column', command: deleteColumn },
        ),
        group(
          'Protected blocks',
          {
            label: PROTECTED_LABELS.option,
            title: 'Make an option (Ctrl+Alt+O)',
            command: wrapInProtected('option'),
            className: 'tool-protected tool-option',
          },
          {
            label: PROTECTED_LABELS.recommendation,
            title: 'Make a recommendation (Ctrl+Alt+R)',
            command: wrapInProtected('recommendation'),
            className: 'tool-protected tool-recommendation',
          },
          {
            label: 'Opinion',
            title: 'Make an officer opinion (Ctrl+Alt+P)',
            command: wrapInProtected('opinion'),
            className: 'tool-protected tool-opinion',
          },
          {
            label: 'Statement',
            title: 'Make a statutory statement (Ctrl+Alt+S)',
            command: wrapInProtected('statement'),
            className: 'tool-protected tool-statement',
          },
          {
            label: 'Consultation',
            title: 'Make a consultation response (Ctrl+Alt+C)',
            command: wrapInProtected('consultation'),
            className: 'tool-protected tool-consultation',
          },
          {
            label: 'Unwrap',
            title: 'Turn the protected block back into plain text (Ctrl+Alt+U)',
            command: unwrapProtected,
          },
        ),
        h(
          'div',
          { class: 'toolbar-group', attrs: { role: 'group', 'aria-label': 'Section' } },
          h('label', { class: 'tool-label', attrs: { for: 'toolbar-section-kind' } }, 'Section'),
          this.sectionKind,
          newSection,
        ),
      ),
      this.linkForm,
      this.attributes,
    );
    this.update();
  }

  /** Opens the link field (the toolbar's Link button and Ctrl+K). */
  openLink(): void {
    this.linkForm.hidden = false;
    this.linkError.textContent = '';
    const { from, to } = this.view.state.selection;
    let href = '';
    this.view.state.doc.nodesBetween(from, to, (node) => {
      const link = node.marks.find((m) => m.type === markType('link'));
      if (link) href = String(link.attrs['href']);
    });
    this.linkInput.value = href;
    this.linkInput.focus();
  }

  private closeLink(): void {
    this.linkForm.hidden = true;
    this.view.focus();
  }

  /** Refreshes enabled, pressed and attribute controls from the editor's state. */
  update(): void {
    const state = this.view.state;
    for (const { item, button } of this.buttons) {
      button.disabled = !item.command(state);
      if (item.active) button.setAttribute('aria-pressed', String(item.active(state)));
    }
    const section = enclosing(state, [nodeType('section')]);
    this.sectionKind.disabled = !section;
    if (section) this.sectionKind.value = String(section.node.attrs['kind']);
    this.renderAttributes(state);
  }

  private button(item: Item): HTMLButtonElement {
    const button = h(
      'button',
      {
        class: `tool ${item.className ?? ''}`.trim(),
        attrs: { type: 'button', title: item.title, 'aria-label': item.title },
        on: {
          mousedown: (event) => event.preventDefault(),
          click: () => {
            if (item.label === 'Link') this.openLink();
            else this.run(item.command);
          },
        },
      },
      item.label,
    );
    this.buttons.push({ item, button });
    return button;
  }

  private run(command: Command): boolean {
    const done = command(this.view.state, this.view.dispatch, this.view);
    this.view.focus();
    return done;
  }

  private attributesFor = -1;

  private renderAttributes(state: EditorState): void {
    const found = enclosingProtected(state);
    if (!found) {
      this.attributesFor = -1;
      this.attributes.replaceChildren(
        h(
          'span',
          { class: 'hint' },
          'Place the cursor in an option, opinion, statement or consultation response to set its details.',
        ),
      );
      return;
    }
    // Rebuilding while the user types in a field would steal focus; only rebuild on a new block.
    if (this.attributesFor === found.pos && this.attributes.contains(document.activeElement))
      return;
    this.attributesFor = found.pos;
    const { node } = found;
    const type = node.type.name as keyof typeof PROTECTED_LABELS;
    const set = (attrs: Record<string, unknown>) => {
      setProtectedAttrs(attrs)(this.view.state, this.view.dispatch);
    };
    const select = (
      id: string,
      text: string,
      value: string,
      options: readonly [string, string][],
      attr: string,
    ) =>
      h(
        'span',
        { class: 'attr-field' },
        h('label', { attrs: { for: id } }, text),
        (() => {
          const el = h(
            'select',
            { attrs: { id }, on: { change: () => set({ [attr]: el.value }) } },
            ...options.map(([v, l]) =>
              h('option', { attrs: { value: v, selected: v === value } }, l),
            ),
          );
          return el;
        })(),
      );
    const officers = OFFICER_ROLES.map((r) => [r, OFFICER_LABELS[r]] as [string, string]);
    const fields: HTMLElement[] = [
      h('strong', { class: 'attr-kind' }, PROTECTED_LABELS[type] ?? type),
    ];
    if (type === 'option') {
      const labelInput = h('input', {
        attrs: { id: 'attr-label', type: 'text', value: String(node.attrs['label'] ?? '') },
        on: { change: () => set({ label: labelInput.value }) },
      });
      const recommended = h('input', {
        attrs: {
          id: 'attr-recommended',
          type: 'checkbox',
          checked: node.attrs['recommended'] === true,
        },
        on: { change: () => set({ recommended: recommended.checked }) },
      });
      fields.push(
        h(
          'span',
          { class: 'attr-field' },
          h('label', { attrs: { for: 'attr-label' } }, 'Label'),
          labelInput,
        ),
        h(
          'span',
          { class: 'attr-field' },
          recommended,
          h('label', { attrs: { for: 'attr-recommended' } }, 'Recommended option'),
        ),
      );
    }
    if (type === 'opinion' || type === 'statement') {
      fields.push(
        select('attr-officer', 'Officer', String(node.attrs['officer']), officers, 'officer'),
      );
    }
    if (type === 'statement') {
      fields.push(
        select(
          'attr-statement-kind',
          'Statement on',
          String(node.attrs['kind']),
          STATEMENT_KINDS.map((k) => [k, STATEMENT_LABELS[k]] as [string, string]),
          'kind',
        ),
      );
    }
    if (type === 'consultation') {
      const source = h('input', {
        attrs: {
          id: 'attr-source',
          type: 'text',
          value: String(node.attrs['source'] ?? ''),
          placeholder: 'Who said it',
        },
        on: { change: () => set({ source: source.value }) },
      });
      fields.push(
        h(
          'span',
          { class: 'attr-field' },
          h('label', { attrs: { for: 'attr-source' } }, 'Source'),
          source,
        ),
      );
    }
    this.attributes.replaceChildren(...fields);
  }
}
