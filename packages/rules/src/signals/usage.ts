/**
 * How often the base version of a report uses each word (lower-cased): the report's own spelling
 * of the names a dictionary does not know ("Stonebroom", "Tibshelf"), so that a name put right to
 * the spelling the report uses elsewhere reads as a typing fix.
 */
import type { Node } from 'prosemirror-model';
import { toPlainText } from '../plain_text.js';
import { keptWithNode } from '../text/kept_by_node.js';
import { wordsOf } from './words.js';

/** How many times a report uses a word, lower-cased. */
export type Usage = (word: string) => number;

/** The {@link Usage} of `doc`, worked out once per document node. */
export const usageOf: (doc: Node) => Usage = keptWithNode((doc) => {
  const counts = new Map<string, number>();
  for (const word of wordsOf(toPlainText(doc))) {
    counts.set(word.lower, (counts.get(word.lower) ?? 0) + 1);
  }
  return (word) => counts.get(word) ?? 0;
});
