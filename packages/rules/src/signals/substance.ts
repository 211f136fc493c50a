/**
 * The signals of a change that tell re-phrasing from a change of substance, computed from the
 * words each side has that the other lacks (as multisets of stems, so re-ordering a sentence
 * changes nothing). The markers come from closed word classes: negators, modals and hedges,
 * verdict and scale words, condition words; figures are compared by value and kind; the remaining
 * content words tell whether a claim went or a new one came. What restates rather than changes is
 * left out: a marker inside a name or turned into another form of its word, or used plainly ("as
 * residents expect.", "action against the landlord", "best known for", "the fall of the regime",
 * "would" after "said"), a negator traded for a negating prefix ("non-" joins the word after its
 * hyphen), "nor" traded for an "or" after a negative, "all" floating after a list or a pronoun
 * ("tenants and leaseholders all"), an acronym written out (or the reverse), number words (they
 * are figures), "about" or "around" before a figure (a hedge like "approximately"), the words of a
 * connective ("for example", "on the other hand") and a word typed twice in a row.
 */
import {
  APPROXIMATORS,
  CONDITIONS,
  DETERMINERS,
  EQUIVALENT_MARKERS,
  FUNCTION_WORDS,
  MODALS,
  NEGATING_PREFIXES,
  NEGATIVE_SCOPE,
  NEGATORS,
  NUMBER_WORDS,
  PREVENTING,
  QUANTIFIERS,
  REPORTING_VERBS,
  VERDICT_WORDS,
} from './lexicon.js';
import { restatedWords } from './acronyms.js';
import { figuresOf, type Figure, type FigureKind } from './figures.js';
import type { Span } from '../diff/word_diff.js';
import { readText, type Reading } from './reading.js';
import {
  isContentWord,
  isFigure,
  isNegator,
  isSubstanceMarker,
  sentenceSpans,
  wordsOf,
  type Word,
} from './words.js';

/** What changed between two texts, word class by word class. */
export interface Substance {
  /** Negators removed or added. */
  readonly negation: readonly string[];
  /** Modals and hedges removed or added. */
  readonly modal: readonly string[];
  /** Verdict and scale words removed or added. */
  readonly verdict: readonly string[];
  /** Quantifiers removed or added ("most" as in "most tenants", not "the most effective"). */
  readonly quantifier: readonly string[];
  /** Condition words added. */
  readonly condition: readonly string[];
  /** Kinds of figure whose values differ. */
  readonly figures: readonly FigureKind[];
  /** Figures (as written) removed or added. */
  readonly figureText: readonly string[];
  /** Content words (not markers, figures or function words) only the base has. */
  readonly removed: readonly string[];
  /** Content words only the proposal has. */
  readonly added: readonly string[];
  /** Of {@link added}, those whose stem the base does not use at all: new information. */
  readonly novel: readonly string[];
  /** Of {@link removed}, those whose stem the proposal does not use at all: lost information. */
  readonly lost: readonly string[];
  /** Every word only the base has, function words included. */
  readonly removedWords: number;
  /** Base sentences (of at least three content words) with three in four of them gone. */
  readonly sentencesRemoved: number;
  /** Words in the base and in the proposal. */
  readonly baseWords: number;
  readonly proposedWords: number;
}

/**
 * Compares the words of `base` and `proposed`, each a text or its {@link Reading} (a reading kept
 * with a block's node spares reading the block again; the result is the same).
 */
