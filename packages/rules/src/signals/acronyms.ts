/**
 * Acronyms and their spelled-out forms: "MTFS" and "Medium Term Financial Strategy" name the same
 * thing, so writing one for the other, or adding one beside the other, restates rather than adds
 * or removes a claim. An acronym is a word of two to six capitals (an "s" may follow for the
 * plural); its spelled-out form is a run of as many words whose initials spell it, in order.
 */
import type { Word } from './words.js';

const ACRONYM = /^(\p{Lu}{2,6})s?$/u;

/**
 * The words of `removed` and `added` that restate rather than change: an acronym added whose
 * spelled-out form either version has, a spelled-out form added for an acronym of the base, and
 * likewise an acronym or spelled-out form removed whose counterpart the proposal has.
 */
export function restatedWords(
  removed: readonly Word[],
  added: readonly Word[],
  base: readonly Word[],
  proposed: readonly Word[],
): ReadonlySet<Word> {
  const restated = new Set<Word>();
  for (const word of added) {
    const letters = lettersOf(word);
    if (letters && (runs(base, letters).length > 0 || runs(proposed, letters).length > 0)) {
      restated.add(word);
    }
  }
  for (const word of removed) {
    const letters = lettersOf(word);
    if (letters && runs(proposed, letters).length > 0) restated.add(word);
  }
  // Spelled-out forms, in the version that has them, of the other version's acronyms: only
  // runs through a changed word are looked at, so a long unchanged text costs little.
  const spelled = (words: readonly Word[], changed: readonly Word[], acronyms: readonly Word[]) => {
    const lettersSet = new Set(acronyms.map(lettersOf).filter((l): l is string => l !== null));
    if (lettersSet.size === 0 || changed.length === 0) return;
    const index = new Map(words.map((word, i) => [word, i] as const));
    const changedWords = new Set(changed);
    for (const word of changed) {
      const at = index.get(word);
      if (at === undefined) continue;
      for (const letters of lettersSet) {
        for (let from = Math.max(0, at - letters.length + 1); from <= at; from++) {
          const run = words.slice(from, from + letters.length);
          if (spells(run, letters))
            for (const inRun of run) if (changedWords.has(inRun)) restated.add(inRun);
        }
      }
    }
  };
  spelled(proposed, added, base);
  spelled(base, removed, proposed);
  return restated;
}

function lettersOf(word: Word): string | null {
  const match = ACRONYM.exec(word.text);
  return match?.[1] ? match[1].toLowerCase() : null;
}

// Runs of consecutive words in `words` whose initials spell `letters`.
function runs(words: readonly Word[], letters: string): (readonly Word[])[] {
  const found: (readonly Word[])[] = [];
  for (let i = 0; i + letters.length <= words.length; i++) {
    const run = words.slice(i, i + letters.length);
    if (spells(run, letters)) found.push(run);
  }
  return found;
}

function spells(run: readonly Word[], letters: string): boolean {
  return (
    run.length === letters.length &&
    run.every((word, j) => word.lower[0] === letters[j] && lettersOf(word) === null)
  );
}
