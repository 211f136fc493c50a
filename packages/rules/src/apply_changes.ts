/**
 * `applyChanges(base, proposed, accepted)`: the body an officer ends up with after accepting
 * some findings of a proposal and rejecting the rest.
 *
 * It replays classify's analysis: the merged order lists every block of both versions once, so
 * walking it and keeping, for each pair of blocks, the proposed side when its finding is
 * accepted and the base side otherwise rebuilds the body. Accepting every finding gives exactly
 * `proposed`, accepting none gives exactly `base`. A block whose typing fix and change of
 * substance are separate findings is patched: the accepted findings' text hunks are copied from
 * the proposed block (with their marks) into the base block, last first, so earlier positions
 * hold. Should a patch not fit the schema, the block falls back to its base version, so nothing
 * is ever applied that the officer did not accept.
 */
import type { Node } from 'prosemirror-model';
import { analyse, type Located } from './analyse.js';
import { keptNodes, type MergedSection, type Pair } from './align/align.js';
import type { Block } from './align/blocks.js';
import type { ClassifyOptions } from './classify.js';
import type { Hunk } from './diff/word_diff.js';
import { toReport } from './report_input.js';
import { DEFAULT_RULEBOOK_ID, loadRulebook } from './rulebook.js';
import { schema } from './schema.js';
import { textPositions } from './text_positions.js';

/**
 * `base` with the changes of the findings in `acceptedFindingIds` applied (ids as `classify`
 * gave them for the same bodies and speller). Ids that match no finding are ignored. Accepting
 * every finding gives `proposed`, except that a block whose only difference is its ids (pasted
 * back, re-imported) keeps the ids it had in `base`: that is no change, so there is no finding to
 * accept. Throws `ReportValidationError` for an invalid body.
 */
export function applyChanges(
  base: unknown,
  proposed: unknown,
  acceptedFindingIds: Iterable<string>,
  options: ClassifyOptions = {},
): Node {
  const baseNode = toReport(base, 'base');
  const proposedNode = toReport(proposed, 'proposed');
  const { alignment, located } = analyse(baseNode, proposedNode, {
    rulebook: loadRulebook(options.rulebook ?? DEFAULT_RULEBOOK_ID),
    statutory: options.report?.statutory === true,
    speller: options.speller,
  });
  const accepted = new Set(acceptedFindingIds);
  const byPair = new Map<number, Located[]>();
  const bySection = new Map<number, Located>();
  for (const item of located) {
    if (item.pair >= 0) byPair.set(item.pair, [...(byPair.get(item.pair) ?? []), item]);
    else bySection.set(item.section, item);
  }
  const isAccepted = (items: readonly Located[] | undefined) =>
    items !== undefined && items.length > 0 && items.every((item) => accepted.has(item.finding.id));

  const sections: Node[] = [];
  for (const { section: key, side } of alignment.order) {
    const merged = alignment.sections[key] as MergedSection;
    const sectionFinding = bySection.get(key);
    const sectionAccepted = sectionFinding ? accepted.has(sectionFinding.finding.id) : false;
    if (merged.moved && (side === 'base') === sectionAccepted) continue;
    const whole = merged.same ? (sectionAccepted ? merged.proposed : merged.base) : null;
    if (whole) {
      // Equal in both versions: nothing inside it to decide.
      sections.push(whole.node);
      continue;
    }
    const nodes: Node[] = [...keptNodes(merged, 'before')];
    for (const slot of merged.slots) {
      const pair = alignment.pairs[slot.pair] as Pair;
      const items = byPair.get(pair.index);
      if (pair.same) {
        // Unchanged, or changed only in its ids: the block keeps the ids it already had.
        nodes.push((pair.base[0] ?? slot.block).node);
        continue;
      }
      if (slot.side === 'both') {
        nodes.push(resolveInPlace(pair, items ?? [], accepted));
      } else if ((slot.side === 'proposed') === isAccepted(items)) {
        nodes.push(slot.block.node);
      }
    }
    nodes.push(...keptNodes(merged, 'after'));
    const info =
      merged.base && merged.proposed
        ? sectionAccepted
          ? merged.proposed
          : merged.base
        : (merged.proposed ?? merged.base);
    if (!info || nodes.length === 0) continue;
    if (nodes[0]?.type.name !== 'heading') {
      const heading = (merged.proposed ?? merged.base)?.node.firstChild;
      nodes.unshift(
        heading?.type.name === 'heading'
          ? heading
          : schema.node('heading', { id: `${info.id}-heading` }),
      );
    }
    sections.push(info.node.type.create(info.node.attrs, nodes));
  }
  if (sections.length === 0) return baseNode;
  return uniqueIds(schema.topNodeType.create(null, sections));
}

// A one-to-one pair in place: whole base, whole proposal, or the base patched with the hunks of
// the accepted findings.
function resolveInPlace(
  pair: Pair,
  items: readonly Located[],
  accepted: ReadonlySet<string>,
): Node {
  const baseBlock = pair.base[0] as Block;
  const proposedBlock = pair.proposed[0] as Block;
  const taken = items.filter((item) => accepted.has(item.finding.id));
  if (taken.length === items.length && items.length > 0) return proposedBlock.node;
  if (taken.length === 0) return baseBlock.node;
  if (items.some((item) => item.hunks === null)) {
    // Findings that do not own hunks decide the pair as a whole.
    return baseBlock.node;
  }
  const hunks = taken.flatMap((item) => item.hunks ?? []).sort((x, y) => x.base.from - y.base.from);
  return patch(baseBlock.node, proposedBlock.node, hunks) ?? baseBlock.node;
}

function patch(base: Node, proposed: Node, hunks: readonly Hunk[]): Node | null {
  const basePos = textPositions(base);
  const proposedPos = textPositions(proposed);
  let node = base;
  try {
    for (const hunk of [...hunks].reverse()) {
      const from = basePos(hunk.base.from);
      const to = basePos(hunk.base.to);
      const slice = proposed.slice(proposedPos(hunk.proposed.from), proposedPos(hunk.proposed.to));
      node = node.replace(from, to, slice);
    }
    node.check();
    return node;
  } catch {
    return null;
  }
}

// Ids stay unique even in the rare mixed outcomes (a heading supplied for a section whose own
// heading went elsewhere): a repeated id gets a suffix.
function uniqueIds(doc: Node): Node {
  const seen = new Set<string>();
  let clash = false;
  doc.descendants((node) => {
    const id = node.attrs['id'];
    if (typeof id !== 'string') return true;
    if (seen.has(id)) clash = true;
    seen.add(id);
    return true;
  });
  if (!clash) return doc;
  const used = new Set<string>();
  const rebuild = (node: Node): Node => {
    if (node.isText || node.type.name === 'hard_break') return node;
    const children: Node[] = [];
    node.forEach((child) => children.push(rebuild(child)));
    let attrs = node.attrs;
    const id = node.attrs['id'];
    if (typeof id === 'string') {
      let unique = id;
      for (let n = 2; used.has(unique); n++) unique = `${id}-${n}`;
      used.add(unique);
      if (unique !== id) attrs = { ...attrs, id: unique };
    }
    return node.type.create(attrs, children, node.marks);
  };
  return rebuild(doc);
}
