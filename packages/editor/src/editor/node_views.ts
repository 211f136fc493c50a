/**
 * Node views that mark each protected block and each section with what it is, in a label the
 * caret cannot enter: "Officer opinion · Monitoring Officer", "Statutory statement · Legality ·
 * Monitoring Officer", "Consultation response · from Parish council", "Option · Option 2 ·
 * recommended". The label is text (never markup), so a hostile source name renders inert.
 */
import type { Node } from 'prosemirror-model';
import type { NodeView, ViewMutationRecord } from 'prosemirror-view';
import { h } from '../app/dom.js';
import {
  labelOf,
  OFFICER_LABELS,
  PROTECTED_LABELS,
  SECTION_LABELS,
  STATEMENT_LABELS,
} from './labels.js';

/** The label text of a protected block or section. */
export function blockLabel(node: Node): string {
  const attrs = node.attrs;
  switch (node.type.name) {
    case 'section':
      return `Section · ${labelOf(SECTION_LABELS, attrs['kind'])}`;
    case 'option': {
      const parts: string[] = [PROTECTED_LABELS.option];
      if (attrs['label']) parts.push(String(attrs['label']));
      if (attrs['recommended'] === true) parts.push('recommended');
      return parts.join(' · ');
    }
    case 'recommendation':
      return PROTECTED_LABELS.recommendation;
    case 'opinion':
      return `${PROTECTED_LABELS.opinion} · ${labelOf(OFFICER_LABELS, attrs['officer'])}`;
    case 'statement':
      return `${PROTECTED_LABELS.statement} · ${labelOf(STATEMENT_LABELS, attrs['kind'])} · ${labelOf(OFFICER_LABELS, attrs['officer'])}`;
    case 'consultation':
      return attrs['source']
        ? `${PROTECTED_LABELS.consultation} · from ${String(attrs['source'])}`
        : PROTECTED_LABELS.consultation;
    default:
      return node.type.name;
  }
}

class LabelledView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly label: HTMLElement;

  constructor(private node: Node) {
    const isSection = node.type.name === 'section';
    this.label = h(
      'div',
      {
        class: isSection ? 'pm-section-label' : 'pm-protected-label',
        attrs: { contenteditable: 'false', 'aria-hidden': 'true' },
      },
      blockLabel(node),
    );
    this.contentDOM = h('div', { class: isSection ? 'pm-section-body' : 'pm-protected-body' });
    this.dom = h(
      isSection ? 'section' : 'div',
      {
        class: isSection ? 'pm-section' : `pm-protected pm-protected-${node.type.name}`,
        attrs: { 'aria-label': blockLabel(node) },
        dataset: dataOf(node),
      },
      this.label,
      this.contentDOM,
    );
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    const text = blockLabel(node);
    if (this.label.textContent !== text) {
      this.label.textContent = text;
      this.dom.setAttribute('aria-label', text);
    }
    Object.assign(this.dom.dataset, dataOf(node));
    return true;
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  stopEvent(event: Event): boolean {
    return this.label.contains(event.target as globalThis.Node);
  }
}

function dataOf(node: Node): Record<string, string> {
  const data: Record<string, string> = {};
  if (node.type.name === 'section') data['kind'] = String(node.attrs['kind']);
  else data['protected'] = node.type.name;
  if (node.type.name === 'option') data['recommended'] = String(node.attrs['recommended']);
  return data;
}

/** The node views for `EditorView`'s `nodeViews` prop. */
export const nodeViews = Object.fromEntries(
  ['section', 'option', 'recommendation', 'opinion', 'statement', 'consultation'].map((name) => [
    name,
    (node: Node) => new LabelledView(node),
  ]),
);
