/**
 * Words of a text for comparing two versions of it: `Intl.Segmenter` finds them (numbers such as
 * `52,400` and `41.3` stay whole), and a light suffix-stripping stem lets "supports" and
 * "supported" count as the same word. The stem is never shown; it only has to be the same for
 * both versions.
 */
import {
  FUNCTION_WORDS,
  MODALS,
  NEGATORS,
  NUMBER_WORDS,
  CONDITIONS,
  PRONOUNS,
  QUANTIFIERS,
  LINK_WORDS,
  VERDICT_WORDS,
} from './lexicon.js';
import { RecentTexts } from '../text/recent_texts.js';
import { segmentText } from '../text/segment.js';

/** One word of a text, with its UTF-16 span. */
export interface Word {
  readonly text: string;
  readonly lower: string;
  readonly stem: string;
  readonly from: number;
  readonly to: number;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// The same texts are read several times while one change is judged (its base side by every
// signal); a small cache of recent texts saves segmenting them again.
const RECENT = 64;
const recent = new RecentTexts<readonly Word[]>(RECENT);

/** The words of `text` (no spaces or punctuation), in order. */
export function wordsOf(text: string): readonly Word[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const words = segmentWords(text);
  recent.set(text, words);
  return words;
}

function segmentWords(text: string): readonly Word[] {
  const words: Word[] = [];
  for (const part of segmentText(segmenter, text)) {
    if (!part.isWordLike) continue;
    const lower = part.segment.toLowerCase().replace(/[’‘]/g, "'");
    words.push({
      text: part.segment,
      lower,
      stem: stem(lower),
      from: part.index,
      to: part.index + part.segment.length,
    });
  }
  return words;
}

const recentSentences = new RecentTexts<readonly { from: number; to: number }[]>(RECENT);

/** The sentences of `text` as spans, in order (line breaks also end a sentence). */
export function sentenceSpans(text: string): readonly { from: number; to: number }[] {
  const cached = recentSentences.get(text);
  if (cached) return cached;
  const spans = segmentSentences(text);
  recentSentences.set(text, spans);
  return spans;
}

function segmentSentences(text: string): readonly { from: number; to: number }[] {
  const spans: { from: number; to: number }[] = [];
  for (const part of segmentText(sentenceSegmenter, text)) {
    let from = part.index;
    for (const line of part.segment.split('\n')) {
      spans.push({ from, to: from + line.length });
      from += line.length + 1;
    }
  }
  return spans.filter((span) => span.to > span.from);
}

/** A crude English stem: enough to match inflections of one word across two versions. */
export function stem(lower: string): string {
  let word = lower.replace(/'s$/, '');
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (word.endsWith("n't")) return 'not';
  if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (/(sses|shes|ches|xes|zes)$/.test(word)) word = word.slice(0, -2);
  else if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) word = word.slice(0, -1);
  if (word.endsWith('ing') && word.length > 5) word = word.slice(0, -3);
  else if (word.endsWith('ed') && word.length > 4) word = word.slice(0, -2);
  if (word.endsWith('ly') && word.length > 4) word = word.slice(0, -2);
  if (word.endsWith('e') && word.length > 4) word = word.slice(0, -1);
  return word;
}

/** True for a negator, including the `n't` of contractions. */
export function isNegator(word: Word): boolean {
  return NEGATORS.has(word.lower) || word.lower.endsWith("n't");
}

/** True for words that carry no claim of their own: articles, prepositions, auxiliaries... */
export function isFunctionWord(word: Word): boolean {
  return FUNCTION_WORDS.has(word.lower);
}

/** True for words whose change alters how strong, how sure or how conditional a claim is. */
export function isSubstanceMarker(word: Word): boolean {
  return (
    isNegator(word) ||
    MODALS.has(word.lower) ||
    VERDICT_WORDS.has(word.lower) ||
    CONDITIONS.has(word.lower) ||
    QUANTIFIERS.has(word.lower)
  );
}

/** True when the word is a figure: digits, or a number word. */
export function isFigure(word: Word): boolean {
  return /\d/.test(word.lower) || NUMBER_WORDS.has(word.lower);
}

/** True for a content word: not a function word, link word, pronoun or figure. */
export function isContentWord(word: Word): boolean {
  return (
    !isFunctionWord(word) &&
    !LINK_WORDS.has(word.lower) &&
    !PRONOUNS.has(word.lower) &&
    !isFigure(word)
  );
}
