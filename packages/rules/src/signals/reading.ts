/**
 * What `compareSubstance` reads of one text on its own, before it compares it with another: its
 * words (with "non-" joined to the word after it), the set of their stems, its figures, where its
 * connectives of several words stand, and its sentences. None of it depends on the other text.
 *
 * The base side of a change is one block of the base version, compared against proposal after
 * proposal (the server keeps the version it classifies against, the editor re-classifies on every
 * keystroke). Nodes are immutable, so the reading of a block's text is kept with the block's node
 * ({@link readingOf}) and the base's changed blocks are read once, not once per proposal.
 */
import type { Node } from 'prosemirror-model';
import type { Span } from '../diff/word_diff.js';
import { keptByNode } from '../text/kept_by_node.js';
import { CONNECTIVE_PHRASES, CONNECTIVES_BEFORE_COMMA } from './lexicon.js';
import { figuresOf, type Figure } from './figures.js';
import { isContentWord, sentenceSpans, stem, wordsOf, type Word } from './words.js';

/** One text, read word by word. */
export interface Reading {
  readonly text: string;
  /** The words of {@link text}, "non-" joined to the word after its hyphen. */
  readonly words: readonly Word[];
  /** The stems of {@link words}. */
  readonly stems: ReadonlySet<string>;
  readonly figures: readonly Figure[];
  /** Where the text has a connective of several words ("for example", "on the other hand"). */
  readonly links: readonly Span[];
  /**
   * The sentences of {@link text} (line breaks also end one). Found when first asked for: only
   * the base side of a change needs them.
   */
  readonly sentences: readonly Span[];
  /** The content words (see `isContentWord`) of each of {@link sentences}; found when asked for. */
  readonly sentenceContent: readonly (readonly Word[])[];
}

/** Reads `text`. Pure. */
export function readText(text: string): Reading {
  return new TextReading(text);
}

// A class, not an object literal with getters: such a literal's getters are closures made anew
// for each text, so each literal gets a hidden class of its own, which V8 keeps in its old
// generation until a full collection; and through it, everything the reading holds outlived the
// young-generation collections (measured in a proposal worker, with analyse's context, which was
// such a literal too: 1.3 MB promoted per scavenge, of 2 MB).
class TextReading implements Reading {
  readonly words: readonly Word[];
  readonly stems: ReadonlySet<string>;
  readonly figures: readonly Figure[];
  readonly links: readonly Span[];
  private spans: readonly Span[] | null = null;
  private content: readonly (readonly Word[])[] | null = null;

  constructor(readonly text: string) {
    this.words = joinPrefixes(text, wordsOf(text));
    this.stems = new Set(this.words.map((word) => word.stem));
    this.figures = figuresOf(text, this.words);
    this.links = connectiveSpans(text);
  }

  get sentences(): readonly Span[] {
    this.spans ??= sentenceSpans(this.text);
    return this.spans;
  }

  get sentenceContent(): readonly (readonly Word[])[] {
    this.content ??= this.sentences.map((span) =>
      this.words.filter(
        (word) => word.from >= span.from && word.to <= span.to && isContentWord(word),
      ),
    );
    return this.content;
  }
}

/**
 * The reading of `text`, the plain text of `node` (a block, or null for a text that is no one
 * node's), kept with the node: a block read once is not read again for the next proposal.
 */
export const readingOf: (text: string, node: Node | null) => Reading = keptByNode(readText);

// "non-compliant" is one word to a reader, though the segmenter splits it in two: "non" joins
// the word after its hyphen, so that "non-compliant" is "noncompliant", a word with a negating
// prefix. Against "compliant" it is a negation; against "not compliant" or "indeterminate" for
// "non-determinate" the polarity holds; "non-lethal" added is a new qualifier.
function joinPrefixes(text: string, words: readonly Word[]): readonly Word[] {
  if (!/\bnon-/i.test(text)) return words;
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as Word;
    const next = words[i + 1];
    if (word.lower === 'non' && next && text.slice(word.to, next.from) === '-') {
      const lower = `non${next.lower}`;
      out.push({
        text: text.slice(word.from, next.to),
        lower,
        stem: stem(lower),
        from: word.from,
        to: next.to,
      });
      i++;
    } else out.push(word);
  }
  return out;
}

// "in particular cases" and "in short supply" are not connectives: those two need a comma.
const CONNECTIVE = new RegExp(
  `\\b(${[...CONNECTIVE_PHRASES, ...CONNECTIVES_BEFORE_COMMA.map((phrase) => `${phrase}(?=\\s*,)`)]
    .map((phrase) => phrase.replace(/ /g, '\\s+'))
    .join('|')})\\b`,
  'gi',
);

// Where the text has a connective of several words ("as well as", "for example", "on the other
// hand"): its words link clauses rather than say anything.
function connectiveSpans(text: string): readonly Span[] {
  return [...text.matchAll(CONNECTIVE)].map((match) => ({
    from: match.index ?? 0,
    to: (match.index ?? 0) + match[0].length,
  }));
}
