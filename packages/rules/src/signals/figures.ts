/**
 * Figures in a text (amounts, percentages, dates, times, counts, option numbers), each with what
 * kind of figure it is, read from the words and symbols around it: `£310,000`, `41.3%`, `12 per
 * cent`, `3 March 2026`, `Mar. 3`, `6.30pm`, `18:30`, `Option 3`, `twelve weeks`.
 *
 * A figure is compared by its value, however it is written: a number in words is read as one
 * figure however many words it takes ("thirty-one", "two hundred and fifty", "a million", "1.5
 * million"), an ordinal in words or digits ("fifteenth", "15th"), a century by its years ("the
 * fifteenth century", "the 1400s"), a month in full or shortened ("March", "Mar."), a time in the
 * 12- or the 24-hour clock ("6.30pm", "18:30"). Digits glued to a name by an apostrophe
 * ("IWSLT'15", a name with its year) are part of the name, not a figure.
 *
 * Some number words are as often something else, so they are weak figures: they stand for the
 * same value written in digits on the other side, but are never themselves reported as a figure
 * added or removed. They are a lone "one" ("one of the options"), "first" and "second" ("first,
 * we consulted", "a second"), and a number standing for things already named ("between the two",
 * "the three of them"), which a pronoun can replace ("between them").
 */
import { MONTHS, NUMBER_WORDS } from './lexicon.js';
import type { Word } from './words.js';

export type FigureKind = 'money' | 'percent' | 'date' | 'time' | 'option' | 'count';

/** One figure: its normalised value and kind. */
export interface Figure {
  readonly value: string;
  readonly kind: FigureKind;
  readonly text: string;
  /**
   * True for a number word that is as often something else (a lone "one", "first", "the two" as
   * a pronoun): it matches its value on the other side but is not a change by itself.
   */
  readonly weak?: boolean;
  /** The same date written another way: a century's years ("1400s" for the 15th century). */
  readonly alias?: string;
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
    const month = monthAt(text, words, i);
    if (month !== null) {
      figures.push({ value: month, kind: 'date', text: word.text });
      continue;
    }
    const time = timeAt(text, words, i);
    if (time !== null) {
      const end = words[time.last] as Word;
      figures.push({ value: time.value, kind: 'time', text: text.slice(word.from, end.to) });
      i = time.last;
      continue;
    }
    if (isNameTag(text, word)) continue;
    const phrase = mayStartNumber(word) ? numberPhrase(text, words, i) : null;
    let value: string;
    let last = i;
    let weak = false;
    if (phrase) {
      value = String(phrase.value);
      last = phrase.last;
      weak = last === i && word.lower === 'one';
    } else if (WEAK_ORDINALS.has(word.lower)) {
      value = String(WEAK_ORDINALS.get(word.lower));
      weak = true;
    } else {
      // "the Leader's double", "her double": after a possessive, "double" is a look-alike or a
      // room, not twice something.
      if (/^(double|triple)$/.test(word.lower) && isAfterPossessive(text, words, i)) continue;
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
    let alias: string | undefined;
    if (next === 'century' || next === 'centuries' || /^\d{2,3}0s$/.test(value)) {
      kind = 'date';
      alias = centuryAlias(value);
      weak = false;
    } else if (/[£$€]\s*$/.test(before) || MONEY_AFTER.test(after)) kind = 'money';
    else if (PERCENT_AFTER.test(after)) kind = 'percent';
    else if (previous === 'option' || previous === 'options') kind = 'option';
    else if (MONTHS.has(previous) || MONTHS.has(next) || /^(19|20)\d\d$/.test(value)) kind = 'date';
    else if (!weak && isPronounUse(text, words, i, last)) weak = true;
    const currency = /[£$€]$/.exec(before)?.[0] ?? '';
    const percent = after.startsWith('%') ? '%' : '';
    const written = text.slice(word.from, end.to);
    figures.push({
      value,
      kind,
      text: `${currency}${written}${percent}`,
      ...(weak && { weak }),
      ...(alias !== undefined && { alias }),
    });
    i = last;
  }
  return figures;
}

/** Ordinals that are as often words of sequence ("first, we consulted") or time ("a second"). */
const WEAK_ORDINALS = new Map<string, number>([
  ['first', 1],
  ['second', 2],
]);

/** Months written short, by their full names. */
const MONTH_NAMES = new Map<string, string>(
  [...MONTHS]
    .filter((name) => name.length > 4 || ['may', 'june', 'july'].includes(name))
    .flatMap((name) => [
      [name, name],
      [name.slice(0, 3), name],
    ]),
).set('sept', 'september');

