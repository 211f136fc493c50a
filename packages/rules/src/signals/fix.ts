/**
 * Whether one hunk of a word diff is a clause 7.5(4) fix: a typing error, omission or
 * duplication corrected without touching meaning.
 *
 * In order: the same text up to case, spacing or punctuation; a word or sentence deleted that
 * repeats the words right beside it; otherwise the words removed and added are paired off as
 * misspellings and their corrections (a non-word replaced by a dictionary word a couple of edits
 * away, a word commonly typed for another, a name put right to the spelling the report uses
 * more often) or the same word in another grammatical form, and whatever is left must be function
 * words added or dropped (a, the, of, to...) or an article or auxiliary swapped for another form
 * of itself (a/an/the, is/are, has/have). Negators, modals, quantifiers and condition words are
 * never function words, so adding "not" or "should" is never a fix. Nor are paragraphs joined or
 * split between sentences, an apostrophe moved across a possessive's "s", or the same words put in
 * another order.
 */
import type { Hunk } from '../diff/word_diff.js';
import { editDistance } from './edit_distance.js';
import { CONFUSABLES } from './lexicon.js';
import { isFunctionWord, isSubstanceMarker, wordsOf, type Word } from './words.js';
import type { Speller } from './speller.js';
import type { Usage } from './usage.js';

/** The kind of 7.5(4) fix a hunk is. */
export type FixKind =
  'case' | 'spacing' | 'punctuation' | 'repeat' | 'spelling' | 'grammar' | 'function-word';

const SWAPS: readonly ReadonlySet<string>[] = [
  new Set(['a', 'an', 'the']),
  new Set(['is', 'are', 'am']),
  new Set(['was', 'were']),
  new Set(['has', 'have']),
  new Set(['does', 'do']),
];

/** The kind of fix `hunk` is, or null when it changes more than a 7.5(4) fix may. */
export function fixKind(
  hunk: Hunk,
  baseText: string,
  speller: Speller | null,
  usage?: Usage,
): FixKind | null {
  const { deleted, inserted } = hunk;
  if (deleted.toLowerCase() === inserted.toLowerCase()) return 'case';
  const noSpace = (text: string) => text.replace(/\s+/g, '');
  if (noSpace(deleted) === noSpace(inserted)) {
    return isLayout(hunk, baseText) ? null : 'spacing';
  }
  const bare = (text: string) => text.replace(/[\s\p{P}]+/gu, '');
  if (bare(deleted) === bare(inserted)) return movesPossessive(hunk) ? null : 'punctuation';
  if (bare(deleted).toLowerCase() === bare(inserted).toLowerCase()) return 'case';
  if (bare(inserted) === '' && isRepeat(hunk, baseText)) return 'repeat';
  return wordFix(wordsOf(deleted), wordsOf(inserted), speller, usage);
}

