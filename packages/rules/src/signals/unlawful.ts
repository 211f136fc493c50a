/**
 * The options a report's legality statements say would be unlawful, or at significant risk of
 * being found unlawful. Each sentence of a `legality` statement that carries such a warning is
 * cut at its clause boundaries (commas, semicolons, "but", "whereas"); the options named in the
 * clause that holds the warning are the ones it warns against, so "Options 1 and 2 are lawful,
 * but Option 3 would be unlawful" names Option 3 only. When the clause names none (the warning
 * follows the option after a parenthetical), the options named earlier in the sentence are taken,
 * or, when the warning refers back ("it", "that"), those the sentence before named.
 */
import type { Node } from 'prosemirror-model';
import { toPlainText } from '../plain_text.js';
import { keptWithNode } from '../text/kept_by_node.js';
import { figuresOf } from './figures.js';
import { isContentWord, isFigure, isSubstanceMarker, sentenceSpans, wordsOf } from './words.js';

const WARNING =
  /\bunlawful\b|\billegal\b|\bultra vires\b|\bnot (be )?lawful\b|\bwould breach\b|\bin breach of\b|\bbreach (of )?(the|its|that|a) (statutory )?duty\b/i;
// Words that refer back to something already named ("a policy requiring it would be unlawful").
const ANAPHOR = /\b(?:it|this|that|these|those|such)\b/i;
const POSITIVE = /\b(are|is|would be|will be) (both )?lawful\b/i;
const OPTION_LIST = /\boptions?\s+((?:\d+|[A-Z]\b)(?:\s*(?:,|and|or|&)\s*(?:\d+|[A-Z]\b))*)/gi;

/** The option numbers or letters (as written, upper-case) named in `text`. */
export function optionRefs(text: string): readonly string[] {
  const refs: string[] = [];
  for (const match of text.matchAll(OPTION_LIST)) {
    for (const ref of (match[1] ?? '').split(/\s*(?:,|and|or|&)\s*/)) {
      if (ref.trim()) refs.push(ref.trim().toUpperCase());
    }
  }
  return refs;
}

/** The option number or letter of an option label ("Option 3" → "3"), or null. */
export function optionRefOfLabel(label: string): string | null {
  return optionRefs(label)[0] ?? null;
}

/** The options the `legality` statements of `doc` warn would be unlawful. */
export function unlawfulOptions(doc: Node): ReadonlySet<string> {
  return readWarnings(doc).options;
}

/**
 * What the `legality` statements of `doc` warn against, in words: the clauses that name no
 * option ("closing a branch without consultation would be unlawful"), the warning sentences that
 * do (which may say what the option does), and the text of each option they warn against, so a
 * recommendation that adopts the course without its number is still caught.
 */
export function unlawfulCourses(doc: Node): readonly string[] {
  const { options, clauses } = readWarnings(doc);
  const courses = [...clauses];
  doc.forEach((section) =>
    section.forEach((block) => {
      const ref =
        block.type.name === 'option' ? optionRefOfLabel(String(block.attrs['label'])) : null;
      if (ref !== null && options.has(ref)) courses.push(toPlainText(block));
    }),
  );
  return courses;
}

// Bodies are immutable: the warnings of one are read once (the editor re-uses its base).
const readWarnings = keptWithNode(readWarningsOf);

function readWarningsOf(doc: Node): { options: Set<string>; clauses: string[] } {
  const found = new Set<string>();
  const described: string[] = [];
  doc.descendants((node) => {
    if (node.type.name === 'section') return true;
    if (node.type.name !== 'statement') return false;
    if (node.attrs['kind'] !== 'legality') return false;
    const text = toPlainText(node);
    // The options the sentence before named (and did not call lawful): "it" and "that" in a
    // warning that names none refer back to them.
    let before: string[] = [];
    for (const span of sentenceSpans(text)) {
      const sentence = text.slice(span.from, span.to);
      const clauses = sentence.split(/[;,:]|\b(?:but|whereas|while|although)\b/i);
      const topic = clauses.flatMap((clause) => (POSITIVE.test(clause) ? [] : optionRefs(clause)));
      if (WARNING.test(sentence)) {
        let named: string[] = [];
        // A sentence that names the option it warns against may also say what the option does
        // ("Option 4, which would transfer £209,000 from the Housing Revenue Account").
        if (optionRefs(sentence).length > 0) described.push(sentence);
        for (const clause of clauses) {
          const refs = optionRefs(clause);
          if (WARNING.test(clause) && !POSITIVE.test(clause)) {
            const meant =
              refs.length > 0 ? refs : named.length > 0 || !ANAPHOR.test(sentence) ? named : before;
            meant.forEach((ref) => found.add(ref));
            if (meant.length === 0) described.push(clause);
          }
          if (refs.length > 0) named = [...refs];
        }
      }
      before = topic;
    }
    return false;
  });
  return { options: found, clauses: described };
}

/**
 * The amounts of money that only the options the `legality` statements of `doc` warn against
 * name: no other option has them ("a fixed price of £4.35 million"). A recommendation that newly
 * names one adopts that option's course, though it names neither the option nor its words.
 */
export const unlawfulAmounts: (doc: Node) => ReadonlySet<string> = keptWithNode((doc) => {
  const { options } = readWarnings(doc);
  if (options.size === 0) return new Set();
  const warned = new Set<string>();
  const elsewhere = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name !== 'option') return true;
    const ref = optionRefOfLabel(String(node.attrs['label']));
    const amounts = amountsIn(toPlainText(node));
    for (const amount of amounts)
      (ref !== null && options.has(ref) ? warned : elsewhere).add(amount);
    return false;
  });
  return new Set([...warned].filter((amount) => !elsewhere.has(amount)));
});

/** The values of the amounts of money in `text`. */
export function amountsIn(text: string): readonly string[] {
  return figuresOf(text, wordsOf(text))
    .filter((figure) => figure.kind === 'money')
    .map((figure) => figure.value);
}

/**
 * True when `after` newly takes up one of `courses`, in content words `before` did not have:
 * most ({@link ADOPTED_SHARE}) of the course's words and at least two; or, when `before` already
 * shared some of its words (a recommendation on the same subject), most of the words it lacked and
 * at least {@link ADOPTED_WORDS}, so "approves Option 2, amended so that any applicant with debt
 * is excluded from the register" takes up "exclude from the register any applicant with debt"
 * although "approves" and "policy" were there before.
 */
export function adoptsCourse(before: string, after: string, courses: readonly string[]): boolean {
  const had = new Set(wordsOf(before).map((word) => word.stem));
  const fresh = new Set(
    wordsOf(after)
      .filter((word) => !had.has(word.stem))
      .map((word) => word.stem),
  );
  return courses.some((course) => {
    // Its content words and figures: "£209,000" is as much the course as "transfer".
    const stems = new Set(
      wordsOf(course.replace(OPTION_LIST, ' '))
        .filter((word) => (isContentWord(word) || isFigure(word)) && !isSubstanceMarker(word))
        .map((word) => word.stem),
    );
    const lacked = [...stems].filter((stem) => !had.has(stem)).length;
    const taken = [...stems].filter((stem) => fresh.has(stem)).length;
    const most = (of: number) => taken >= ADOPTED_SHARE * of;
    return (
      (stems.size >= 2 && taken >= 2 && most(stems.size)) ||
      (taken >= ADOPTED_WORDS && most(lacked))
    );
  });
}

/** Share of a course's content words a recommendation must newly contain to adopt it. */
export const ADOPTED_SHARE = 0.6;
/** Words of a course a recommendation must newly contain to adopt the rest of it. */
export const ADOPTED_WORDS = 3;
