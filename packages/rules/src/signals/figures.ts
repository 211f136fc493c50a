/**
 * Figures in a text (amounts, percentages, dates, counts, option numbers), each with what kind
 * of figure it is, read from the words and symbols around it: `£310,000`, `41.3%`, `12 per
 * cent`, `3 March 2026`, `Option 3`, `twelve weeks`.
 */
import { MONTHS, NUMBER_WORDS } from './lexicon.js';
import type { Word } from './words.js';

export type FigureKind = 'money' | 'percent' | 'date' | 'option' | 'count';

/** One figure: its normalised value and kind. */
export interface Figure {
  readonly value: string;
  readonly kind: FigureKind;
  readonly text: string;
}

const FIGURE = /^\d[\d,.]*(st|nd|rd|th|s|m|k|bn|p)?$/;
const MONEY_AFTER = /^\s*(k|m|bn|million|billion|pounds?|pence|p\b)/i;
const PERCENT_AFTER = /^\s*(%|per\s*cent|percent)/i;

/** The figures among `words` of `text`, in order. */
export function figuresOf(text: string, words: readonly Word[]): readonly Figure[] {
  const figures: Figure[] = [];
  words.forEach((word, i) => {
    // A month named with a capital ("March", not the modal "may") is a date in its own right.
    if (MONTHS.has(word.lower) && word.lower.length > 3 && /^\p{Lu}/u.test(word.text)) {
      figures.push({ value: word.lower, kind: 'date', text: word.text });
      return;
    }
    const numberWord = NUMBER_WORDS.get(word.lower);
    if (!/\d/.test(word.lower) && numberWord === undefined) return;
    // "G8", "Q3", "wav2vec": names with digits in them, not figures.
    if (numberWord === undefined && !FIGURE.test(word.lower)) return;
    const value =
      numberWord !== undefined
        ? String(numberWord)
        : word.lower.replace(/,/g, '').replace(/^(\d+)(st|nd|rd|th)$/, '$1');
    const before = text.slice(Math.max(0, word.from - 2), word.from);
    const after = text.slice(word.to, word.to + 12);
    const previous = words[i - 1]?.lower ?? '';
    const next = words[i + 1]?.lower ?? '';
    let kind: FigureKind = 'count';
    if (/[£$€]\s*$/.test(before) || MONEY_AFTER.test(after)) kind = 'money';
    else if (PERCENT_AFTER.test(after)) kind = 'percent';
    else if (previous === 'option' || previous === 'options') kind = 'option';
    else if (MONTHS.has(previous) || MONTHS.has(next) || /^(19|20)\d\d$/.test(value)) kind = 'date';
    const currency = /[£$€]$/.exec(before)?.[0] ?? '';
    const percent = after.startsWith('%') ? '%' : '';
    figures.push({ value, kind, text: `${currency}${word.text}${percent}` });
  });
  return figures;
}
