/**
 * Makes a member's proposal from a generated report: a given share of its top-level blocks is
 * changed, each by one of the edits members really ask for: a typo fixed, a sentence re-worded,
 * a block deleted, or a new paragraph inserted after it. A typo fix is made by putting the typo
 * into the base, so the proposal is the clean text. Blocks are drawn without repeats by a seeded
 * shuffle, so the same draft, share and seed give the same pair.
 */
import { addedSentence } from './council_text.js';
import { createRandom, type Random } from './random.js';
import type { DraftBlock, DraftParagraph, DraftSection, ReportDraft } from './report_draft.js';

/** The kinds of edit made, and how often each is drawn. */
export const EDIT_WEIGHTS = { typo: 35, reword: 35, delete: 15, insert: 15 } as const;
export type Edit = keyof typeof EDIT_WEIGHTS;

/** A base and a proposal that differ in `edits.length` blocks. */
export interface ProposalPair {
  readonly base: ReportDraft;
  readonly proposed: ReportDraft;
  /** The edit made to each changed block, by block id. */
  readonly edits: ReadonlyMap<string, Edit>;
}

/** Changes `share` (0–1) of the blocks of `draft`, at least one. */
export function proposeChanges(draft: ReportDraft, share: number, seed: number): ProposalPair {
  const random = createRandom(seed);
  const ids = draft.sections.flatMap((part) => part.blocks.map((block) => block.id));
  const wanted = Math.max(1, Math.round(ids.length * share));
  const edits = new Map<string, Edit>();
  for (const id of shuffle(random, ids).slice(0, wanted)) {
    edits.set(id, random.weighted(EDIT_WEIGHTS));
  }
  const base: DraftSection[] = [];
  const proposed: DraftSection[] = [];
  for (const part of draft.sections) {
    const baseBlocks: DraftBlock[] = [];
    const proposedBlocks: DraftBlock[] = [];
    for (const block of part.blocks) {
      const edit = edits.get(block.id);
      if (edit === 'typo')
        baseBlocks.push(mapFirstParagraph(block, (text) => misspell(random, text)));
      else baseBlocks.push(block);
      if (edit === 'reword')
        proposedBlocks.push(mapFirstParagraph(block, (text) => reword(random, text)));
      else if (edit === 'insert') {
        proposedBlocks.push(block, {
          type: 'paragraph',
          id: `${block.id}-new`,
          text: addedSentence(random),
        });
      } else if (edit !== 'delete') proposedBlocks.push(block);
    }
    base.push({ ...part, blocks: baseBlocks });
    proposed.push({ ...part, blocks: proposedBlocks });
  }
  return { base: { sections: base }, proposed: { sections: proposed }, edits };
}

function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

function mapParagraph(paragraph: DraftParagraph, change: (text: string) => string): DraftParagraph {
  return { ...paragraph, text: change(paragraph.text) };
}

// Edits land in a block's first paragraph (first item, first body cell): enough to change it.
function mapFirstParagraph(block: DraftBlock, change: (text: string) => string): DraftBlock {
  const first = <T extends DraftParagraph>(items: readonly T[], at = 0): T[] =>
    items.map((item, i) => (i === at ? { ...item, text: change(item.text) } : item));
  switch (block.type) {
    case 'paragraph':
      return { ...block, ...mapParagraph(block, change) };
    case 'list':
      return { ...block, items: first(block.items) };
    case 'table':
      return {
        ...block,
        rows: block.rows.map((row, r) => (r === 1 ? { ...row, cells: first(row.cells) } : row)),
      };
    default:
      return { ...block, paragraphs: first(block.paragraphs) };
  }
}

/** Swaps two inner letters of one longer word: "Council" → "Cuoncil". */
function misspell(random: Random, text: string): string {
  const words = text.split(' ');
  const candidates = words.flatMap((word, i) => (/^[a-z]{6,}$/.test(word) ? [i] : []));
  if (candidates.length === 0) return text.replace(/ /, '  ');
  const at = random.pick(candidates);
  const word = words[at] as string;
  const i = random.between(1, word.length - 3);
  words[at] = word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  return words.join(' ');
}

const REWORDINGS: readonly (readonly [RegExp, string])[] = [
  [/\bcurrently\b/, 'at present'],
  [/\baround\b/, 'about'],
  [/\bapproves\b/, 'agrees'],
  [/\bresidents\b/, 'people living there'],
  [/\bwould require\b/, 'would need'],
  [/\bcontinue\b/, 'carry on'],
  [/\bdiscuss how\b/, 'talk about how'],
  [/\bremainder\b/, 'rest'],
  [/\bwherever that can be afforded\b/, 'where it can afford to'],
];

/** Re-words a sentence: a plainer phrase, or else its sentences in another order. */
function reword(random: Random, text: string): string {
  const applicable = REWORDINGS.filter(([pattern]) => pattern.test(text));
  if (applicable.length > 0) {
    const [pattern, plainer] = random.pick(applicable);
    return text.replace(pattern, plainer);
  }
  const sentences = text.split(/(?<=\.) /);
  if (sentences.length > 1) return [...sentences.slice(1), sentences[0]].join(' ');
  return `In summary, ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}