// A month named with a capital ("March", not the modal "may" or the verb "mar") is a date in its
// own right; shortened to three letters ("Mar", "May") it is one where a full stop or a day
// stands beside it ("Mar. 2", "2 May").
function monthAt(text: string, words: readonly Word[], i: number): string | null {
  const word = words[i] as Word;
  const name = MONTH_NAMES.get(word.lower);
  if (name === undefined || !/^\p{Lu}/u.test(word.text)) return null;
  if (word.lower.length > 3) return name;
  const dayBefore = /^\d{1,2}(st|nd|rd|th)?$/.test(words[i - 1]?.lower ?? '');
  const dayAfter = /^\d{1,4}(st|nd|rd|th)?$/.test(words[i + 1]?.lower ?? '');
  const stop = text[word.to] === '.' && name !== 'may';
  return stop || dayBefore || dayAfter ? name : null;
}

/** A time of day found at some word: its value on the 24-hour clock, and its last word. */
interface Time {
  readonly value: string;
  readonly last: number;
}

const MERIDIEM = /^(am|pm|a\.m|p\.m)$/;

// "6pm", "6.30 pm", "6:30 p.m.", "18:30": a time of day, whichever clock it is written on.
function timeAt(text: string, words: readonly Word[], i: number): Time | null {
  const word = words[i] as Word;
  if (!startsWithDigit(word)) return null;
  const glued = /^(\d{1,2})(?:[.:](\d\d))?(am|pm)$/.exec(word.lower);
  if (glued) return clock(glued[1], glued[2], glued[3], i);
  const hour = /^(\d{1,2})(?:\.(\d\d))?$/.exec(word.lower);
  if (!hour) return null;
  let minutes = hour[2];
  let last = i;
  const next = words[i + 1];
  if (minutes === undefined && next && /^\d\d$/.test(next.lower)) {
    if (text.slice(word.to, next.from) !== ':') return null;
    minutes = next.lower;
    last = i + 1;
  }
  const after = words[last + 1];
  if (
    after &&
    MERIDIEM.test(after.lower) &&
    /^\s*$/.test(text.slice(words[last]?.to, after.from))
  ) {
    return clock(hour[1], minutes, after.lower.replace('.', ''), last + 1);
  }
  return last > i ? clock(hour[1], minutes, undefined, last) : null;
}

function clock(
  hours: string | undefined,
  minutes: string | undefined,
  meridiem: string | undefined,
  last: number,
): Time | null {
  let hour = Number(hours);
  const minute = Number(minutes ?? 0);
  if (minute > 59 || hour > 23 || (meridiem !== undefined && (hour < 1 || hour > 12))) return null;
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { value: `${pad(hour)}:${pad(minute)}`, last };
}

// "IWSLT'15", "Expo'98": digits glued to a name by an apostrophe are the name's year, part of
// the name. After a space ("the summer of '76") they are a year of their own.
function isNameTag(text: string, word: Word): boolean {
  return (
    startsWithDigit(word) && /\p{L}['’]$/u.test(text.slice(Math.max(0, word.from - 2), word.from))
  );
}

// "the fifteenth century" is "the 1400s": a century's ordinal and its hundred years name one
// date. The first century of a thousand years ("the 21st century") is not "the 2000s", which is
// as often the decade, and a decade ("the 1980s") is no century.
function centuryAlias(value: string): string | undefined {
  const years = /^(\d{1,2})00s$/.exec(value);
  if (years) {
    const hundreds = Number(years[1]);
    return hundreds % 10 === 0 ? undefined : String(hundreds + 1);
  }
  const n = Number(value);
  if (!Number.isInteger(n) || n < 2 || n > 30 || (n - 1) % 10 === 0) return undefined;
  return `${(n - 1) * 100}s`;
}

// A number word standing for things already named: "the two" at the end of a clause ("between
// the two.") or before "of" and a pronoun ("the three of them"). A pronoun says the same
// ("between them"), so the number is no new figure.
function isPronounUse(text: string, words: readonly Word[], first: number, last: number): boolean {
  const word = words[first] as Word;
  if (!CARDINALS.has(word.lower) && word.lower !== 'one') return false;
  if (!/^(the|these|those)$/.test(words[first - 1]?.lower ?? '')) return false;
  const after = text.slice((words[last] as Word).to);
  return /^\s*([.,;:!?)\]]|$|of\s+(them|us|you|these|those)\b)/i.test(after);
}

function isAfterPossessive(text: string, words: readonly Word[], i: number): boolean {
  const previous = words[i - 1];
  if (!previous) return false;
  return (
    /^(my|your|his|her|its|our|their)$/.test(previous.lower) ||
    /['’]s$|s['’]$/.test(text.slice(previous.from, previous.to + 1).trim())
  );
}

// Cheap test before reading a number phrase: most words are not numbers.
function mayStartNumber(word: Word): boolean {
  const lower = word.lower;
  return (
    lower === 'one' ||
    lower === 'a' ||
    lower === 'an' ||
    CARDINALS.has(lower) ||
    startsWithDigit(word)
  );
}

function startsWithDigit(word: Word): boolean {
  const code = word.lower.charCodeAt(0);
  return code >= 48 && code <= 57;
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
