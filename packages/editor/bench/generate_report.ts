/**
 * A seeded, council-shaped report of about `words` words, and a proposal of it with about 1% of
 * its blocks changed (a sentence added, a word replaced), for the keystroke benchmark. Every
 * section kind appears, with options, recommendations, opinions, statements, consultation
 * responses, lists and cost tables where a real report has them.
 */
import type { Node } from 'prosemirror-model';
import { builders, SECTION_KINDS, type SectionKind } from '@probity/rules';

const {
  doc,
  section,
  p,
  heading,
  option,
  opinion,
  statement,
  consultation,
  recommendation,
  ul,
  li,
  table,
  tr,
  td,
  th,
} = builders;

const WORDS = (
  'the council library service branch budget saving option cabinet member officer residents ' +
  'consultation equality impact assessment risk legal duty statutory provision opening hours ' +
  'mobile community volunteers building lease maintenance staff review evidence survey usage ' +
  'visits digital access older people children schools transport rural town centre partnership ' +
  'health funding reserve capital revenue forecast decision report recommendation proposal'
).split(' ');

/** A deterministic generator of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    state ^= state + Math.imul(state ^ (state >>> 7), 61);
    return ((state ^ (state >>> 14)) >>> 0) / 4294967296;
  };
}

export interface BenchReports {
  readonly base: Node;
  readonly proposed: Node;
  readonly words: number;
  readonly blocks: number;
  readonly changedBlocks: number;
  /** Id of a changed opinion block, where the benchmark types. */
  readonly typingBlockId: string;
}

/** A base report of about `target` words and a proposal with about 1% of its blocks changed. */
export function generateReports(target: number, seed = 7): BenchReports {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)] ?? 'council';
  const sentence = (n: number) => {
    const words = Array.from({ length: n }, pick);
    const text = words.join(' ');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const paragraphText = () =>
    Array.from({ length: 3 + Math.floor(next() * 3) }, () =>
      sentence(10 + Math.floor(next() * 8)),
    ).join(' ');
  let words = 0;
  let blocks = 0;
  let changed = 0;
  let typingBlockId = '';
  const count = (text: string) => {
    words += text.split(/\s+/).length;
    return text;
  };
  // Each block is built twice, for base and proposal; ~1% differ in the proposal.
  const pair = (make: (text: string, id: string) => Node, forceChange = false): [Node, Node] => {
    const id = `blk-${++blocks}`;
    const text = count(paragraphText());
    const change = forceChange || next() < 0.01;
    if (change) changed++;
    const proposedText = change
      ? `${text.replace(/\bcouncil\b/, 'authority')} ${sentence(8)}`
      : text;
    return [make(text, id), make(proposedText, id)];
  };
  const baseSections: Node[] = [];
  const proposedSections: Node[] = [];
  let sectionIndex = 0;
  while (words < target) {
    const kind: SectionKind = SECTION_KINDS[sectionIndex % SECTION_KINDS.length] ?? 'other';
    const sid = `sec-${sectionIndex++}`;
    const base: Node[] = [
      heading({ id: `${sid}-h` }, `${kind.replace(/_/g, ' ')} ${sectionIndex}`),
    ];
    const proposed: Node[] = [base[0] as Node];
    const add = ([b, q]: [Node, Node]) => {
      base.push(b);
      proposed.push(q);
    };
    for (let i = 0; i < 6 && words < target; i++) {
      if (kind === 'options')
        add(pair((t, id) => option({ id, label: `Option ${i + 1}` }, p({ id: `${id}-p` }, t))));
      else if (kind === 'recommendations')
        add(pair((t, id) => recommendation({ id }, p({ id: `${id}-p` }, t))));
      else if (kind === 'risk' || kind === 'reasons') {
        const force = !typingBlockId && kind === 'risk';
        const [b, q] = pair(
          (t, id) => opinion({ id, officer: 'author' }, p({ id: `${id}-p` }, t)),
          force,
        );
        if (force) typingBlockId = String(b.attrs['id']);
        add([b, q]);
      } else if (kind === 'legal')
        add(
          pair((t, id) =>
            statement(
              { id, kind: 'legality', officer: 'monitoring_officer' },
              p({ id: `${id}-p` }, t),
            ),
          ),
        );
      else if (kind === 'consultation')
        add(
          pair((t, id) =>
            consultation({ id, source: 'Residents’ survey' }, p({ id: `${id}-p` }, t)),
          ),
        );
      else if (kind === 'financial' && i === 0) {
        const id = `blk-${++blocks}`;
        const cells = (r: number) =>
          tr(
            { id: `${id}-r${r}` },
            td({ id: `${id}-r${r}a` }, count(sentence(3))),
            td({ id: `${id}-r${r}b` }, `£${(r + 1) * 12_500}`),
          );
        const t = table(
          { id },
          tr({ id: `${id}-h` }, th({ id: `${id}-ha` }, 'Item'), th({ id: `${id}-hb` }, 'Cost')),
          cells(1),
          cells(2),
          cells(3),
        );
        add([t, t]);
      } else if (kind === 'equality' && i === 0) {
        const id = `blk-${++blocks}`;
        const list = ul(
          { id },
          ...[1, 2, 3].map((n) =>
            li({ id: `${id}-${n}` }, p({ id: `${id}-${n}p` }, count(sentence(12)))),
          ),
        );
        add([list, list]);
      } else add(pair((t, id) => p({ id }, t)));
    }
    baseSections.push(section({ id: sid, kind }, ...base));
    proposedSections.push(section({ id: sid, kind }, ...proposed));
  }
  return {
    base: doc(...baseSections),
    proposed: doc(...proposedSections),
    words,
    blocks,
    changedBlocks: changed,
    typingBlockId,
  };
}