// "the councils' view" for "the council's view": the apostrophe moved across the "s" makes one
// owner many, or many one, which is more than punctuation.
function movesPossessive(hunk: Hunk): boolean {
  const one = /\w['’]s(?!\p{L})/u;
  const many = /\ws['’](?!\p{L})/u;
  const { deleted, inserted } = hunk;
  return (many.test(deleted) && one.test(inserted)) || (one.test(deleted) && many.test(inserted));
}

/**
 * Whether a hunk of white space only takes a line break out or puts one in (in plain text,
 * blocks are separated by line breaks: two paragraphs joined, or one split in two); null for any
 * other hunk.
 */
export function paragraphBreak(hunk: Hunk): 'removed' | 'added' | null {
  if (hunk.deleted.trim() !== '' || hunk.inserted.trim() !== '') return null;
  const had = hunk.deleted.includes('\n');
  const has = hunk.inserted.includes('\n');
  return had === has ? null : had ? 'removed' : 'added';
}

// A line break taken out or put in where a sentence or a list item ends: paragraphs joined or
// split, a list run into a paragraph. That lays the text out anew, which is no typing fix. A
// stray break inside a sentence is one, and so is an empty paragraph taken out (the text on
// either side stays apart).
function isLayout(hunk: Hunk, baseText: string): boolean {
  if (paragraphBreak(hunk) === null) return false;
  const apart = baseText[hunk.base.from - 1] === '\n' || baseText[hunk.base.to] === '\n';
  return !apart && /[.!?:;]["'”’)\]]*\s*$/u.test(baseText.slice(0, hunk.base.from));
}

// The deleted words equal the words just before or just after them in the base.
function isRepeat(hunk: Hunk, baseText: string): boolean {
  const deleted = wordsOf(hunk.deleted).map((word) => word.lower);
  if (deleted.length === 0) return false;
  // Only the text beside the hunk can hold the repeat: look at a window as long as the deletion.
  const reach = hunk.deleted.length + 40;
  const before = wordsOf(baseText.slice(Math.max(0, hunk.base.from - reach), hunk.base.from))
    .slice(-deleted.length)
    .map((word) => word.lower);
  const after = wordsOf(baseText.slice(hunk.base.to, hunk.base.to + reach))
    .slice(0, deleted.length)
    .map((word) => word.lower);
  const same = (other: readonly string[]) =>
    other.length === deleted.length && other.every((word, i) => word === deleted[i]);
  return same(before) || same(after);
}

function wordFix(
  deleted: readonly Word[],
  inserted: readonly Word[],
  speller: Speller | null,
  usage: Usage | undefined,
): FixKind | null {
  const removed = [...deleted];
  const added = [...inserted];
  // Cancel words present on both sides (the hunk may hold a moved word).
  for (let i = removed.length - 1; i >= 0; i--) {
    const j = added.findIndex((word) => word.lower === (removed[i] as Word).lower);
    if (j >= 0) {
      removed.splice(i, 1);
      added.splice(j, 1);
    }
  }
  let kind: FixKind | null = null;
  for (let i = removed.length - 1; i >= 0; i--) {
    const word = removed[i] as Word;
    const j = added.findIndex((other) => correctionKind(word, other, speller, usage) !== null);
    if (j < 0) continue;
    kind = correctionKind(word, added[j] as Word, speller, usage) ?? kind;
    removed.splice(i, 1);
    added.splice(j, 1);
  }
  if (removed.length === 0 && added.length === 0) {
    // The same words in another order re-phrase the sentence; they fix nothing.
    const order = (words: readonly Word[]) => words.map((word) => word.lower).join(' ');
    if (kind === null && order(deleted) !== order(inserted)) return null;
    return kind ?? 'spacing';
  }
  const rest = [...removed, ...added];
  if (!rest.every(isFunctionWord)) return null;
  if (removed.length > 0 && added.length > 0) {
    // A function word replaced by another: only an article or an auxiliary in another form.
    if (removed.length !== 1 || added.length !== 1) return null;
    const pair = [(removed[0] as Word).lower, (added[0] as Word).lower];
    if (!SWAPS.some((swap) => pair.every((word) => swap.has(word)))) return null;
    return 'grammar';
  }
  return 'function-word';
}

/** How `proposed` corrects `base`, or null when it is a different word. */
function correctionKind(
  base: Word,
  proposed: Word,
  speller: Speller | null,
  usage: Usage | undefined,
): FixKind | null {
  if (/\d/.test(base.lower) || /\d/.test(proposed.lower)) return null;
  if (CONFUSABLES.some((group) => group.has(base.lower) && group.has(proposed.lower))) {
    return 'spelling';
  }
  const length = Math.max([...base.lower].length, [...proposed.lower].length);
  const allowed = length <= 4 ? 1 : length <= 8 ? 2 : 3;
  const distance = editDistance(base.lower, proposed.lower, allowed);
  if (distance > allowed) return null;
  if (speller) {
    // A non-word corrected into a word is a spelling fix, even when the word carries weight
    // ("efficent" → "efficient"); a real word swapped for another never is.
    const baseKnown = speller.correct(base.text) || speller.correct(base.lower);
    const proposedKnown = speller.correct(proposed.text) || speller.correct(proposed.lower);
    if (!baseKnown && proposedKnown) return 'spelling';
    // A name no dictionary knows, put right to the spelling the report uses more often.
    if (!baseKnown && usage && usage(proposed.lower) > usage(base.lower)) return 'spelling';
  }
  if (isSubstanceMarker(base) || isSubstanceMarker(proposed)) return null;
  if (!speller && distance <= 1 && length >= 5) return 'spelling';
  // The same word in another form ("provide" for "provides"): a slip of grammar.
  if (base.stem === proposed.stem && distance <= 3) return 'grammar';
  return null;
}
