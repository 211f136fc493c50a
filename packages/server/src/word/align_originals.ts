/**
 * Ties the paragraphs of a Word document, read with every tracked change rejected, to the text
 * blocks of the version it was exported from.
 *
 * When every edit was tracked the two are the same, paragraph for paragraph. Members do forget to
 * turn Track Changes on, so the two sequences of paragraph texts are diffed (each distinct text
 * stood in for by one character, diff-match-patch's line-mode trick): equal stretches are tied one
 * to one; in each stretch between them, the paragraphs left on each side are tied in order as far
 * as they go (edited with Track Changes off), and the rest were added or removed with it off.
 * Probity classifies the accepted text in any case, so an untracked edit is still judged; the
 * alignment only decides which block it belongs to.
 */
import DiffMatchPatch from 'diff-match-patch';

const dmp = new DiffMatchPatch();
dmp.Diff_Timeout = 0; // the same file must always be read the same way

// One code unit per distinct paragraph text, above ASCII and clear of the surrogates.
const FIRST_CODE = 0x100;
const SURROGATES = { from: 0xd800, to: 0xe000 };

/**
 * For each original paragraph (by index), the index of the version's text block it stands for, or
 * `undefined` when it was added with Track Changes off. Texts should be compared as normalised.
 */
export function alignOriginals(
  originals: readonly string[],
  blocks: readonly string[],
): (number | undefined)[] {
  const codes = new Map<string, string>();
  const encode = (texts: readonly string[]): string =>
    texts
      .map((text) => {
        let code = codes.get(text);
        if (code === undefined) {
          let n = FIRST_CODE + codes.size;
          if (n >= SURROGATES.from) n += SURROGATES.to - SURROGATES.from;
          if (n > 0xffff) throw new RangeError('too many distinct paragraphs to align');
          code = String.fromCharCode(n);
          codes.set(text, code);
        }
        return code;
      })
      .join('');
  const diffs = dmp.diff_main(encode(blocks), encode(originals), false);

  const tied: (number | undefined)[] = originals.map(() => undefined);
  let block = 0;
  let original = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const settle = () => {
    added.forEach((at, i) => {
      tied[at] = removed[i];
    });
    removed = [];
    added = [];
  };
  for (const [op, text] of diffs) {
    for (let i = 0; i < text.length; i++) {
      if (op === DiffMatchPatch.DIFF_EQUAL) {
        settle();
        tied[original++] = block++;
      } else if (op === DiffMatchPatch.DIFF_DELETE) removed.push(block++);
      else added.push(original++);
    }
  }
  settle();
  return tied;
}
