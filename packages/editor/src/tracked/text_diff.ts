/**
 * A word-level difference between two texts, as hunks with UTF-16 offsets into each side.
 *
 * This is the editor's fallback when the rules library gives no per-block diff: it keeps the
 * common prefix and suffix (cut at word boundaries, so a changed word is shown whole) and marks
 * the middle as one deletion and one insertion. That is exact for the single edits a keystroke
 * makes and never wrong, only coarser than a full diff for scattered edits.
 */

/** A span of UTF-16 code units, `from` inclusive, `to` exclusive. */
export interface Span {
  readonly from: number;
  readonly to: number;
}

/** One place where the texts differ (the shape of `diffWords` in `@probity/rules`). */
export interface Hunk {
  readonly base: Span;
  readonly proposed: Span;
  readonly deleted: string;
  readonly inserted: string;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** The hunks that turn `base` into `proposed`; empty when they are equal. */
export function diffText(base: string, proposed: string): readonly Hunk[] {
  if (base === proposed) return [];
  let start = 0;
  const max = Math.min(base.length, proposed.length);
  while (start < max && base.charCodeAt(start) === proposed.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    base.charCodeAt(base.length - 1 - end) === proposed.charCodeAt(proposed.length - 1 - end)
  ) {
    end++;
  }
  // Widen a cut that falls inside a word to the whole word (never splitting a surrogate pair).
  const midWord = (text: string, other: string, at: number, otherAt: number) =>
    isWordChar(text, at - 1) && (isWordChar(text, at) || isWordChar(other, otherAt));
  while (start > 0 && (midWord(base, proposed, start, start) || isLowSurrogate(base, start))) {
    start--;
  }
  const tailOf = (text: string) => text.length - end;
  while (
    end > 0 &&
    (midWordTail(base, proposed, tailOf(base), tailOf(proposed)) ||
      isLowSurrogate(base, tailOf(base)))
  ) {
    end--;
  }
  const baseEnd = base.length - end;
  const proposedEnd = proposed.length - end;
  return [
    {
      base: { from: start, to: baseEnd },
      proposed: { from: start, to: proposedEnd },
      deleted: base.slice(start, baseEnd),
      inserted: proposed.slice(start, proposedEnd),
    },
  ];
}

function midWordTail(base: string, proposed: string, at: number, proposedAt: number): boolean {
  return isWordChar(base, at) && (isWordChar(base, at - 1) || isWordChar(proposed, proposedAt - 1));
}

function isWordChar(text: string, index: number): boolean {
  const char = text[index];
  return char !== undefined && WORD.test(char);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}