export function compareSubstance(base: string | Reading, proposed: string | Reading): Substance {
  const baseReading = typeof base === 'string' ? readText(base) : base;
  const proposedReading = typeof proposed === 'string' ? readText(proposed) : proposed;
  const baseText = baseReading.text;
  const proposedText = proposedReading.text;
  const baseWords = baseReading.words;
  // A base sentence pasted again is the same sentence twice, not a new claim (a duplicate is for
  // the author to take out, as a typing fix takes out a word typed twice).
  const copies = copiedSentences(baseReading, proposedReading);
  const copied =
    copies.length === 0 ? [] : proposedReading.words.filter((word) => within(word, copies));
  const proposedWords =
    copied.length === 0
      ? proposedReading.words
      : proposedReading.words.filter((word) => !within(word, copies));
  const removed = difference(baseWords, proposedWords);
  const added = difference(proposedWords, baseWords);
  // A marker counts only where it is used as one: not inside a name ("Key Cabinet", "High
  // Court"), "appear" only as a hedge ("appears to be", not "appeared in court"), and not when
  // the other side has the same word in another form ("too severe" for "the severity of").
  const used = (
    test: (word: Word, text: string) => boolean,
    words: readonly Word[],
    text: string,
    others: readonly Word[],
  ) =>
    words
      .filter(
        (word) =>
          test(word, text) &&
          !isNamePart(word, text) &&
          !isPlainUse(word, text) &&
          !others.some((other) => isOtherForm(word.lower, other.lower)) &&
          !isAbleParaphrase(word, text, others),
      )
      .map((word) => word.lower);
  const marker = (test: (word: Word, text: string) => boolean) => [
    ...used(test, removed, baseText, added).map((word) => `-${word}`),
    ...used(test, added, proposedText, removed).map((word) => `+${word}`),
  ];
  const { kinds, text } = figureChanges(
    baseReading,
    proposedReading,
    copied.length === 0 ? [] : figuresOf(proposedText, copied),
  );
  const restated = restatedWords(removed, added, baseWords, proposedWords);
  const content = (words: readonly Word[], reading: Reading) =>
    words
      .filter(
        (word) =>
          isContentWord(word) &&
          !isSubstanceMarker(word) &&
          !isFigure(word) &&
          !isApproximator(word, reading.text) &&
          !restated.has(word) &&
          !isEcho(word, reading.text) &&
          !within(word, reading.links),
      )
      .map((word) => word.lower);
  const prefixed = prefixNegations(removed, added);
  const negation = polarityChanges(
    norForOr(marker(isNegator), removed, added, baseText, proposedText),
    prefixed,
  );
  // "not lawful" for "unlawful": when a negator balances the prefix, the word it prefixes was
  // not turned either.
  const turned = (changes: readonly string[]) =>
    negation.length > 0 ? changes : changes.filter((change) => !prefixed.includes(change));
  return {
    negation,
    modal: turned(marker((word, text) => MODALS.has(word.lower) || isApproximator(word, text))),
    verdict: turned(marker((word) => VERDICT_WORDS.has(word.lower))),
    quantifier: marker((word) =>
      isQuantifier(word, removed.includes(word) ? baseText : proposedText),
    ),
    condition: conditionsAdded(removed, added),
    figures: kinds,
    figureText: text,
    removed: content(removed, baseReading),
    added: content(added, proposedReading),
    novel: content(
      added.filter((word) => !baseReading.stems.has(word.stem)),
      proposedReading,
    ),
    lost: content(
      removed.filter((word) => !proposedReading.stems.has(word.stem)),
      baseReading,
    ),
    removedWords: removed.length,
    sentencesRemoved: sentencesRemoved(baseReading, proposedReading.stems),
    baseWords: baseWords.length,
    proposedWords: proposedWords.length,
  };
}

function sentencesRemoved(base: Reading, proposedStems: ReadonlySet<string>): number {
  let count = 0;
  for (const content of base.sentenceContent) {
    const gone = content.filter((word) => !proposedStems.has(word.stem)).length;
    if (content.length >= 3 && gone >= 0.75 * content.length) count++;
  }
  return count;
}

// Condition words added, less those that replace one of their kind ("X. However, Y" joined as
// "X, but Y" attaches no new condition).
function conditionsAdded(removed: readonly Word[], added: readonly Word[]): string[] {
  const left = removed.filter((word) => CONDITIONS.has(word.lower)).map((word) => word.lower);
  const out: string[] = [];
  for (const word of added) {
    if (!CONDITIONS.has(word.lower)) continue;
    const index = left.findIndex((other) =>
      EQUIVALENT_MARKERS.some((group) => group.has(other) && group.has(word.lower)),
    );
    if (index >= 0) left.splice(index, 1);
    else out.push(`+${word.lower}`);
  }
  return out;
}

// "about 300", "around £2m", "some 40 residents": before a figure these words say the figure is
// approximate, as "approximately" does, so swapping one for another keeps the hedge.
function isApproximator(word: Word, text: string): boolean {
  if (!APPROXIMATORS.has(word.lower)) return false;
  const next = /^\.?\s*[£$€]?\s*([\p{L}\d][\p{L}\d,.]*)/u.exec(text.slice(word.to))?.[1] ?? '';
  return /^\d/.test(next) || NUMBER_WORDS.has(next.toLowerCase());
}

