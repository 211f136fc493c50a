/* global window, document, performance, requestAnimationFrame */
/**
 * The page the keystroke benchmark drives in Chromium: the member's suggesting editor (tracked
 * changes, live classification, the side panel) over a generated report. It records, for every
 * key pressed, the time from the keydown event to the end of the editor's update (the document
 * changed, the proposal classified, the decorations and DOM updated) and to the next frame
 * painted after it (the panel redrawn too).
 */
import '../src/styles.css';
import { TextSelection } from 'prosemirror-state';
import { createEditor } from '../src/editor/create_editor.js';
import { ChangePanel } from '../src/tracked/change_panel.js';
import { loadDictionary, previewClassifier } from '../src/tracked/preview.js';
import { trackChanges, trackedResult } from '../src/tracked/track_changes.js';
import { generateReports } from './generate_report.js';

interface Samples {
  update: number[];
  paint: number[];
  classify: number[];
}

declare global {
  interface Window {
    probityBench: {
      setup(
        words: number,
      ): Promise<{ words: number; blocks: number; changedBlocks: number; findings: number }>;
      samples(): Samples;
      reset(): void;
    };
  }
}

let samples: Samples = { update: [], paint: [], classify: [] };
let keyAt = 0;
window.addEventListener('keydown', () => (keyAt = performance.now()), true);

window.probityBench = {
  async setup(words) {
    await loadDictionary();
    const reports = generateReports(words);
    const mount = document.getElementById('editor') as HTMLElement;
    const side = document.getElementById('panel') as HTMLElement;
    mount.replaceChildren();
    side.replaceChildren();
    let panel: ChangePanel | null = null;
    const classify = previewClassifier({ rulebook: 'north-east-derbyshire', statutory: false });
    // The classifier's own share of each update.
    const timed: typeof classify = (base, proposed) => {
      const start = performance.now();
      const result = classify(base, proposed);
      samples.classify.push(performance.now() - start);
      return result;
    };
    const view = createEditor(mount, {
      doc: reports.proposed,
      label: 'Benchmark report',
      plugins: [
        trackChanges({
          base: reports.base,
          classify: timed,
        }),
      ],
      onChange: (editor, tr) => {
        if (!tr.docChanged || !keyAt) return;
        trackedResult(editor.state);
        const start = keyAt;
        samples.update.push(performance.now() - start);
        panel?.update();
        requestAnimationFrame(() =>
          window.setTimeout(() => samples.paint.push(performance.now() - start), 0),
        );
      },
    });
    panel = new ChangePanel({ view, title: 'Changes' });
    side.append(panel.element);
    // The caret goes at the end of the changed opinion's paragraph.
    let at = 0;
    view.state.doc.descendants((node, pos) => {
      if (node.attrs['id'] === reports.typingBlockId) at = pos + node.nodeSize - 2;
      return at === 0;
    });
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
    view.focus();
    const findings = trackedResult(view.state)?.classification?.findings.length ?? 0;
    samples = { update: [], paint: [], classify: [] };
    return {
      words: reports.words,
      blocks: reports.blocks,
      changedBlocks: reports.changedBlocks,
      findings,
    };
  },
  samples: () => samples,
  reset: () => {
    samples = { update: [], paint: [], classify: [] };
  },
};
