import { describe, expect, it } from 'vitest';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { builders } from '@probity/rules';
import type { Classification, Finding } from './classification.js';
import { trackChanges, trackedResult, setTrackedBase } from './track_changes.js';

const { doc, section, p, option, opinion } = builders;

const base = doc(
  section(
    'options',
    option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open.'),
    option({ id: 'o2', label: 'Option 2' }, 'Close two branches.'),
  ),
  section(
    'background',
    p({ id: 'b1' }, 'The library service has seven branches.'),
    p({ id: 'b2' }, 'Usage has fallen.'),
  ),
  section('legal', opinion({ id: 'op1' }, 'The proposal is lawful.')),
);

function finding(
  id: string,
  verdict: Finding['verdict'],
  blockId: string,
  kind: Finding['change']['kind'] = 'modify',
): Finding {
  return {
    id,
    verdict,
    clause: verdict === 'forbidden' ? '7.6(1)' : '7.5(2)',
    rule: 'test-rule',
    reason: `<img src=x onerror="alert(1)"> reason for ${id}`,
    change: { kind, blockId, nodeType: 'paragraph', section: 'background' },
  };
}

function classification(...findings: Finding[]): Classification {
  return { verdict: 'permitted', rulebook: 'north-east-derbyshire', findings };
}

function stateOf(proposed: Node, fixed?: Classification) {
  return EditorState.create({
    doc: proposed,
    plugins: [trackChanges({ base, ...(fixed ? { classification: fixed } : {}) })],
  });
}

function classesOf(state: EditorState): string[] {
  const result = trackedResult(state)!;
  return result.decorations.find().map((d) => {
    const spec = (d as unknown as { type: { attrs?: { class?: string } } }).type;
    return spec.attrs?.class ?? 'widget';
  });
}

describe('trackChanges', () => {
  it('draws nothing when the proposal equals the base', () => {
    const state = stateOf(base);
    expect(trackedResult(state)!.decorations.find()).toHaveLength(0);
  });

  it('underlines inserted words and keeps deleted words as a widget in place', () => {
    const proposed = doc(
      section(
        'options',
        option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open.'),
        option({ id: 'o2', label: 'Option 2' }, 'Close two branches.'),
      ),
      section(
        'background',
        p({ id: 'b1' }, 'The library service has eight branches.'),
        p({ id: 'b2' }, 'Usage has fallen.'),
      ),
      section('legal', opinion({ id: 'op1' }, 'The proposal is lawful.')),
    );
    const state = stateOf(proposed);
    const decorations = trackedResult(state)!.decorations.find();
    const inline = decorations.filter((d) => d.from !== d.to);
    expect(inline).toHaveLength(1);
    expect(state.doc.textBetween(inline[0]!.from, inline[0]!.to)).toBe('eight');
    const widgets = decorations.filter((d) => d.from === d.to);
    expect(widgets).toHaveLength(1);
    expect(widgets[0]!.from).toBe(inline[0]!.from);
  });

  it('marks an inserted block, draws a deleted block where it was, and marks a moved one', () => {
    const proposed = doc(
      section(
        'options',
        option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open.'),
        option({ id: 'o3', label: 'Option 3' }, 'A new option.'),
      ),
      section(
        'background',
        p({ id: 'b2' }, 'Usage has fallen.'),
        p({ id: 'b1' }, 'The library service has seven branches.'),
      ),
      section('legal', opinion({ id: 'op1' }, 'The proposal is lawful.')),
    );
    const state = stateOf(
      proposed,
      classification(
        finding('f1', 'forbidden', 'o2', 'delete'),
        finding('f2', 'permitted', 'o3', 'insert'),
      ),
    );
    const classes = classesOf(state);
    expect(classes).toContain('pm-block-inserted');
    expect(classes.filter((c) => c === 'pm-block-moved')).toHaveLength(1);
    const result = trackedResult(state)!;
    expect(result.locations.get('f1')).toEqual({
      pos: state.doc.child(0).child(1).nodeSize + 1 + state.doc.child(0).child(0).nodeSize,
      deleted: true,
    });
    expect(result.locations.get('f2')?.deleted).toBe(false);
  });

  it('renders badges and reasons as text, so hostile reasons stay inert', () => {
    const proposed = doc(
      section('options', option({ id: 'o1', label: 'Option 1' }, 'Keep all branches open.')),
      section(
        'background',
        p({ id: 'b1' }, 'The library service has seven branches.'),
        p({ id: 'b2' }, 'Usage has fallen.'),
      ),
      section('legal', opinion({ id: 'op1' }, 'The proposal is lawful.')),
    );
    const mount = document.createElement('div');
    document.body.appendChild(mount);
    const view = new EditorView(mount, {
      state: stateOf(proposed, classification(finding('f1', 'forbidden', 'o2', 'delete'))),
    });
    const deleted = mount.querySelector('.pm-block-deleted');
    expect(deleted?.textContent).toContain('Close two branches.');
    expect(deleted?.classList.contains('pm-verdict-forbidden')).toBe(true);
    const badge = mount.querySelector('button.verdict-forbidden');
    expect(badge?.textContent).toContain('Not allowed');
    expect(mount.querySelector('img')).toBeNull();
    expect(mount.querySelector('[role=tooltip]')?.textContent).toContain('<img src=x');
    view.destroy();
  });

  it('classifies live on each change, and only for the state that is drawn', () => {
    let calls = 0;
    const state = EditorState.create({
      doc: base,
      plugins: [
        trackChanges({
          base,
          classify: (_b, proposed) => {
            calls++;
            return classification(...(proposed.eq(base) ? [] : [finding('live', 'review', 'b2')]));
          },
        }),
      ],
    });
    expect(trackedResult(state)!.classification!.findings).toHaveLength(0);
    const b2 = state.doc.child(1).child(2);
    let at = 0;
    state.doc.descendants((n, pos) => {
      if (n === b2) at = pos + 1;
    });
    const first = state.apply(state.tr.insertText('Recent ', at));
    const second = first.apply(first.tr.insertText('x', at));
    expect(calls).toBe(1);
    expect(trackedResult(second)!.classification!.findings.map((f) => f.id)).toEqual(['live']);
    expect(trackedResult(second)).toBe(trackedResult(second));
    expect(calls).toBe(2);
  });

  it('reports a classifier failure instead of throwing', () => {
    const state = EditorState.create({
      doc: base,
      plugins: [
        trackChanges({
          base,
          classify: () => {
            throw new Error('section[1]: bad');
          },
        }),
      ],
    });
    expect(trackedResult(state)!.error).toBe('section[1]: bad');
  });

  it('takes a new base after a save', () => {
    const proposed = doc(section('purpose', p({ id: 'x1' }, 'Only this.')));
    const state = stateOf(proposed);
    expect(trackedResult(state)!.decorations.find().length).toBeGreaterThan(0);
    const saved = state.apply(setTrackedBase(state.tr, { base: proposed }));
    expect(trackedResult(saved)!.decorations.find()).toHaveLength(0);
  });
});
