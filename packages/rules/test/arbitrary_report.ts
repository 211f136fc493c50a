/**
 * fast-check arbitraries for property tests: report bodies built with the real builders, and
 * proposals made from them by the edits members make (insert, delete, modify, move and re-type
 * blocks; replace, insert and delete words).
 */
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { schema, SECTION_KINDS } from '../src/schema.js';

const WORDS = [
  'the',
  'Council',
  'must',
  'may',
  'not',
  'likely',
  'Option',
  '2',
  '£310,000',
  'library',
  'savings',
  'residents',
  'lawful',
  'unlawful',
  'high',
  'risk',
  'of',
  'a',
  'to',
  'efficent',
  'efficient',
  'recommend',
  'without',
  'consultation',
  'is',
  'are',
  'will',
  'would',
  '41.3%',
  'March',
  'é',
  'e\u0301',
  '😀',
  'naïve',
] as const;

const BLOCK_TYPES = [
  'paragraph',
  'paragraph',
  'paragraph',
  'option',
  'opinion',
  'statement',
  'consultation',
  'recommendation',
  'bullet_list',
] as const;

export interface BlockSpec {
  readonly type: (typeof BLOCK_TYPES)[number];
  readonly sentences: readonly string[];
  readonly flag: boolean;
}

export interface SectionSpec {
  readonly kind: (typeof SECTION_KINDS)[number];
  readonly blocks: readonly BlockSpec[];
}

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 9 })
  .map((words) => `${words.join(' ')}.`);

const blockSpec: fc.Arbitrary<BlockSpec> = fc.record({
  type: fc.constantFrom(...BLOCK_TYPES),
  sentences: fc.array(sentence, { minLength: 1, maxLength: 3 }),
  flag: fc.boolean(),
});

const sectionSpec: fc.Arbitrary<SectionSpec> = fc.record({
  kind: fc.constantFrom(...SECTION_KINDS),
  blocks: fc.array(blockSpec, { minLength: 0, maxLength: 4 }),
});

/** A report body as specs (before ids are given). */
export const reportSpec = fc.array(sectionSpec, { minLength: 1, maxLength: 4 });

/** An edit a member might make, addressed by fractions so it applies to any spec. */
export type Edit =
  | { readonly op: 'insert'; readonly at: number; readonly block: BlockSpec }
  | { readonly op: 'delete'; readonly at: number }
  | { readonly op: 'move'; readonly at: number; readonly to: number }
  | { readonly op: 'retype'; readonly at: number; readonly type: BlockSpec['type'] }
  | { readonly op: 'flag'; readonly at: number }
  | { readonly op: 'section-kind'; readonly at: number; readonly kind: SectionSpec['kind'] }
  | { readonly op: 'section-move'; readonly at: number; readonly to: number }
  | {
      readonly op: 'word';
      readonly at: number;
      readonly where: number;
      readonly word: string;
      readonly how: 'replace' | 'insert' | 'delete';
    };

const fraction = fc.double({ min: 0, max: 0.999, noNaN: true });

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fraction, block: blockSpec }),
  fc.record({ op: fc.constant('delete' as const), at: fraction }),
  fc.record({ op: fc.constant('move' as const), at: fraction, to: fraction }),
  fc.record({
    op: fc.constant('retype' as const),
    at: fraction,
    type: fc.constantFrom(...BLOCK_TYPES),
  }),
  fc.record({ op: fc.constant('flag' as const), at: fraction }),
  fc.record({
    op: fc.constant('section-kind' as const),
    at: fraction,
    kind: fc.constantFrom(...SECTION_KINDS),
  }),
  fc.record({ op: fc.constant('section-move' as const), at: fraction, to: fraction }),
  fc.record({
    op: fc.constant('word' as const),
    at: fraction,
    where: fraction,
    word: fc.constantFrom(...WORDS),
    how: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const),
  }),
);

interface Located {
  section: number;
  block: number;
}

interface MutableBlock {
  id: string;
  type: BlockSpec['type'];
  sentences: string[];
  flag: boolean;
}

interface MutableSection {
  id: string;
  kind: SectionSpec['kind'];
  blocks: MutableBlock[];
}

/** Gives every block an id; returns the mutable draft edits work on. */
export function draftOf(spec: readonly SectionSpec[]): MutableSection[] {
  let n = 0;
  return spec.map((section, s) => ({
    id: `s${s}`,
    kind: section.kind,
    blocks: section.blocks.map((block) => ({
      ...block,
      sentences: [...block.sentences],
      id: `b${n++}`,
    })),
  }));
}

