/**
 * Spell checking for 7.5(4) fixes, with a real en-GB Hunspell dictionary through nspell.
 *
 * The dictionary is injected, because reading it is I/O and this package does none: the server
 * passes `dictionary-en-gb` (`import dictionary from 'dictionary-en-gb'`), the editor passes the
 * same two files through Vite (`?raw` imports of `index.aff` and `index.dic`). Either calls
 * {@link useDictionary} once at start-up, or passes a {@link Speller} to `classify` in its
 * options. Given the same dictionary, browser and server decide alike.
 *
 * Without a dictionary, a one-word substitution only counts as a spelling fix when the two words
 * are one edit apart and the old one appears nowhere else in the text; real-word changes such as
 * "now"/"not" are never fixes either way, because a dictionary word is never a misspelling.
 */
import nspell from 'nspell';

/** Decides whether a word is spelt correctly. */
export interface Speller {
  /** True when `word` is a correctly spelt word (any case the dictionary allows). */
  correct(word: string): boolean;
}

/** A Hunspell dictionary: the affix and word files, as text or bytes. */
export interface Dictionary {
  readonly aff: string | Uint8Array;
  readonly dic: string | Uint8Array;
}

/** A speller over `dictionary`; results are cached, so repeated words cost one lookup. */
export function createSpeller(dictionary: Dictionary): Speller {
  const decode = (data: string | Uint8Array) =>
    typeof data === 'string' ? data : new TextDecoder().decode(data);
  const spell = nspell(decode(dictionary.aff), decode(dictionary.dic));
  const cache = new Map<string, boolean>();
  return {
    correct(word) {
      let known = cache.get(word);
      if (known === undefined) {
        known = spell.correct(word);
        if (cache.size > 50_000) cache.clear();
        cache.set(word, known);
      }
      return known;
    },
  };
}

let shared: Speller | null = null;

/** Sets the speller `classify` uses when its options give none. Call once at start-up. */
export function useDictionary(dictionary: Dictionary | Speller | null): void {
  shared =
    dictionary === null ? null : 'correct' in dictionary ? dictionary : createSpeller(dictionary);
}

/** The speller set by {@link useDictionary}, or null. */
export function defaultSpeller(): Speller | null {
  return shared;
}
