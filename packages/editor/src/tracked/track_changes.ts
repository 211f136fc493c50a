/**
 * Tracked changes. The document being edited is the proposal; the base it is compared with lives
 * in this plugin's state. Changes are drawn as decorations, never as marks, so the document stays
 * exactly what the member proposes: inserted text underlined, deleted text as struck-through
 * widgets in place, inserted blocks marked, deleted blocks as struck-through widget blocks where
 * they were, moved blocks marked, and each finding of the classification as a verdict badge above
 * its block.
 *
 * How it stays fast on long reports: the unit of work is a section's child block ("unit").
 * Transactions replace only the nodes they touch, so every other unit keeps its identity, and the
 * text diff of a unit is cached against that identity (a WeakMap from proposed node to its drawn
 * changes). Each update walks the unit list (cheap: no text), re-diffs only units whose node
 * changed, finds moved units with a longest increasing subsequence over base order, and asks the
 * classifier once. Nothing is computed for intermediate states: the result is worked out lazily
 * for the state the view draws and memoised on its document.
 */
import { DOMSerializer, type Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { diffWords, mostSevere, schema, toPlainText } from '@probity/rules';
import { h } from '../app/dom.js';
import { idOf, sameAttrs } from './block_identity.js';
import type { Classification, Finding } from './classification.js';
import { classifyIncrementally } from './incremental.js';
import { TextPositions } from './text_positions.js';
import { verdictBadge } from './verdict_badge.js';

/** Classifies a proposal against its base (the rules library's `classify`, bound to options). */
export type Classifier = (base: Node, proposed: Node) => Classification;

export interface TrackChangesOptions {
  /** The version the proposal is compared with. */
  readonly base: Node;
  /** Classifies live on every change (the member's preview). */
  readonly classify?: Classifier;
  /** A fixed classification (the server's, when reviewing). Used when `classify` is absent. */
  readonly classification?: Classification;
}

interface TrackState {
  readonly base: Node;
  readonly baseUnits: ReadonlyMap<string, BaseUnit>;
  readonly baseOrder: readonly BaseUnit[];
  readonly classify: Classifier | null;
  readonly fixed: Classification | null;
}

interface BaseUnit {
  readonly id: string;
  readonly node: Node;
  readonly sectionId: string;
  readonly order: number;
}

/** A unit of the proposal as drawn now. */
export interface TrackedUnit {
  readonly id: string;
  readonly pos: number;
  readonly node: Node;
  readonly status: 'same' | 'inserted' | 'modified' | 'retagged';
  readonly moved: boolean;
}

/** Where a finding is drawn: a unit of the proposal, or a deleted block's place. */
export interface FindingLocation {
  readonly pos: number;
  readonly deleted: boolean;
}

/** Everything the plugin works out for one document. */
export interface TrackedResult {
  readonly classification: Classification | null;
  /** Why the classifier failed, when it did (the drawn changes are still shown). */
  readonly error: string | null;
  readonly decorations: DecorationSet;
  readonly locations: ReadonlyMap<string, FindingLocation>;
}

interface Meta {
  readonly base?: Node;
  readonly classification?: Classification | null;
}

/** The plugin's key, for {@link trackedResult} and {@link setTrackedBase}. */
export const trackChangesKey = new PluginKey<TrackState>('probity-track-changes');

/** The tracked-changes plugin; see the file comment. */
export function trackChanges(options: TrackChangesOptions): Plugin<TrackState> {
  return new Plugin<TrackState>({
    key: trackChangesKey,
    state: {
      init: () => stateOf(options.base, options.classify ?? null, options.classification ?? null),
      apply(tr, value) {
        const meta = tr.getMeta(trackChangesKey) as Meta | undefined;
        if (!meta) return value;
        return stateOf(
          meta.base ?? value.base,
          value.classify,
          meta.classification === undefined ? value.fixed : meta.classification,
        );
      },
    },
    props: {
      decorations: (state) => trackedResult(state)?.decorations ?? DecorationSet.empty,
    },
  });
}

/** Replaces the base (after a save) or the fixed classification (after the server answers). */
export function setTrackedBase(
  tr: Transaction,
  change: { base?: Node; classification?: Classification | null },
): Transaction {
  return tr.setMeta(trackChangesKey, change satisfies Meta);
}

/** The base the document is compared with. */
export function trackedBase(state: EditorState): Node | undefined {
  return trackChangesKey.getState(state)?.base;
}

const memo = new WeakMap<TrackState, { doc: Node; result: TrackedResult }>();

/** The changes, classification and decorations of `state` (memoised per document). */
export function trackedResult(state: EditorState): TrackedResult | undefined {
  const track = trackChangesKey.getState(state);
  if (!track) return undefined;
  const cached = memo.get(track);
  if (cached && cached.doc === state.doc) return cached.result;
  const result = compute(track, state.doc, cached);
  memo.set(track, { doc: state.doc, result });
  return result;
}

function stateOf(base: Node, classify: Classifier | null, fixed: Classification | null) {
  const baseUnits = new Map<string, BaseUnit>();
  const baseOrder: BaseUnit[] = [];
  eachUnit(base, (node, _pos, sectionId) => {
    const id = idOf(node);
    if (id === null || baseUnits.has(id)) return;
    const unit = { id, node, sectionId, order: baseOrder.length };
    baseUnits.set(id, unit);
    baseOrder.push(unit);
  });
  return { base, baseUnits, baseOrder, classify, fixed } satisfies TrackState;
}

function compute(
  track: TrackState,
  doc: Node,
  previous?: { readonly doc: Node; readonly result: TrackedResult },
): TrackedResult {
  let classification = track.fixed;
  let error: string | null = null;
  if (track.classify) {
    try {
      const last = previous?.result.classification;
      classification =
        (last && previous
          ? classifyIncrementally(track.base, previous.doc, last, doc, track.classify)
          : null) ?? track.classify(track.base, doc);
    } catch (caught) {
      classification = null;
      error = caught instanceof Error ? caught.message : String(caught);
    }
  }
  const units = unitsOf(track, doc);
  const decorations: Decoration[] = [];
  const unitById = new Map<string, TrackedUnit>();
  for (const unit of units) {
    unitById.set(unit.id, unit);
    drawUnit(track, unit, decorations);
  }
  const deleted = deletedAnchors(track, units, unitById);
  const locations = new Map<string, FindingLocation>();
  const byUnit = new Map<string, Finding[]>();
  const byDeleted = new Map<string, Finding[]>();
  let nested: Map<string, string> | null = null;
  for (const finding of classification?.findings ?? []) {
    let unitId: string | undefined = finding.change.blockId;
    if (!unitById.has(unitId) && !deleted.has(unitId)) {
      nested ??= nestedIds(units, track);
      unitId = nested.get(unitId);
    }
    if (unitId === undefined) continue;
    const unit = unitById.get(unitId);
    const anchor = deleted.get(unitId);
    if (unit) {
      push(byUnit, unit.id, finding);
      locations.set(finding.id, { pos: unit.pos, deleted: false });
    } else if (anchor) {
      push(byDeleted, unitId, finding);
      locations.set(finding.id, { pos: anchor.pos, deleted: true });
    }
  }
  for (const [unitId, unitFindings] of byUnit) {
    const unit = unitById.get(unitId);
    if (!unit) continue;
    const verdict = mostSevere(unitFindings.map((f) => f.verdict));
    decorations.push(
      Decoration.node(unit.pos, unit.pos + unit.node.nodeSize, {
        class: `pm-verdict pm-verdict-${verdict}`,
      }),
      Decoration.widget(unit.pos, () => badgeRow(unitFindings), {
        side: -1,
        key: `badges-${unitId}-${unitFindings.map((f) => f.id).join(',')}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  }
  for (const [id, anchor] of deleted) {
    const findings = byDeleted.get(id) ?? [];
    decorations.push(
      Decoration.widget(anchor.pos, () => deletedBlock(id, anchor.node, findings), {
        side: anchor.side,
        key: `deleted-${id}-${findings.map((f) => f.id).join(',')}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  }
  return {
    classification,
    error,
    decorations: DecorationSet.create(doc, decorations),
    locations,
  };
}

function unitsOf(track: TrackState, doc: Node): TrackedUnit[] {
  const found: { id: string; pos: number; node: Node; sectionId: string }[] = [];
  const seen = new Set<string>();
  eachUnit(doc, (node, pos, sectionId) => {
    const id = idOf(node);
    if (id === null || seen.has(id)) return;
    seen.add(id);
    found.push({ id, pos, node, sectionId });
  });
  const moved = movedIds(found, track.baseUnits);
  return found.map(({ id, pos, node, sectionId }) => {
    const base = track.baseUnits.get(id);
    const status = statusOf(base?.node, node);
    return {
      id,
      pos,
      node,
      status,
      moved: moved.has(id) || (!!base && base.sectionId !== sectionId),
    };
  });
}

// A unit's status against its base, cached on the proposed node: untouched units keep their node
// across transactions, so each is compared with its base once, not on every keystroke.
const statuses = new WeakMap<
  Node,
  { readonly base: Node | undefined; readonly status: TrackedUnit['status'] }
>();

function statusOf(base: Node | undefined, node: Node): TrackedUnit['status'] {
  const cached = statuses.get(node);
  if (cached && cached.base === base) return cached.status;
  const status: TrackedUnit['status'] = !base
    ? 'inserted'
    : base === node || base.eq(node)
      ? 'same'
      : base.type !== node.type || !sameAttrs(base, node)
        ? 'retagged'
        : 'modified';
  statuses.set(node, { base, status });
  return status;
}

interface UnitDrawing {
  readonly base: Node;
  readonly marks: readonly (
    | { readonly type: 'inline'; readonly from: number; readonly to: number }
    | { readonly type: 'deleted'; readonly at: number; readonly text: string }
  )[];
}

// Text diffs of changed units, relative to the unit's start, cached on the proposed node.
const drawings = new WeakMap<Node, UnitDrawing>();

function drawUnit(track: TrackState, unit: TrackedUnit, out: Decoration[]): void {
  const { pos, node } = unit;
  const end = pos + node.nodeSize;
  if (unit.status === 'inserted') {
    out.push(Decoration.node(pos, end, { class: 'pm-block-inserted', 'data-change': 'Added' }));
    return;
  }
  if (unit.moved) {
    out.push(Decoration.node(pos, end, { class: 'pm-block-moved', 'data-change': 'Moved' }));
  }
  if (unit.status === 'same') return;
  if (unit.status === 'retagged') {
    out.push(Decoration.node(pos, end, { class: 'pm-block-retagged', 'data-change': 'Re-tagged' }));
  }
  const base = track.baseUnits.get(unit.id)?.node;
  if (!base) return;
  let drawing = drawings.get(node);
  if (!drawing || drawing.base !== base) {
    drawing = drawText(base, node);
    drawings.set(node, drawing);
  }
  for (const mark of drawing.marks) {
    if (mark.type === 'inline') {
      out.push(Decoration.inline(pos + mark.from, pos + mark.to, { class: 'pm-ins' }));
    } else {
      const text = mark.text;
      out.push(
        Decoration.widget(pos + mark.at, () => h('del', { class: 'pm-del' }, text), {
          side: -1,
          marks: [],
          key: `del-${unit.id}-${mark.at}-${text.length}-${text.slice(0, 16)}`,
          ignoreSelection: true,
        }),
      );
    }
  }
}

function drawText(base: Node, proposed: Node): UnitDrawing {
  const positions = TextPositions.of(proposed, 0);
  const marks: UnitDrawing['marks'][number][] = [];
  for (const hunk of diffWords(toPlainText(base), toPlainText(proposed))) {
    if (hunk.deleted) {
      marks.push({ type: 'deleted', at: positions.posAt(hunk.proposed.from), text: hunk.deleted });
    }
    for (const [from, to] of positions.rangesBetween(hunk.proposed.from, hunk.proposed.to)) {
      marks.push({ type: 'inline', from, to });
    }
  }
  return { base, marks };
}

interface DeletedAnchor {
  readonly pos: number;
  readonly side: number;
  readonly node: Node;
}

/** Where each deleted unit is drawn: after the nearest earlier base unit that survives. */
function deletedAnchors(
  track: TrackState,
  units: readonly TrackedUnit[],
  unitById: ReadonlyMap<string, TrackedUnit>,
): Map<string, DeletedAnchor> {
  const anchors = new Map<string, DeletedAnchor>();
  if (units.length >= track.baseOrder.length && track.baseOrder.every((u) => unitById.has(u.id))) {
    return anchors;
  }
  let pos = units[0] ? units[0].pos : 0;
  // Below the badge row (side -1) of the unit that follows, in base order among themselves.
  let side = -1000;
  for (const baseUnit of track.baseOrder) {
    const alive = unitById.get(baseUnit.id);
    if (alive) {
      pos = alive.pos + alive.node.nodeSize;
      side = -1000;
      continue;
    }
    anchors.set(baseUnit.id, { pos, side: side++, node: baseUnit.node });
  }
  return anchors;
}

function deletedBlock(id: string, node: Node, findings: readonly Finding[]): HTMLElement {
  const verdict = findings.length ? mostSevere(findings.map((f) => f.verdict)) : 'none';
  const content = DOMSerializer.fromSchema(schema).serializeNode(node);
  return h(
    'div',
    {
      class: `pm-block-deleted pm-verdict pm-verdict-${verdict}`,
      attrs: { contenteditable: 'false' },
      dataset: { change: 'Deleted', blockId: id },
    },
    findings.length ? badgeRow(findings) : null,
    h('div', { class: 'pm-deleted-label' }, `Deleted ${describe(node)}`),
    h('del', { class: 'pm-deleted-content' }, content),
  );
}

function badgeRow(findings: readonly Finding[]): HTMLElement {
  return h(
    'div',
    { class: 'pm-badges', attrs: { contenteditable: 'false' } },
    ...findings.map(verdictBadge),
  );
}

/** A plain name for a block, e.g. "option (Option 3)". */
export function describe(node: Node): string {
  const name = node.type.name.replace(/_/g, ' ');
  const label = node.attrs['label'];
  return typeof label === 'string' && label ? `${name} (${label})` : name;
}

function eachUnit(doc: Node, visit: (node: Node, pos: number, sectionId: string) => void): void {
  doc.forEach((section, sectionOffset) => {
    const sectionId = idOf(section) ?? '';
    section.forEach((child, childOffset) =>
      visit(child, sectionOffset + 1 + childOffset, sectionId),
    );
  });
}

/** Ids of units whose order against the other surviving units changed (not in the LIS). */
function movedIds(
  units: readonly { id: string }[],
  baseUnits: ReadonlyMap<string, BaseUnit>,
): Set<string> {
  const seq: { id: string; order: number }[] = [];
  for (const unit of units) {
    const base = baseUnits.get(unit.id);
    if (base) seq.push({ id: unit.id, order: base.order });
  }
  // Patience sorting: tails[k] is the index in seq ending the best increasing run of length k+1.
  const orders = seq.map((entry) => entry.order);
  const tails: number[] = [];
  const previous: number[] = [];
  orders.forEach((order, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((orders[tails[mid] ?? 0] ?? 0) < order) lo = mid + 1;
      else hi = mid;
    }
    previous[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const kept = new Set<string>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i] ?? -1) {
    const entry = seq[i];
    if (entry) kept.add(entry.id);
  }
  return new Set(seq.filter((entry) => !kept.has(entry.id)).map((entry) => entry.id));
}

function nestedIds(units: readonly TrackedUnit[], track: TrackState): Map<string, string> {
  const map = new Map<string, string>();
  const add = (unitId: string, node: Node) =>
    node.descendants((child) => {
      const id = idOf(child);
      if (id !== null && !map.has(id)) map.set(id, unitId);
      return !child.isTextblock;
    });
  for (const unit of units) add(unit.id, unit.node);
  for (const base of track.baseOrder) add(base.id, base.node);
  return map;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
