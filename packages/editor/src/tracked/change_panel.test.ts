import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { builders } from '@probity/rules';
import type { Classification, Finding } from './classification.js';
import { ChangePanel } from './change_panel.js';
import { trackChanges } from './track_changes.js';

const { doc, section, p, option } = builders;

// jsdom lays nothing out, so it has no scrollIntoView; the panel only needs it to exist.
Element.prototype.scrollIntoView ??= function scrollIntoView() {};

const base = doc(
  section(
    'options',
    option({ id: 'o1', label: 'Option 1' }, p({ id: 'o1p' }, 'Keep all branches.')),
  ),
  section('background', p({ id: 'b1' }, 'Seven branches.'), p({ id: 'b2' }, 'Usage fell.')),
);
const proposed = doc(
  section(
    'options',
    option({ id: 'o1', label: 'Option 1' }, p({ id: 'o1p' }, 'Keep all branches.')),
  ),
  section('background', p({ id: 'b1' }, 'Eight branches.')),
);

const finding = (
  id: string,
  verdict: Finding['verdict'],
  blockId: string,
  kind: Finding['change']['kind'],
): Finding => ({
  id,
  verdict,
  clause: verdict === 'forbidden' ? '7.6(1)' : '7.5(3)',
  rule: 'rule',
  reason: `Reason for ${id} <script>alert(1)</script>`,
  change: {
    kind,
    blockId,
    nodeType: 'paragraph',
    section: 'background',
    before: 'Seven branches.',
    after: 'Eight branches.',
  },
});

const classification: Classification = {
  verdict: 'forbidden',
  rulebook: 'north-east-derbyshire',
  findings: [
    finding('f1', 'permitted', 'b1', 'modify'),
    finding('f2', 'forbidden', 'b2', 'delete'),
  ],
};

function setUp(actions?: (f: Finding) => HTMLElement | null) {
  document.body.replaceChildren();
  const mount = document.createElement('div');
  document.body.append(mount);
  const view = new EditorView(mount, {
    state: EditorState.create({ doc: proposed, plugins: [trackChanges({ base, classification })] }),
  });
  const panel = new ChangePanel({ view, title: 'Changes', ...(actions ? { actions } : {}) });
  document.body.append(panel.element);
  return { view, panel };
}

describe('ChangePanel', () => {
  it('lists every finding in order with its verdict in words, clause and reason as text', () => {
    const { panel, view } = setUp();
    const items = Array.from(panel.element.querySelectorAll('.finding'));
    expect(items.map((i) => i.getAttribute('data-finding-id'))).toEqual(['f1', 'f2']);
    expect(items[1]!.textContent).toContain('Not allowed');
    expect(items[1]!.textContent).toContain('Clause 7.6(1)');
    expect(panel.element.querySelector('script')).toBeNull();
    expect(panel.element.querySelector('.summary-counts')?.textContent).toBe(
      '2 changes: 1 not allowed, 1 permitted',
    );
    view.destroy();
  });

  it('selects the finding whose badge is clicked in the editor', () => {
    const { panel, view } = setUp();
    const badge = view.dom.querySelector<HTMLButtonElement>('button.verdict-forbidden');
    expect(badge).not.toBeNull();
    badge!.click();
    expect(panel.element.querySelector('.finding-selected')?.getAttribute('data-finding-id')).toBe(
      'f2',
    );
    expect(document.activeElement?.getAttribute('data-finding-id')).toBe('f2');
    view.destroy();
  });

  it('keeps the items of unchanged findings when it redraws, and rebuilds them when forced', () => {
    let calls = 0;
    const { panel, view } = setUp(() => {
      calls++;
      return null;
    });
    const first = panel.element.querySelector('[data-finding-id=f1]');
    panel.update(true);
    expect(panel.element.querySelector('[data-finding-id=f1]')).toBe(first);
    expect(calls).toBe(2);
    panel.update(true, true);
    expect(panel.element.querySelector('[data-finding-id=f1]')).not.toBe(first);
    expect(calls).toBe(4);
    view.destroy();
  });
});
