/**
 * Reads labelled cases: those of `../shared/corpus/` (never copied into the repository) or, given
 * a directory, those in it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SHARED_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared');
export const CORPUS_DIR = join(SHARED_DIR, 'corpus');
/** Our own labelled cases, one directory per report, in the corpus's format. */
export const HELD_OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), 'held-out');

export interface CorpusCase {
  readonly file: string;
  readonly name: string;
  readonly rulebook: string;
  readonly report: { readonly statutory?: boolean };
  readonly note: string;
  readonly base: unknown;
  readonly proposed: unknown;
  readonly expect: { readonly verdict: string; readonly clause: string };
}

export function readCorpus(dir = CORPUS_DIR): CorpusCase[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map(
      (file) =>
        ({ file, ...(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object) }) as CorpusCase,
    );
}
