import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';

/**
 * Makes the editor's document `next` by replacing only the range where they differ, so undo,
 * the selection elsewhere and the cached work of untouched blocks all survive. Returns false
 * when they are already equal.
 */
export function replaceDoc(view: EditorView, next: Node): boolean {
  const current = view.state.doc;
  const start = current.content.findDiffStart(next.content);
  if (start === null) return false;
  const end = current.content.findDiffEnd(next.content);
  let endCurrent = end?.a ?? current.content.size;
  let endNext = end?.b ?? next.content.size;
  // The two ends can overlap when the change repeats text around it; widen both alike.
  const overlap = start - Math.min(endCurrent, endNext);
  if (overlap > 0) {
    endCurrent += overlap;
    endNext += overlap;
  }
  view.dispatch(view.state.tr.replace(start, endCurrent, next.slice(start, endNext)));
  return true;
}
