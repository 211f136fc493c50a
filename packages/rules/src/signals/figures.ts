/**
 * Figures in a text (amounts, percentages, dates, counts, option numbers), each with what kind
 * of figure it is, read from the words and symbols around it: `£310,000`, `41.3%`, `12 per
 * cent`, `3 March 2026`, `Option 3`, `twelve weeks`.
 *
 * A number written in words is read as one figure with its value, however many words it takes
 * ("thirty-one", "two hundred and fifty", "a million", "1.5 million"), so writing a number out in
 * words or in digits keeps the figure. "one" on its own is as often a pronoun as a number ("one of
 * the options"), so it is a weak figure: it stands for a 1 written in digits on the other side,
 * but is never itself reported as a figure added or removed.
 */
import { MONTHS, NUMBER_WORDS } from './lexicon.js';
import type { Word } from './words.js';

export type FigureKind = 'money' | 'percent' | 'date' | 'option' | 'count';

/** One figure: its normalised value and kind. */
export interface Figure {
  readonly value: string;
  readonly kind: FigureKind;
  readonly text: string;
  /** True for a lone "one": it matches a 1 on the other side but is not a change by itself. */
  readonly weak?: boolean;
}

const FIGURE = /^\d[\d,.]*(st|nd|rd|th|s|m|k|bn|p)?$/;
const MONEY_AFTER = /^\s*(k|m|bn|million|billion|pounds?|pence|p)\b/i;
const PERCENT_AFTER = /^\s*(%|per\s*cent|percent)/i;

/** Words that multiply what comes before them in a number written out. */
const SCALES = new Map<string, number>([
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
]);
/** Ordinal units, which end a compound after a tens word ("twenty-first", "thirty-third"). */
const COMPOUND_ORDINALS = new Map<string, number>(
  'first second third fourth fifth sixth seventh eighth ninth'
    .split(' ')
    .map((word, i) => [word, i + 1]),
);
/** Cardinals below 100 that combine into a longer number: "twenty" + "one", "two" + "hundred". */
const CARDINALS = new Map<string, number>(
  [...NUMBER_WORDS].filter(
    ([word, value]) =>
      Number.isInteger(value) &&
      value < 100 &&
      !COMPOUND_ORDINALS.has(word) &&
      !/th$|^(double|twice|triple)$/.test(word),
  ),
);
const DIGITS = /^\d[\d,]*(\.\d+)?$/;

/** A number phrase found at some word: its value, and the index of its last word. */
interface Phrase {
  readonly value: number;
  readonly last: number;
}

/** The figures among `words` of `text`, in order. */
export function figuresOf(text: string, words: readonly Word[]): readonly Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    // A month named with a capital ("March", not the modal "may") is a date in its own right.
    if (MONTHS.has(word.lower) && word.lower.length > 3 && /^\p{Lu}/u.test(word.text)) {
      figures.push({ value: word.lower, kind: 'date', text: word.text });
      continue;
    }
    const phrase = mayStartNumber(word) ? numberPhrase(text, words, i) : null;
    let value: string;
    let last = i;
    let weak = false;
    if (phrase) {
      value = String(phrase.value);
      last = phrase.last;
      weak = last === i && word.lower === 'one';
    } else {
      const numberWord = NUMBER_WORDS.get(word.lower);
      if (!/\d/.test(word.lower) && numberWord === undefined) continue;
      // "G8", "Q3", "wav2vec": names with digits in them, not figures.
      if (numberWord === undefined && !FIGURE.test(word.lower)) continue;
      value = numberWord !== undefined ? String(numberWord) : digitsValue(word.lower);
    }
    const end = words[last] as Word;
    const before = text.slice(Math.max(0, word.from - 2), word.from);
    const after = text.slice(end.to, end.to + 12);
    const previous = words[i - 1]?.lower ?? '';
    const next = words[last + 1]?.lower ?? '';
    let kind: FigureKind = 'count';
    if (/[£$€]\s*$/.test(before) || MONEY_AFTER.test(after)) kind = 'money';
    else if (PERCENT_AFTER.test(after)) kind = 'percent';
    else if (previous === 'option' || previous === 'options') kind = 'option';
    else if (MONTHS.has(previous) || MONTHS.has(next) || /^(19|20)\d\d$/.test(value)) kind = 'date';
    const currency = /[£$€]$/.exec(before)?.[0] ?? '';
    const percent = after.startsWith('%') ? '%' : '';
    const written = text.slice(word.from, end.to);
    figures.push({ value, kind, text: `${currency}${written}${percent}`, ...(weak && { weak }) });
    i = last;
  }
  return figures;
}

