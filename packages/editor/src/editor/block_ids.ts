/**
 * Gives every block a unique id. Ids are how two versions of a report are aligned, so they must
 * survive edits and never repeat. After each transaction that can bring in blocks (pasting,
 * splitting, wrapping, inserting), this plugin looks at the blocks the transaction touched: a
 * touched block without an id gets a fresh one; a touched block whose id another block also
 * carries keeps it only if it came first among the touched blocks and no untouched block has it.
 * So a split keeps the id on the first half and numbers the second, and a pasted copy of a block
 * gets a new id while the original keeps its own. Typing inside a paragraph touches no ids and
 * costs nothing.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import {
  AttrStep,
  ReplaceAroundStep,
  ReplaceStep,
  Transform,
  type Step,
} from 'prosemirror-transform';

/** The plugin's key. */
export const blockIdsKey = new PluginKey('probity-block-ids');

/** Makes a fresh id that `taken` does not hold. */
export type IdMaker = (taken: ReadonlySet<string>) => string;

/** Random ids like `b-k3f9x2q1`. */
export const randomId: IdMaker = (taken) => {
  for (;;) {
    const bytes = crypto.getRandomValues(new Uint8Array(6));
    const id = `b-${Array.from(bytes, (b) => (b % 36).toString(36)).join('')}`;
    if (!taken.has(id)) return id;
  }
};

/** The plugin; `makeId` is for tests. */
export function blockIds(makeId: IdMaker = randomId): Plugin {
  return new Plugin({
    key: blockIdsKey,
    appendTransaction(transactions, _oldState, newState) {
      const ranges = touchedRanges(transactions);
      if (ranges.length === 0) return null;
      const tr = newState.tr;
      if (!fixIds(newState.doc, ranges, tr, makeId)) return null;
      return tr.setMeta('addToHistory', false).setMeta(blockIdsKey, true);
    },
  });
}

/**
 * Fills in missing and repeated ids of a whole document (a body imported or built without ids).
 * Returns `doc` itself when every id is set and unique.
 */
export function withBlockIds(doc: Node, makeId: IdMaker = randomId): Node {
  const transform = new Transform(doc);
  planIds(doc, [[0, doc.content.size]], makeId, (pos, id) => {
    transform.setNodeAttribute(pos, 'id', id);
  });
  return transform.docChanged ? transform.doc : doc;
}

function fixIds(doc: Node, ranges: readonly [number, number][], tr: Transaction, makeId: IdMaker) {
  let changed = false;
  planIds(doc, ranges, makeId, (pos, id) => {
    tr.setNodeAttribute(pos, 'id', id);
    changed = true;
  });
  return changed;
}

/** Decides which blocks need a new id; calls `assign(pos, id)` for each. */
function planIds(
  doc: Node,
  ranges: readonly (readonly [number, number])[],
  makeId: IdMaker,
  assign: (pos: number, id: string) => void,
): void {
  const touched = new Map<number, Node>();
  for (const [from, to] of ranges) {
    doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
      if (!hasId(node)) return false;
      touched.set(pos, node);
      return !node.isTextblock;
    });
  }
  // Ids of every block outside the touched ones.
  const taken = new Set<string>();
  doc.descendants((node, pos) => {
    if (!hasId(node)) return false;
    const id = node.attrs['id'] as unknown;
    if (!touched.has(pos) && typeof id === 'string' && id) taken.add(id);
    return !node.isTextblock;
  });
  for (const pos of [...touched.keys()].sort((x, y) => x - y)) {
    const id = touched.get(pos)?.attrs['id'] as unknown;
    if (typeof id === 'string' && id && !taken.has(id)) {
      taken.add(id);
      continue;
    }
    const fresh = makeId(taken);
    taken.add(fresh);
    assign(pos, fresh);
  }
}

function hasId(node: Node): boolean {
  return !node.isInline && node.type.spec.attrs !== undefined && 'id' in node.type.spec.attrs;
}

/** Ranges, in the final document, of the steps that can have brought in blocks. */
function touchedRanges(transactions: readonly Transaction[]): [number, number][] {
  const all = transactions.flatMap((tr) => tr.steps.map((step) => ({ step, map: step.getMap() })));
  const ranges: [number, number][] = [];
  all.forEach(({ step, map }, index) => {
    if (!bringsBlocks(step)) return;
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      for (const later of all.slice(index + 1)) {
        from = later.map.map(from, -1);
        to = later.map.map(to, 1);
      }
      ranges.push([from, to]);
    });
  });
  return ranges;
}

/** True for a step that can bring in a block without a unique id. */
function bringsBlocks(step: Step): boolean {
  if (step instanceof ReplaceAroundStep) return true;
  if (step instanceof AttrStep) return step.attr === 'id';
  if (!(step instanceof ReplaceStep)) return false;
  let blocks = false;
  // A split, or a paste of whole blocks, carries block nodes; typing carries only text.
  step.slice.content.forEach((node) => {
    if (!node.isInline) blocks = true;
  });
  return blocks;
}