// "most" after "the" or "at" is a superlative ("the most effective"), a verdict word instead,
// and before an adverb ("most notably") it grades the adverb; "all" in "after all", "at all" is
// an idiom of emphasis.
function isQuantifier(word: Word, text: string): boolean {
  if (!QUANTIFIERS.has(word.lower)) return false;
  const before = text.slice(Math.max(0, word.from - 6), word.from);
  if (word.lower === 'all') return !/\b(after|at)\s+$/i.test(before) && !isFloating(word, text);
  if (word.lower !== 'most') return true;
  return !/\b(the|at)\s+$/i.test(before) && !/^\s+\p{L}+ly\b/iu.test(text.slice(word.to));
}

// "all" after a pronoun ("we all agree", "lock them all", "everything all") or after a list of
// things named ("tenants and leaseholders all need notice") floats away from its noun: it stresses
// that the pronoun or the list means every one of them, but it does not widen or narrow what the
// claim covers. After a pronoun "all" can only float. After "and" it floats only where no noun
// phrase of its own follows it: the clause ends, or a verb goes on (a modal or auxiliary, a past
// form, an adverb), so that "consult and inform all residents" keeps its quantifier. A determiner
// after "and" starts a new noun phrase ("and the councils all"), which "all" may widen.
const AFTER_PRONOUN = /\b(we|you|they|us|them|everything|everyone|everybody)\s+$/i;
const AFTER_LIST = new RegExp(
  `\\b(and|or)\\s+(?!(${[...DETERMINERS].join('|')})\\b)\\p{L}[\\p{L}'-]*(\\s+\\p{L}[\\p{L}'-]*){0,2}\\s+$`,
  'iu',
);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'have', 'has', 'had', 'do', 'did']);

function isFloating(word: Word, text: string): boolean {
  const before = text.slice(Math.max(0, word.from - 60), word.from);
  if (AFTER_PRONOUN.test(before)) return true;
  if (!AFTER_LIST.test(before)) return false;
  const after = text.slice(word.to);
  const next = /^\s+([\p{L}']+)/u.exec(after)?.[1]?.toLowerCase();
  if (next === undefined) return /^\s*([.,;:!?)\]]|$)/.test(after);
  return MODALS.has(next) || AUXILIARIES.has(next) || /..(ed|ly)$/.test(next);
}

// A capitalised word inside a sentence is part of a name ("Key Stage", "High Court"): it names
// something rather than grading it. Words in capitals throughout ("MUST") are emphasis.
function isNamePart(word: Word, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word.text)) return false;
  // A word that opens a line (a paragraph, a list item, a table cell) starts its own text.
  if (/\n[^\S\n]*$/.test(text.slice(Math.max(0, word.from - 40), word.from))) return false;
  const before = text.slice(Math.max(0, word.from - 4), word.from).trimEnd();
  return before !== '' && !/[.!?:;"“‘'([\n–—-]$/u.test(before);
}

/**
 * True when `base` and `proposed` are two forms of one word that the stem does not match
 * ("severe" and "severity", "robust" and "robustness"): different, but sharing an opening of at
 * least five letters that makes up four fifths of the shorter, or the same without their
 * endings ("drops" and "dropped").
 */
export function isOtherForm(base: string, proposed: string): boolean {
  if (base === proposed) return false;
  const root = withoutEnding(base);
  if (root.length >= 3 && root === withoutEnding(proposed)) return true;
  const shorter = Math.min(base.length, proposed.length);
  if (shorter < 5) return false;
  let shared = 0;
  while (shared < shorter && base[shared] === proposed[shared]) shared++;
  return shared >= 5 && shared >= 0.8 * shorter;
}

// Where `proposed` holds a sentence of `base` (of some length) more times than `base` does: the
// spans of the extra copies.
function copiedSentences(base: Reading, proposed: Reading): readonly Span[] {
  if (proposed.text.length <= base.text.length) return [];
  const copies: Span[] = [];
  const seen = new Set<string>();
  for (const span of base.sentences) {
    const sentence = base.text.slice(span.from, span.to).trim();
    if (sentence.length < MIN_COPIED || seen.has(sentence)) continue;
    seen.add(sentence);
    const inBase = positions(base.text, sentence).length;
    for (const from of positions(proposed.text, sentence).slice(inBase)) {
      copies.push({ from, to: from + sentence.length });
    }
  }
  return copies;
}

