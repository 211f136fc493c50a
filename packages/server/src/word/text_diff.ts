/**
 * Character diffs of two texts for Word's tracked changes, and slicing formatted runs by offset.
 */
import DiffMatchPatch from 'diff-match-patch';
import type { WordRun } from './word_layout.js';

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // the same inputs must always give the same file

/**
 * The character diff of `base` and `proposed`, semantically cleaned up. diff-match-patch works on
 * UTF-16 code units, so a character outside the Basic Multilingual Plane (an emoji, say) could be
 * cut between its two halves, which XML cannot hold: each such character is stood in for by one
 * private-use character for the diff and put back afterwards.
 */
export function diffText(base: string, proposed: string): [number, string][] {
  const stand = new Map<string, string>();
  const back = new Map<string, string>();
  let next = 0xe000;
  const encode = (text: string): string =>
    Array.from(text, (character) => {
      if (character.length === 1) return character;
      let code = stand.get(character);
      if (code === undefined) {
        while ((base + proposed).includes(String.fromCharCode(next))) next++;
        code = String.fromCharCode(next++);
        stand.set(character, code);
        back.set(code, character);
      }
      return code;
    }).join('');
  const diffs = dmp.diff_main(encode(base), encode(proposed));
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => [op, Array.from(text, (c) => back.get(c) ?? c).join('')]);
}

/** The part of `runs` between UTF-16 offsets `from` and `to`, formatting kept. */
export function sliceRuns(runs: readonly WordRun[], from: number, to: number): WordRun[] {
  const out: WordRun[] = [];
  let at = 0;
  for (const run of runs) {
    const start = Math.max(from, at);
    const end = Math.min(to, at + run.text.length);
    if (start < end) out.push({ ...run, text: run.text.slice(start - at, end - at) });
    at += run.text.length;
  }
  return out;
}
