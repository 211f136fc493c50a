/**
 * Word-level diff of two texts, with diff-match-patch.
 *
 * Each text is cut into words, spaces and punctuation with `Intl.Segmenter` (so a surrogate pair
 * or a letter with its combining marks is never split), each distinct segment is given one
 * character, and diff-match-patch diffs the two strings of characters, as its line mode does for
 * lines; `diff_cleanupSemantic` then merges scattered small edits into readable ones. Mapping the
 * characters back gives hunks with UTF-16 offsets into each original text, which is what the
 * editor needs to highlight the change and applyChanges needs to replay it.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { Node } from 'prosemirror-model';
import { keptByNode } from '../text/kept_by_node.js';
import { segmentText } from '../text/segment.js';

/** A span of UTF-16 code units, `from` inclusive, `to` exclusive. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** One place where the texts differ: `base` span replaced by `proposed` span. */
export interface Hunk {
  readonly base: Span;
  readonly proposed: Span;
  readonly deleted: string;
  readonly inserted: string;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The segments of `text`: words, runs of spaces and single punctuation marks, in order. */
export function segments(text: string): readonly string[] {
  return segmentText(segmenter, text).map((part) => part.segment);
}

// One code unit per distinct segment. Starts above the ASCII range (so diff-match-patch's
// whitespace and punctuation heuristics do not mistake a word for a space) and skips surrogates.
const FIRST_CODE = 0x100;
const SURROGATES = { from: 0xd800, to: 0xe000 };
const MAX_CODES = 0xffff - FIRST_CODE - (SURROGATES.to - SURROGATES.from);

function codeFor(n: number): string {
  const code = FIRST_CODE + n;
  return String.fromCharCode(
    code >= SURROGATES.from ? code + (SURROGATES.to - SURROGATES.from) : code,
  );
}

// A base block diffed against proposal after proposal is segmented once.
const segmentsOf = keptByNode(segments);

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // no deadline: the same inputs must always give the same diff

/**
 * The hunks that turn `base` into `proposed`, in order; empty when they are equal. Offsets are
 * UTF-16 code units into each text and never fall inside a grapheme. `baseNode`, the node whose
 * plain text `base` is (when it is one node's), lets the base's segments be kept with the node
 * and reused for the next proposal; the hunks are the same either way.
 */
export function diffWords(
  base: string,
  proposed: string,
  baseNode: Node | null = null,
): readonly Hunk[] {
  if (base === proposed) return [];
  const baseWords = segmentsOf(base, baseNode);
  const proposedWords = segments(proposed);
  if (baseWords.length + proposedWords.length <= MAX_SEGMENTS) {
    const hunks = diffSegments(baseWords, proposedWords);
    if (hunks) return hunks;
  }
  // A block of book length: diff its sentences instead, so the cost stays bounded (a diff is
  // O(length × differences)); and should even that be too much, one hunk for the whole.
  const baseSentences = sentences(base);
  const proposedSentences = sentences(proposed);
  if (baseSentences.length + proposedSentences.length <= MAX_SEGMENTS) {
    const hunks = diffSegments(baseSentences, proposedSentences);
    if (hunks) return hunks;
  }
  return [
    {
      base: { from: 0, to: base.length },
      proposed: { from: 0, to: proposed.length },
      deleted: base,
      inserted: proposed,
    },
  ];
}

/** Most segments (both sides together) diffed word by word; longer texts go by sentence. */
const MAX_SEGMENTS = 40_000;

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

function sentences(text: string): readonly string[] {
  return segmentText(sentenceSegmenter, text).map((part) => part.segment);
}

// Diffs two segment lists, one code unit per distinct segment; null when there are too many
// distinct segments to encode.
function diffSegments(
  baseSegments: readonly string[],
  proposedSegments: readonly string[],
): Hunk[] | null {
  const codes = new Map<string, string>();
  const encode = (parts: readonly string[]): string | null => {
    let out = '';
    for (const part of parts) {
      let code = codes.get(part);
      if (code === undefined) {
        if (codes.size >= MAX_CODES) return null;
        code = codeFor(codes.size);
        codes.set(part, code);
      }
      out += code;
    }
    return out;
  };
  const baseCodes = encode(baseSegments);
  const proposedCodes = encode(proposedSegments);
  if (baseCodes === null || proposedCodes === null) return null;
  const diffs = dmp.diff_main(baseCodes, proposedCodes, false);
  dmp.diff_cleanupSemantic(diffs);
  return hunksOf(diffs, baseSegments, proposedSegments);
}

function hunksOf(
  diffs: readonly DiffMatchPatch.Diff[],
  baseSegments: readonly string[],
  proposedSegments: readonly string[],
): Hunk[] {
  const hunks: Hunk[] = [];
  let baseAt = 0; // index into segments
  let proposedAt = 0;
  let baseOffset = 0; // UTF-16 offset
  let proposedOffset = 0;
  let open: { baseFrom: number; proposedFrom: number; deleted: string; inserted: string } | null =
    null;
  const close = () => {
    if (!open) return;
    hunks.push({
      base: { from: open.baseFrom, to: baseOffset },
      proposed: { from: open.proposedFrom, to: proposedOffset },
      deleted: open.deleted,
      inserted: open.inserted,
    });
    open = null;
  };
  for (const [op, codes] of diffs) {
    // One code unit per segment: codes skip the surrogate range, so none is half of a pair.
    const count = codes.length;
    if (op === 0) {
      close();
      for (let i = 0; i < count; i++) {
        baseOffset += (baseSegments[baseAt++] ?? '').length;
        proposedOffset += (proposedSegments[proposedAt++] ?? '').length;
      }
      continue;
    }
    open ??= { baseFrom: baseOffset, proposedFrom: proposedOffset, deleted: '', inserted: '' };
    for (let i = 0; i < count; i++) {
      if (op < 0) {
        const part = baseSegments[baseAt++] ?? '';
        open.deleted += part;
        baseOffset += part.length;
      } else {
        const part = proposedSegments[proposedAt++] ?? '';
        open.inserted += part;
        proposedOffset += part.length;
      }
    }
  }
  close();
  return hunks;
}
