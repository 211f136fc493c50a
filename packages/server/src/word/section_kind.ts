/**
 * Guesses a section's kind from its heading, the way a reader of a council report would: strip the
 * numbering ("4.", "4.1", "Section 4 –", "Part B:"), then look for the words report templates use.
 * Specific phrases are tried before single words, so "Reasons for the recommendations" is a
 * `reasons` section and "Alternative options considered" an `options` one; among single words the
 * one nearest the start of the title wins ("Legal and financial implications" is `legal`).
 */
import type { SectionKind } from '@probity/rules';

// Phrases first: each names its section unambiguously wherever it appears in the title.
const PHRASES: readonly (readonly [RegExp, SectionKind])[] = [
  [/\bbackground papers?\b|\bappendi(x|ces)\b|\bhuman resources?\b|\bstaffing\b/, 'other'],
  [/\breasons? for (the |this |these )?(recommend|decision|proposal)/, 'reasons'],
  [
    /\b(alternative|other) options?\b|\boptions? (considered|appraisal|analysis|available)/,
    'options',
  ],
  [/\bkey decisions?\b|\bforward plan\b/, 'key_decision'],
  [/\bequality impact\b|\bpublic sector equality duty\b/, 'equality'],
  [
    /\b(decisions? (required|sought|requested)|proposed decision|recommended decision)\b/,
    'recommendations',
  ],
  [/\bexecutive summary\b|\bpurpose\b/, 'purpose'],
  [/\bmonitoring officer\b/, 'legal'],
  [/\b(section 151|s\.? ?151|chief finance officer)\b/, 'financial'],
];

// Single words: the earliest in the title decides.
const WORDS: readonly (readonly [RegExp, SectionKind])[] = [
  [/\brecommend(ation|ations|ed)?\b/, 'recommendations'],
  [/\breasons?\b|\brationale\b|\bjustification\b/, 'reasons'],
  [/\boptions?\b|\balternatives?\b/, 'options'],
  [/\bbackground\b|\bcontext\b|\bcurrent (position|situation)\b|\bintroduction\b/, 'background'],
  [/\bsummary\b|\baims?\b|\bobjectives?\b/, 'purpose'],
  [/\bfinanc(e|ial)\b|\bbudget(ary)?\b|\bcosts?\b|\bresources?\b|\bvalue for money\b/, 'financial'],
  [/\blegal\b|\blaw(ful)?\b|\bstatutory\b|\bgovernance\b|\bconstitution(al)?\b/, 'legal'],
  [/\bequalit(y|ies)\b|\bdiversity\b|\binclusion\b|\bhuman rights\b/, 'equality'],
  [/\brisks?\b/, 'risk'],
  [
    /\bconsult(ation|ations|ed|ing)?\b|\bengagement\b|\brepresentations?\b|\bresponses?\b/,
    'consultation',
  ],
];

/** Numbering and labels in front of a heading's words: "4.", "4.1)", "Section 4 -", "Part B:", "(a)". */
const NUMBERING =
  /^\s*(?:(?:section|part|paragraph)\s+)?(?:\(?[0-9]+(?:\.[0-9]+)*\.?\)?|\(?[a-z]\)|[ivx]+\.)\s*[-–—:.]?\s*/i;

/** Drops leading numbering from a heading ("4.1 Background" → "Background"). */
export function stripNumbering(title: string): string {
  return title.replace(NUMBERING, '').trim();
}

/**
 * The {@link SectionKind} a heading most likely introduces; `other` when no template word appears
 * (appendices, background papers, implications the protocol does not single out).
 */
export function guessSectionKind(title: string): SectionKind {
  const words = stripNumbering(title).toLowerCase().replace(/\s+/g, ' ');
  for (const [pattern, kind] of PHRASES) {
    if (pattern.test(words)) return kind;
  }
  let best: { kind: SectionKind; at: number } | undefined;
  for (const [pattern, kind] of WORDS) {
    const at = words.search(pattern);
    if (at >= 0 && (best === undefined || at < best.at)) best = { kind, at };
  }
  return best?.kind ?? 'other';
}
