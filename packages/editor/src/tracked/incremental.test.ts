import { beforeAll, describe, expect, it } from 'vitest';
import { EditorState, type Transaction } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { builders, classify } from '@probity/rules';
import { loadDictionary } from './preview.js';
import { trackChanges, trackedResult } from './track_changes.js';

const {
  doc,
  section,
  p,
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

const base = doc(
  section(
    'purpose',
    p({ id: 'pu1' }, 'To decide how the library service should change to meet its budget.'),
  ),
  section(
    'recommendations',
    recommendation({ id: 'r1' }, p({ id: 'r1p' }, 'That Cabinet approves Option 1.')),
  ),
  section(
    'options',
    option(
      { id: 'o1', label: 'Option 1' },
      p({ id: 'o1p' }, 'Keep all seven branches open with shorter hours.'),
    ),
    option({ id: 'o2', label: 'Option 2' }, p({ id: 'o2p' }, 'Close the two least used branches.')),
  ),
  section(
    'background',
    p({ id: 'b1' }, 'The library service runs seven branches and a mobile library.'),
    p({ id: 'b2' }, 'Visits have fallen by a fifth since 2019 and most loans are now digital.'),
    ul(
      { id: 'l1' },
      li({ id: 'l1a' }, p({ id: 'l1ap' }, 'Older residents rely on the mobile library.')),
      li({ id: 'l1b' }, p({ id: 'l1bp' }, 'Schools visit the central branch weekly.')),
    ),
  ),
  section(
    'financial',
    p({ id: 'f1' }, 'Shorter hours save £120,000 a year.'),
    table(
      { id: 't1' },
      tr({ id: 't1h' }, th({ id: 't1ha' }, 'Item'), th({ id: 't1hb' }, 'Cost')),
      tr({ id: 't1r' }, td({ id: 't1ra' }, 'Staff'), td({ id: 't1rb' }, '£80,000')),
    ),
  ),
  section(
    'legal',
    statement(
      { id: 's1', kind: 'legality' },
      p({ id: 's1p' }, 'Closing every branch would be unlawful under the 1964 Act.'),
    ),
  ),
  section(
    'risk',
    opinion(
      { id: 'op1' },
      p(
        { id: 'op1p' },
        'In my professional opinion closing branches carries a high risk of legal challenge.',
      ),
    ),
  ),
  section(
    'consultation',
    consultation(
      { id: 'c1', source: 'Residents' },
      p({ id: 'c1p' }, 'Residents told us the branches are a lifeline.'),
    ),
  ),
);

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = [
  'not',
  'very',
  'likely',
  'the',
  'council',
  'may',
  'must',
  'high',
  'low',
  '£5,000',
  'branchs',
  'and',
  'lawful',
  'some',
];

/** A random small edit: insert a word, delete a few characters, or retype a character. */
function edit(state: EditorState, next: () => number): Transaction {
  const blocks: { pos: number; node: Node }[] = [];
  state.doc.descendants((node, pos) => {
    if (node.isTextblock && node.type.name !== 'heading') blocks.push({ pos, node });
    return !node.isTextblock;
  });
  const target = blocks[Math.floor(next() * blocks.length)]!;
  const size = target.node.content.size;
  const at = target.pos + 1 + Math.floor(next() * (size + 1));
  const roll = next();
  if (roll < 0.5) return state.tr.insertText(` ${WORDS[Math.floor(next() * WORDS.length)]}`, at);
  if (roll < 0.8 && size > 3) {
    const from = target.pos + 1 + Math.floor(next() * (size - 2));
    return state.tr.delete(
      from,
      Math.min(from + 1 + Math.floor(next() * 6), target.pos + 1 + size),
    );
  }
  return state.tr.insertText('x', at);
}

/** How many units (section children) of `proposed` differ from `base`'s. */
function changedUnits(b: Node, q: Node): number {
  let changed = 0;
  q.forEach((s, _o, i) =>
    s.forEach((u, _p, j) => {
      const old = b.maybeChild(i)?.maybeChild(j);
      if (!old || (old !== u && !old.eq(u))) changed++;
    }),
  );
  return changed;
}

describe('classifyIncrementally', () => {
  beforeAll(async () => {
    await loadDictionary();
  });

  it('gives the same classification as classifying the whole report, edit after edit', () => {
    const seen: number[] = [];
    const full = (b: Node, q: Node) => classify(b, q);
    let state = EditorState.create({
      doc: base,
      plugins: [
        trackChanges({ base, classify: (b, q) => (seen.push(changedUnits(b, q)), full(b, q)) }),
      ],
    });
    const next = random(2026);
    for (let step = 0; step < 120; step++) {
      state = state.apply(edit(state, next));
      const live = trackedResult(state)!.classification;
      expect(live, `after edit ${step}`).toEqual(full(base, state.doc));
    }
    // Once several blocks were changed, most keystrokes were classified block by block.
    const late = seen.slice(40);
    expect(late.filter((n) => n === 1).length).toBeGreaterThan(late.length / 2);
    expect(Math.max(...seen)).toBeGreaterThan(3);
  });

  it('classifies a keystroke in a changed paragraph on that paragraph alone', () => {
    const seen: number[] = [];
    const counting = (b: Node, q: Node) => {
      seen.push(changedUnits(b, q));
      return classify(b, q);
    };
    let state = EditorState.create({
      doc: base,
      plugins: [trackChanges({ base, classify: counting })],
    });
    const textAt = (id: string) => {
      let at = -1;
      state.doc.descendants((node, pos) => {
        if (node.attrs['id'] === id) at = pos + node.nodeSize - 1;
      });
      return at;
    };
    state = state.apply(state.tr.insertText(' Loans rose.', textAt('b1')));
    trackedResult(state);
    state = state.apply(state.tr.insertText(' Slightly.', textAt('op1p')));
    trackedResult(state);
    state = state.apply(state.tr.insertText('!', textAt('b1')));
    trackedResult(state);
    // The last call saw only the paragraph typed in, not the opinion changed before it.
    expect(seen.at(-1)).toBe(1);
    expect(trackedResult(state)!.classification).toEqual(classify(base, state.doc));
  });
});
