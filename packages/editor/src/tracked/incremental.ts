/**
 * Re-classifying only the block a keystroke touched. Typing changes one block; the findings of
 * every other block stay what they were. So when a transaction leaves the document's structure
 * alone (the same sections with the same kinds, the same blocks in the same order) and changes
 * one block whose findings cannot depend on other blocks, the block is classified on its own,
 * against the full base for context (`classify(base, base-with-only-this-block-changed)`), and
 * its findings replace its old ones in place. Anything else (a structural edit, a block another
 * block's verdict depends on: options, recommendations, statements) gets a full classification.
 *
 * The test beside this file checks, over many edits, that the result equals a full
 * classification's.
 */
import { Fragment, Slice, type Node } from 'prosemirror-model';
import { idOf, sameAttrs } from './block_identity.js';
import type { Classification, Finding } from './classification.js';
import { mostSevere } from '@probity/rules';

/** Blocks whose findings read other blocks (option numbers, legality statements, flags). */
const CONTEXTUAL = new Set(['option', 'recommendation', 'statement']);

/** The classification of `doc`, re-using `previous` (of `previousDoc`) when safe; else null. */
export function classifyIncrementally(
  base: Node,
  previousDoc: Node,
  previous: Classification,
  doc: Node,
  classify: (base: Node, proposed: Node) => Classification,
): Classification | null {
  const touched = singleTouchedUnit(previousDoc, doc);
  if (!touched) return null;
  const { unit, before, sectionKind } = touched;
  if (CONTEXTUAL.has(unit.type.name) || unit.type !== before.type) return null;
  const id = idOf(unit);
  if (id === null || !sameAttrs(unit, before)) return null;
  const located = locate(base, id);
  if (!located || located.node.type !== unit.type || located.sectionKind !== sectionKind)
    return null;
  if (!sameAttrs(located.node, unit)) return null;
  const ids = idsWithin(unit, before, located.node);
  const old = previous.findings.filter((f) => ids.has(f.change.blockId));
  // Without old findings there is no place to put new ones in document order: classify fully.
  if (old.length === 0) return null;
  const alone = base.replace(
    located.pos,
    located.pos + located.node.nodeSize,
    new Slice(Fragment.from(unit), 0, 0),
  );
  const fresh = classify(base, alone);
  if (fresh.rulebook !== previous.rulebook) return null;
  if (!fresh.findings.every((f) => ids.has(f.change.blockId))) return null;
  const findings: Finding[] = [];
  let placed = false;
  for (const finding of previous.findings) {
    if (!ids.has(finding.change.blockId)) findings.push(finding);
    else if (!placed) {
      findings.push(...fresh.findings);
      placed = true;
    }
  }
  return {
    verdict: mostSevere(findings.map((f) => f.verdict)),
    rulebook: previous.rulebook,
    findings,
  };
}

interface Touched {
  readonly unit: Node;
  readonly before: Node;
  readonly sectionKind: unknown;
}

/** The one unit that differs between two documents of the same structure, or null. */
function singleTouchedUnit(previous: Node, doc: Node): Touched | null {
  if (previous.childCount !== doc.childCount) return null;
  let touched: Touched | null = null;
  for (let s = 0; s < doc.childCount; s++) {
    const section = doc.child(s);
    const before = previous.child(s);
    if (section === before) continue;
    if (section.type !== before.type || !sameAllAttrs(section, before)) return null;
    if (section.childCount !== before.childCount) return null;
    for (let u = 0; u < section.childCount; u++) {
      const unit = section.child(u);
      const old = before.child(u);
      if (unit === old) continue;
      if (touched || idOf(unit) !== idOf(old)) return null;
      touched = { unit, before: old, sectionKind: section.attrs['kind'] };
    }
  }
  return touched;
}

function locate(base: Node, id: string): { node: Node; pos: number; sectionKind: unknown } | null {
  let found: { node: Node; pos: number; sectionKind: unknown } | null = null;
  base.forEach((section, sectionOffset) => {
    if (found) return;
    section.forEach((unit, unitOffset) => {
      if (!found && idOf(unit) === id) {
        found = {
          node: unit,
          pos: sectionOffset + 1 + unitOffset,
          sectionKind: section.attrs['kind'],
        };
      }
    });
  });
  return found;
}

function idsWithin(...nodes: Node[]): Set<string> {
  const ids = new Set<string>();
  for (const node of nodes) {
    const own = idOf(node);
    if (own !== null) ids.add(own);
    node.descendants((child) => {
      const id = idOf(child);
      if (id !== null) ids.add(id);
      return !child.isTextblock;
    });
  }
  return ids;
}

function sameAllAttrs(base: Node, proposed: Node): boolean {
  return JSON.stringify(base.attrs) === JSON.stringify(proposed.attrs);
}
