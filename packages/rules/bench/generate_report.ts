/**
 * A deterministic generator of council reports of a given length.
 *
 * A report follows the usual order of an English committee report: purpose, recommendations,
 * reasons (with the author's opinion), options, background, financial (with a cost table and the
 * Chief Finance Officer's statement), legal (the Monitoring Officer's statements), equality, risk,
 * consultation (responses, with their sources) and key decision. Long reports repeat the pattern
 * as annexes (more background, options, opinions and consultation), which is how the longest real
 * reports grow. Generation stops at the first block that reaches the word target, so a report is
 * within one paragraph of it. The same `seed` gives the same report.
 */
import { SECTION_KINDS, type SectionKind, type StatementKind } from '../src/index.js';
import {
  backgroundSentence,
  consultationSentence,
  consultationSource,
  costCell,
  costLine,
  financialYear,
  listItem,
  opinionSentence,
  optionSentence,
  recommendationSentence,
  statementSentence,
} from './council_text.js';
import { createRandom, type Random } from './random.js';
import {
  countWords,
  paragraphsOf,
  wordsIn,
  type DraftBlock,
  type DraftParagraph,
  type DraftRow,
  type DraftSection,
  type ReportDraft,
} from './report_draft.js';

/** What to generate. */
export interface ReportShape {
  /** Target length in words; the report is at least this long and at most one block longer. */
  readonly words: number;
  readonly seed: number;
}

// The schema lists the kinds in the order a report takes them; every kind but 'other' appears.
const PATTERN: readonly SectionKind[] = SECTION_KINDS.filter((kind) => kind !== 'other');
// Kinds that annexes repeat once the main report is written.
const ANNEX: readonly SectionKind[] = [
  'background',
  'options',
  'reasons',
  'financial',
  'consultation',
  'risk',
];

// Blocks per section, as real reports run: a short purpose, a handful of options, long background.
const SIZES: Readonly<Record<SectionKind, readonly [number, number]>> = {
  purpose: [1, 2],
  recommendations: [2, 4],
  reasons: [2, 4],
  options: [3, 6],
  background: [3, 8],
  financial: [3, 5],
  legal: [2, 4],
  equality: [2, 3],
  risk: [2, 4],
  consultation: [3, 6],
  key_decision: [1, 2],
  other: [2, 5],
};

/** A report draft of about `shape.words` words. */
export function generateReport(shape: ReportShape): ReportDraft {
  const random = createRandom(shape.seed);
  const sections: DraftSection[] = [];
  const state = { words: 0, target: shape.words, options: 0 };
  for (let index = 0; state.words < state.target; index++) {
    const kind =
      index < PATTERN.length
        ? (PATTERN[index] as SectionKind)
        : (ANNEX[(index - PATTERN.length) % ANNEX.length] as SectionKind);
    const id = `s${index + 1}`;
    const title =
      index < PATTERN.length
        ? `${index + 1}. ${titleOf(kind)}`
        : `Annex ${index + 1 - PATTERN.length}: ${titleOf(kind)}`;
    state.words += wordsIn(title);
    const blocks: DraftBlock[] = [];
    const [min, max] = SIZES[kind];
    const size = random.between(min, max);
    for (let b = 1; b <= size && state.words < state.target; b++) {
      const block = generateBlock(random, kind, `${id}-b${b}`, b, state);
      blocks.push(block);
      for (const paragraph of paragraphsOf(block)) state.words += wordsIn(paragraph.text);
    }
    sections.push({ id, kind, title, blocks });
  }
  const draft = { sections };
  if (countWords(draft) < shape.words) throw new Error('generator fell short of its target');
  return draft;
}

function titleOf(kind: SectionKind): string {
  const words = kind.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function paragraphsFrom(
  random: Random,
  id: string,
  sentence: () => string,
  min = 1,
  max = 3,
  sentences = 3,
): DraftParagraph[] {
  const count = random.between(min, max);
  return Array.from({ length: count }, (_, i) => ({
    id: `${id}-p${i + 1}`,
    text: Array.from({ length: random.between(1, sentences) }, sentence).join(' '),
  }));
}

function generateBlock(
  random: Random,
  kind: SectionKind,
  id: string,
  position: number,
  state: { options: number },
): DraftBlock {
  const narrative = (): DraftBlock => ({
    type: 'paragraph',
    id,
    text: Array.from({ length: random.between(1, 3) }, () => backgroundSentence(random)).join(' '),
  });
  switch (kind) {
    case 'recommendations':
      return {
        type: 'recommendation',
        id,
        paragraphs: paragraphsFrom(
          random,
          id,
          () => recommendationSentence(random, state.options + 4),
          1,
          1,
          1,
        ),
      };
    case 'reasons':
    case 'risk':
      return random.chance(0.4)
        ? {
            type: 'opinion',
            id,
            officer: 'author',
            paragraphs: paragraphsFrom(random, id, () =>
              opinionSentence(random, state.options + 1),
            ),
          }
        : narrative();
    case 'options': {
      if (position === 1) return narrative();
      state.options += 1;
      return {
        type: 'option',
        id,
        label: `Option ${state.options}`,
        recommended: random.chance(0.25),
        paragraphs: paragraphsFrom(random, id, () => optionSentence(random)),
      };
    }
    case 'financial':
      if (position === 2) return costTable(random, id);
      if (position === 3) return statementBlock(random, id, 'financial_prudence', state.options);
      return narrative();
    case 'legal':
      return position % 2 === 0
        ? statementBlock(random, id, 'legality', state.options)
        : narrative();
    case 'equality':
      return position === 2 ? statementBlock(random, id, 'fairness', state.options) : narrative();
    case 'key_decision':
      return position === 1
        ? statementBlock(random, id, 'key_decision', state.options)
        : narrative();
    case 'consultation':
      return position === 1
        ? narrative()
        : {
            type: 'consultation',
            id,
            source: consultationSource(random),
            paragraphs: paragraphsFrom(random, id, () => consultationSentence(random)),
          };
    case 'background':
      return random.chance(0.25) ? bulletList(random, id) : narrative();
    default:
      return narrative();
  }
}

function statementBlock(
  random: Random,
  id: string,
  kind: StatementKind,
  options: number,
): DraftBlock {
  return {
    type: 'statement',
    id,
    kind,
    officer:
      kind === 'legality'
        ? 'monitoring_officer'
        : kind === 'financial_prudence'
          ? 'chief_finance_officer'
          : 'author',
    paragraphs: paragraphsFrom(
      random,
      id,
      () => statementSentence(random, kind, options + 1),
      1,
      2,
    ),
  };
}

function bulletList(random: Random, id: string): DraftBlock {
  return {
    type: 'list',
    id,
    ordered: random.chance(0.3),
    items: Array.from({ length: random.between(3, 6) }, (_, i) => ({
      id: `${id}-i${i + 1}`,
      text: listItem(random),
    })),
  };
}

function costTable(random: Random, id: string): DraftBlock {
  const years = [financialYear(random), financialYear(random), financialYear(random)];
  const header: DraftRow = {
    id: `${id}-r0`,
    cells: ['Item', ...years].map((text, c) => ({ id: `${id}-r0-c${c}`, text, header: true })),
  };
  const rows: DraftRow[] = Array.from({ length: random.between(3, 6) }, (_, r) => ({
    id: `${id}-r${r + 1}`,
    cells: [costLine(random), costCell(random), costCell(random), costCell(random)].map(
      (text, c) => ({ id: `${id}-r${r + 1}-c${c}`, text, header: false }),
    ),
  }));
  return { type: 'table', id, rows: [header, ...rows] };
}