// Cheap test before reading a number phrase: most words are not numbers.
function mayStartNumber(word: Word): boolean {
  const lower = word.lower;
  return (
    lower === 'one' ||
    lower === 'a' ||
    lower === 'an' ||
    CARDINALS.has(lower) ||
    (lower.charCodeAt(0) >= 48 && lower.charCodeAt(0) <= 57)
  );
}

/**
 * The number written out from word `start`: number words joined by spaces, hyphens or "and"
 * ("two hundred and fifty", "thirty-one"), "a" or digits before a scale word ("a million",
 * "1.5 million"), or a lone "one". Null when no number starts there, or when the word is a single
 * number word or digits that `figuresOf` reads as they are.
 */
function numberPhrase(text: string, words: readonly Word[], start: number): Phrase | null {
  const first = words[start] as Word;
  const scaleAt = (index: number) => {
    const next = words[index + 1];
    return next !== undefined && SCALES.has(next.lower) && joined(text, first, next);
  };
  // "1.5 million": the scale word multiplies the digits before it.
  if (DIGITS.test(first.lower) && scaleAt(start)) {
    const scale = SCALES.get((words[start + 1] as Word).lower) as number;
    const value = Math.round(Number(first.lower.replace(/,/g, '')) * scale);
    return { value, last: start + 1 };
  }
  // "a hundred and fifty": "a" before a scale word is one of it.
  const article = (first.lower === 'a' || first.lower === 'an') && scaleAt(start);
  if (!CARDINALS.has(first.lower) && first.lower !== 'one' && !article) return null;
  let total = 0;
  let current = 0;
  let last = start - 1;
  let previous: Word | null = null;
  for (let i = start; i < words.length; i++) {
    const word = words[i] as Word;
    // "and" joins a scale word to what follows it: "two hundred and fifty".
    if (word.lower === 'and' && previous !== null && SCALES.has(previous.lower)) continue;
    if (previous !== null && !joined(text, previous, word, SCALES.has(previous.lower))) break;
    const cardinal =
      word.lower === 'one' || (i === start && article) ? 1 : CARDINALS.get(word.lower);
    const scale = SCALES.get(word.lower);
    const ordinal = COMPOUND_ORDINALS.get(word.lower);
    if (cardinal !== undefined) {
      // "twenty one" combines; "two three" or "twenty thirty" are two numbers.
      const afterTens = current % 100 >= 20 && current % 10 === 0 && cardinal < 10;
      if (previous !== null && !SCALES.has(previous.lower) && !afterTens) break;
      current += cardinal;
    } else if (scale !== undefined && previous !== null) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (ordinal !== undefined && previous !== null && current % 10 === 0 && current >= 20) {
      current += ordinal;
      last = i;
      break;
    } else break;
    previous = word;
    last = i;
  }
  if (last === start && first.lower !== 'one') return null;
  return { value: total + current, last };
}

// "52,400" as 52400, "11th" as 11, "£1.5m" and "1.50m" as 1500000: digits compare by value,
// whatever separators, ordinal ending or short scale ("k", "m", "bn") they are written with.
function digitsValue(lower: string): string {
  const plain = lower.replace(/,/g, '').replace(/^(\d+)(st|nd|rd|th)$/, '$1');
  const scaled = /^(\d+(?:\.\d+)?)(k|m|bn)$/.exec(plain);
  if (scaled) {
    const scale = scaled[2] === 'k' ? 1e3 : scaled[2] === 'm' ? 1e6 : 1e9;
    return String(Math.round(Number(scaled[1]) * scale));
  }
  return /^\d+(\.\d+)?$/.test(plain) ? String(Number(plain)) : plain;
}

// Two words of one number: next to each other with a space or a hyphen between them, or "and"
// after a scale word ("two hundred and fifty").
function joined(text: string, left: Word, right: Word, andAllowed = false): boolean {
  const gap = text.slice(left.to, right.from);
  return /^(\s+|-)$/.test(gap) || (andAllowed && /^\s+and\s+$/i.test(gap));
}