/** Shortest sentence (in characters) whose second copy is read as pasted again. */
const MIN_COPIED = 20;

function positions(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length)) {
    out.push(at);
  }
  return out;
}

// "dropped" → "drop", "drops" → "drop", "falls" → "fal", "fall" → "fal": an inflection and a
// doubled last consonant taken off, so that two forms of a short word compare equal.
function withoutEnding(word: string): string {
  const root = word.replace(/^(.{3,}?)(?:ing|ed|es|s)$/, '$1');
  return /([^aeiou])\1$/.test(root) ? root.slice(0, -1) : root;
}

function within(word: Word, spans: readonly Span[]): boolean {
  return spans.some((span) => word.from >= span.from && word.to <= span.to);
}

// A word written twice in a row ("the the", "residents residents") is a typing slip: the second
// copy says nothing new.
function isEcho(word: Word, text: string): boolean {
  let end = word.from;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (end === word.from) return false;
  const from = end - word.text.length;
  if (from < 0 || text.slice(from, end).toLowerCase() !== word.lower) return false;
  return from === 0 || !/[\p{L}\p{N}]/u.test(text[from - 1] as string);
}

// True where a marker word is used plainly rather than as a marker. "appear" hedges a claim
// ("appears to be", "appears that", "appears unlikely"), but "appeared in court" or "appears on
// the list" is an event: a preposition follows. "need" binds as a verb ("needs to consult"), but
// "the needs of residents" and "a need for housing" are nouns.
function isPlainUse(word: Word, text: string): boolean {
  const next = /^[\s,]*([\p{L}']+)/u.exec(text.slice(word.to))?.[1]?.toLowerCase() ?? '';
  // Nothing follows in the clause: "as we expect.", "safety needs;".
  const ends = /^\s*([.;:!?)\]]|$)/.test(text.slice(word.to));
  if (word.lower === 'would') return isReportedWould(word, text);
  // "rather than" sets one thing against another as "not" does ("reputational rather than
  // financial", "to its reputation, not its finances"); "rather good" only grades.
  if (word.lower === 'rather') return !/^\s+than\b/i.test(text.slice(word.to));
  if (PREVENTING.has(word.lower)) {
    return !/^(?:\s+[\p{L}'’-]+){0,4}?\s+(?:from|[\p{L}]+ing)\b/iu.test(text.slice(word.to));
  }
  // "a break clause so that the Council can recover the building": in a clause of purpose the
  // modal says what is enabled, not how sure the claim is.
  if (PURPOSE_MODALS.has(word.lower)) {
    const before = text.slice(0, word.from);
    return (
      /\b(?:so|in order) that\b[^.;:!?]{0,60}$/i.test(before) ||
      // "a risk that the Trust may not pay" says no more than "a risk of the Trust not paying":
      // the noun already says it is a possibility.
      (word.lower !== 'can' &&
        /\b(?:risks?|chance|possibility|danger) that\b[^.;:!?]{0,60}$/i.test(before))
    );
  }
  // "best known for" and "better known as" say how widely something is known, not how good it is.
  if (word.lower === 'best' || word.lower === 'better') return next === 'known';
  // "the fall of the regime", "the rise of the internet": with a noun phrase of its own after
  // "of", a thing that collapsed or emerged. A change of amount takes "in" ("a fall in income"),
  // or "of" and a figure ("a rise of 5%") or a bare noun ("the rise of homelessness").
  if (/^(rise|rises|fall|falls)$/.test(word.lower) && next === 'of') {
    const object = /^\s*of\s+([\p{L}']+)\s+([\p{L}\d]+)/iu.exec(text.slice(word.to));
    return (
      object !== null &&
      DETERMINERS.has((object[1] as string).toLowerCase()) &&
      !/^(no|any|some|many|each|every)$/i.test(object[1] as string) &&
      !/^\d/.test(object[2] as string) &&
      !NUMBER_WORDS.has((object[2] as string).toLowerCase())
    );
  }
  if (/^(appear|appears|appeared)$/.test(word.lower)) {
    return next !== 'to' && next !== 'that' && FUNCTION_WORDS.has(next);
  }
  if (word.lower === 'need' || word.lower === 'needs') {
    const previous = /([\p{L}']+)[\s,]*$/u.exec(text.slice(Math.max(0, word.from - 12), word.from));
    return DETERMINERS.has(previous?.[1]?.toLowerCase() ?? '') || ends || NOUN_FOLLOWERS.has(next);
  }
  // "against" takes a stance after "be" or a verb of advising or deciding ("officers are against
  // it", "we advise strongly against Option 2"), but "action against the landlord" or "measured
  // against the budget" only relates one thing to another.
  if (word.lower === 'against') {
    const before = /([\p{L}']+)(?:\s+\p{L}+ly)?\s*$/u.exec(
      text.slice(Math.max(0, word.from - 30), word.from),
    );
    return !STANCE_BEFORE.has(before?.[1]?.toLowerCase() ?? '');
  }
  // "object" takes a stance as a verb ("residents object to it", "they object."), not as a noun
  // ("the object of the policy", "a historic object").
  if (word.lower === 'object' || word.lower === 'objects') {
    return !ends && next !== 'to' && next !== 'that';
  }
  // "expect" forecasts when something is expected ("expect costs to rise", "expected in 2027"),
  // but "as residents expect." or "what they have come to expect from us" forecasts nothing.
  if (/^(expect|expects|expected|anticipate|anticipates|anticipated)$/.test(word.lower)) {
    return ends || next === 'from' || next === 'of';
  }
  return false;
}

// "no funds or staff" says what "no funds nor staff" says: after a negative in its clause, "or"
// carries the negation on as "nor" does. A "nor" swapped for such an "or" (or the reverse) keeps
// the polarity, so the pair is dropped from the negators changed.
function norForOr(
  changes: readonly string[],
  removed: readonly Word[],
  added: readonly Word[],
  base: string,
  proposed: string,
): readonly string[] {
  const count = (words: readonly Word[], text: string, which: string, test: typeof afterNegative) =>
    words.filter((word) => word.lower === which && test(word, text)).length;
  // How many of each change to drop: a "nor" swapped for an "or" after a negative (or the
  // reverse), and a "nor" that pairs with a "neither" ("neither A nor B" for "neither of them").
  const drop = new Map<string, number>([
    [
      '-nor',
      (changes.includes('-nor') ? count(added, proposed, 'or', afterNegative) : 0) +
        count(removed, base, 'nor', afterNeither),
    ],
    [
      '+nor',
      (changes.includes('+nor') ? count(removed, base, 'or', afterNegative) : 0) +
        count(added, proposed, 'nor', afterNeither),
    ],
  ]);
  return changes.filter((change) => {
    const left = drop.get(change) ?? 0;
    if (left > 0) drop.set(change, left - 1);
    return left === 0;
  });
}

// True when "neither" comes before `word` in its sentence.
function afterNeither(word: Word, text: string): boolean {
  const span = sentenceSpans(text).find((s) => word.from >= s.from && word.from < s.to);
  return /\bneither\b/i.test(text.slice(span?.from ?? 0, word.from));
}

// True when a negator or a word of negative scope ("few", "hardly") comes before `word` in its
// sentence.
function afterNegative(word: Word, text: string): boolean {
  const span = sentenceSpans(text).find((s) => word.from >= s.from && word.from < s.to);
  return wordsOf(text).some(
    (other) =>
      other.from >= (span?.from ?? 0) &&
      other.to <= word.from &&
      (isNegator(other) || NEGATIVE_SCOPE.has(other.lower)),
  );
}

// "would" after a verb that reports what was said or thought in the past ("she said it would be
// possible") is "will" put in the past to follow the reporting verb, a matter of tense, not of
// how sure the claim is. After a determiner or "as" the verb is no report ("the added cost would
// be", "as noted, it would be").
function isReportedWould(word: Word, text: string): boolean {
  const span = sentenceSpans(text).find((s) => word.from >= s.from && word.from < s.to);
  const words = wordsOf(text);
  return words.some(
    (other, i) =>
      other.from >= (span?.from ?? 0) &&
      other.to <= word.from &&
      word.from - other.to < 80 &&
      REPORTING_VERBS.has(other.lower) &&
      !DETERMINERS.has(words[i - 1]?.lower ?? '') &&
      words[i - 1]?.lower !== 'as',
  );
}

// "can be managed" for "manageable", "could be afforded" for "affordable": the modal and the
// participle say what the "-able" word said, so the modal is no hedge added (or removed).
function isAbleParaphrase(word: Word, text: string, others: readonly Word[]): boolean {
  if (word.lower !== 'can' && word.lower !== 'cannot') return false;
  const participle = /^\s+(?:not\s+)?be\s+(\p{L}+)/iu.exec(text.slice(word.to))?.[1]?.toLowerCase();
  if (participle === undefined) return false;
  const root = participle.replace(/(?:ed|en)$/, '').slice(0, 5);
  return (
    root.length >= 4 &&
    others.some((other) => other.lower.startsWith(root) && /(?:able|ible)$/.test(other.lower))
  );
}

// Modals that a clause of purpose takes ("so that it can", "in order that they may").
const PURPOSE_MODALS = new Set(['can', 'could', 'may', 'might']);

// Words after which "against" takes a stance: forms of "be", verbs of advising, arguing, deciding
// and voting ("spoke out against": "out"), and "those" standing for people.
const STANCE_BEFORE = new Set(
  `is are was were be been being am 's remain remains remained those out
  argue argues argued arguing advise advises advised advising recommend recommends recommended
  recommending vote votes voted voting decide decides decided deciding warn warns warned warning
  campaign campaigns campaigned campaigning lobby lobbies lobbied lobbying ruled ruling
  stand stands stood standing come comes came coming`.split(/\s+/),
);

// Words that follow a noun but never a verb of need: "needs of", "needs and", "needs are".
const NOUN_FOLLOWERS = new Set(['of', 'for', 'and', 'or', 'are', 'were', 'is', 'was']);

// "lawful" for "unlawful", "proportionate" for "disproportionate": a word swapped for its
// opposite made with a negating prefix.
function prefixNegations(removed: readonly Word[], added: readonly Word[]): string[] {
  const out: string[] = [];
  // The root must be a word in its own right that can be graded: "to" and "into", "form" and
  // "inform" are different words, not opposites.
  const gradable = (root: string) =>
    !FUNCTION_WORDS.has(root) && (root.length >= 5 || VERDICT_WORDS.has(root) || MODALS.has(root));
  const opposite = (x: string, y: string) =>
    NEGATING_PREFIXES.some(
      (prefix) => (x === `${prefix}${y}` && gradable(y)) || (y === `${prefix}${x}` && gradable(x)),
    );
  for (const word of removed) {
    const other = added.find((candidate) => opposite(word.lower, candidate.lower));
    // A negated form that is a negator itself ("unable") is counted with the negators already.
    const negated = other && other.lower.length > word.lower.length ? other.lower : word.lower;
    if (other && !NEGATORS.has(negated)) out.push(`-${word.lower}`, `+${other.lower}`);
  }
  return out;
}

// "not believing" for "disbelieving": a negator taken out where a word gains a negating prefix
// (or the other way round) keeps the polarity, as long as the two changes balance.
function polarityChanges(
  negators: readonly string[],
  prefixed: readonly string[],
): readonly string[] {
  const explicit = balanced(negators);
  if (explicit.length === 0 || prefixed.length === 0) return [...explicit, ...prefixed];
  const net = (changes: readonly string[]) =>
    changes.filter((c) => c.startsWith('+')).length -
    changes.filter((c) => c.startsWith('-')).length;
  // Each prefix pair is "-word +unword" or "-unword +word": +1 when the negated form came in.
  let prefixNet = 0;
  for (let i = 0; i + 1 < prefixed.length; i += 2) {
    const [from, to] = [(prefixed[i] as string).slice(1), (prefixed[i + 1] as string).slice(1)];
    prefixNet += to.length > from.length ? 1 : -1;
  }
  return net(explicit) + prefixNet === 0 ? [] : [...explicit, ...prefixed];
}

// Swapping one negator for another ("no" for "not") keeps the polarity: only a change in how
// many there are counts.
function balanced(changes: readonly string[]): readonly string[] {
  const removed = changes.filter((change) => change.startsWith('-')).length;
  const added = changes.length - removed;
  return removed === added ? [] : changes;
}

/** The words of `from` not matched (by stem) in `other`, as a multiset. */
function difference(from: readonly Word[], other: readonly Word[]): Word[] {
  // Words written the same way match first, so that of "serious ... seriously" against
  // "seriously" the one left over is "serious", not the word the other side still has.
  const exact = new Map<string, number>();
  for (const word of other) exact.set(word.lower, (exact.get(word.lower) ?? 0) + 1);
  const unmatched: Word[] = [];
  for (const word of from) {
    const left = exact.get(word.lower) ?? 0;
    if (left > 0) exact.set(word.lower, left - 1);
    else unmatched.push(word);
  }
  const stems = new Map<string, number>();
  for (const word of other) {
    if ((exact.get(word.lower) ?? 0) > 0) {
      exact.set(word.lower, (exact.get(word.lower) ?? 0) - 1);
      stems.set(word.stem, (stems.get(word.stem) ?? 0) + 1);
    }
  }
  const out: Word[] = [];
  for (const word of unmatched) {
    const left = stems.get(word.stem) ?? 0;
    if (left > 0) stems.set(word.stem, left - 1);
    else out.push(word);
  }
  return out;
}

// Figures pair off by kind and value, then by value alone (a "3" read beside a different word is
// the same figure). In each, like pairs with like first, a figure with a figure and a weak number
// word with a weak one, so that a weak word ("the second driver") does not stand in for a figure
// the other side dropped. What is left unpaired changed, but a weak word left over on one side
// only is read as the pronoun or ordinal it usually is, not as a figure changed.
function figureChanges(
  baseReading: Reading,
  proposedReading: Reading,
  copied: readonly Figure[],
): { kinds: FigureKind[]; text: string[] } {
  const baseLeft = [...baseReading.figures];
  const proposedLeft = [...proposedReading.figures];
  const sameKind = (x: Figure, y: Figure) => x.kind === y.kind && x.value === y.value;
  // The figures of sentences pasted again are the base's figures once more.
  pairOff([...copied], proposedLeft, sameKind);
  const sameValue = (x: Figure, y: Figure) =>
    x.value === y.value ||
    (x.kind === 'date' && y.kind === 'date' && (x.alias === y.value || y.alias === x.value));
  const alike = (x: Figure, y: Figure) => (x.weak ?? false) === (y.weak ?? false);
  for (const same of [sameKind, sameValue]) {
    pairOff(baseLeft, proposedLeft, (x, y) => same(x, y) && alike(x, y));
    pairOff(baseLeft, proposedLeft, same);
  }
  // Weak words left over on both sides were swapped for one another ("the first option" for "the
  // second option", "the two" for "the three"): a figure changed all the same.
  const swapped = baseLeft.some((f) => f.weak) && proposedLeft.some((f) => f.weak);
  const kinds = new Set<FigureKind>();
  const text: string[] = [];
  for (const [sign, left, other] of [
    ['-', baseLeft, proposedReading.text],
    ['+', proposedLeft, baseReading.text],
  ] as const) {
    for (const figure of left.filter(
      (figure) => (swapped || !figure.weak) && !isCodeNumber(figure, other),
    )) {
      kinds.add(figure.kind);
      text.push(`${sign}${figure.text}`);
    }
  }
  return { kinds: [...kinds], text };
}

// "section 106" for "S106", "the A61" for "A61": a count the other text has as the number of a
// code (letters and digits run together) is the same thing written out.
function isCodeNumber(figure: Figure, otherText: string): boolean {
  if (figure.kind !== 'count' || !/^\d+$/.test(figure.value)) return false;
  return new RegExp(`\\p{L}${figure.value}(?![\\p{L}\\d])`, 'u').test(otherText);
}

// Takes out of `base` and `proposed` each pair that `match`es, the first match for each figure.
function pairOff(
  base: Figure[],
  proposed: Figure[],
  match: (base: Figure, proposed: Figure) => boolean,
): void {
  for (let i = 0; i < base.length;) {
    const figure = base[i] as Figure;
    const j = proposed.findIndex((other) => match(figure, other));
    if (j < 0) i++;
    else {
      base.splice(i, 1);
      proposed.splice(j, 1);
    }
  }
}
