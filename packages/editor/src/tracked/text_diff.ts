/**
 * A word-level difference between two texts, as hunks that concatenate back to each side:
 * the `equal` and `delete` hunks spell the base, the `equal` and `insert` hunks the proposal.
 *
 * This is the editor's fallback when the rules library gives no per-block diff: it keeps the
 * common prefix and suffix (cut at word boundaries, so a changed word is shown whole) and marks
 * the middle as one deletion and one insertion. That is exact for the single edits a keystroke
 * makes and never wrong, only coarser than a full diff for scattered edits.
 */

export interface TextHunk {
  readonly op: 'equal' | 'insert' | 'delete';
  readonly text: string;
}

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** The hunks that turn `base` into `proposed`. */
export function diffText(base: string, proposed: string): readonly TextHunk[] {
  if (base === proposed) return base ? [{ op: 'equal', text: base }] : [];
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
  const hunks: TextHunk[] = [];
  const push = (op: TextHunk['op'], text: string) => {
    if (text) hunks.push({ op, text });
  };
  push('equal', base.slice(0, start));
  push('delete', base.slice(start, base.length - end));
  push('insert', proposed.slice(start, proposed.length - end));
  push('equal', base.slice(base.length - end));
  return hunks;
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