/** Applies `edits` to a copy of `draft`. New blocks get fresh ids. */
export function edited(draft: readonly MutableSection[], edits: readonly Edit[]): MutableSection[] {
  const out = draft.map((section) => ({
    ...section,
    blocks: section.blocks.map((b) => ({ ...b, sentences: [...b.sentences] })),
  }));
  let fresh = 0;
  const all = (): Located[] =>
    out.flatMap((section, s) => section.blocks.map((_, b) => ({ section: s, block: b })));
  const pick = (at: number): Located | undefined => {
    const list = all();
    return list[Math.floor(at * list.length)];
  };
  for (const change of edits) {
    if (change.op === 'section-kind') {
      out[Math.floor(change.at * out.length)]!.kind = change.kind;
      continue;
    }
    if (change.op === 'section-move') {
      const [moved] = out.splice(Math.floor(change.at * out.length), 1);
      out.splice(Math.floor(change.to * (out.length + 1)), 0, moved!);
      continue;
    }
    if (change.op === 'insert') {
      const section = out[Math.floor(change.at * out.length)]!;
      const index =
        Math.floor(change.at * (section.blocks.length + 1)) % (section.blocks.length + 1);
      section.blocks.splice(index, 0, {
        ...change.block,
        sentences: [...change.block.sentences],
        id: `new${fresh++}`,
      });
      continue;
    }
    const where = pick(change.at);
    if (!where) continue;
    const section = out[where.section]!;
    const block = section.blocks[where.block]!;
    switch (change.op) {
      case 'delete':
        section.blocks.splice(where.block, 1);
        break;
      case 'move': {
        section.blocks.splice(where.block, 1);
        const target = out[Math.floor(change.to * out.length)]!;
        target.blocks.splice(
          Math.floor(change.to * (target.blocks.length + 1)) % (target.blocks.length + 1),
          0,
          block,
        );
        break;
      }
      case 'retype':
        block.type = change.type;
        break;
      case 'flag':
        block.flag = !block.flag;
        break;
      case 'word': {
        const s = Math.floor(change.where * block.sentences.length);
        const words = block.sentences[s]!.replace(/\.$/, '').split(' ');
        const w = Math.floor(change.where * words.length);
        if (change.how === 'replace') words[w] = change.word;
        else if (change.how === 'insert') words.splice(w, 0, change.word);
        else if (words.length > 1) words.splice(w, 1);
        block.sentences[s] = `${words.join(' ')}.`;
        break;
      }
    }
  }
  return out;
}

/** The ProseMirror body of a draft. */
export function toDoc(draft: readonly MutableSection[]): Node {
  const n = schema.nodes;
  return schema.topNodeType.createChecked(
    null,
    draft.map((section) =>
      n['section']!.createChecked({ id: section.id, kind: section.kind }, [
        n['heading']!.createChecked(
          { id: `${section.id}-h` },
          schema.text(`Section ${section.id}`),
        ),
        ...section.blocks.map((block) => blockNode(block)),
      ]),
    ),
  );
}

function blockNode(block: MutableBlock): Node {
  const n = schema.nodes;
  const paragraphs = block.sentences.map((text, i) =>
    n['paragraph']!.createChecked({ id: `${block.id}-p${i}` }, schema.text(text)),
  );
  switch (block.type) {
    case 'paragraph':
      return n['paragraph']!.createChecked(
        { id: block.id },
        schema.text(block.sentences.join(' ')),
      );
    case 'bullet_list':
      return n['bullet_list']!.createChecked(
        { id: block.id },
        paragraphs.map((paragraph, i) =>
          n['list_item']!.createChecked({ id: `${block.id}-li${i}` }, paragraph),
        ),
      );
    case 'option':
      return n['option']!.createChecked(
        { id: block.id, label: 'Option 1', recommended: block.flag },
        paragraphs,
      );
    case 'statement':
      return n['statement']!.createChecked(
        { id: block.id, kind: block.flag ? 'legality' : 'fairness' },
        paragraphs,
      );
    case 'opinion':
      return n['opinion']!.createChecked(
        { id: block.id, officer: block.flag ? 'author' : 'other' },
        paragraphs,
      );
    case 'consultation':
      return n['consultation']!.createChecked(
        { id: block.id, source: block.flag ? 'Parish' : 'Union' },
        paragraphs,
      );
    case 'recommendation':
      return n['recommendation']!.createChecked({ id: block.id }, paragraphs);
  }
}
