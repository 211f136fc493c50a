/**
 * The two readings of a Word document with tracked changes: as Word shows it with every change
 * rejected (the original paragraphs) and with every change accepted (the proposed ones).
 *
 * The document is a stream of runs and paragraph marks, each unchanged, inserted or deleted. The
 * original view keeps what was not inserted and ends a paragraph at each mark that was not
 * inserted; the accepted view keeps what was not deleted and ends one at each mark that was not
 * deleted. Each accepted paragraph remembers how many unchanged characters it took from each
 * original paragraph, which original paragraph its own mark ends, and which original paragraph it
 * starts in or just after: what is needed to tie it to a block of the version.
 */
import type { TrackedParagraph, TrackedRun } from './tracked_reader.js';

/** A paragraph as it was, with every change rejected. */
export interface Original {
  text: string;
  started: boolean;
  /** The Word table cell it is in, if any. */
  cell?: string;
}

/** A paragraph as proposed, with every change accepted. */
export interface Accepted {
  readonly runs: TrackedRun[];
  /** Index of the original paragraph it starts in or just after (-1: before them all). */
  after?: number;
  heading: boolean;
  cell?: string;
  readonly credit: Map<number, number>;
  endsOriginal?: number;
  started: boolean;
}

/** The original (all rejected) and accepted (all accepted) paragraphs of `paragraphs`. */
export function views(paragraphs: readonly TrackedParagraph[]): {
  originals: Original[];
  accepted: Accepted[];
} {
  const originals: Original[] = [];
  const accepted: Accepted[] = [];
  let original: Original = { text: '', started: false };
  let current: Accepted = { runs: [], heading: false, credit: new Map(), started: false };
  const closeOriginal = () => {
    originals.push(original);
    original = { text: '', started: false };
  };
  const here = () => (original.started ? originals.length : originals.length - 1);
  const closeAccepted = () => {
    current.after ??= here();
    accepted.push(current);
    current = { runs: [], heading: false, credit: new Map(), started: false };
  };
  let cell: string | undefined;
  for (const paragraph of paragraphs) {
    if (paragraph.cell !== cell) {
      // A cell's last paragraph mark cannot be deleted: whatever is open ends with the cell.
      if (original.started) closeOriginal();
      if (current.started) closeAccepted();
      original = { text: '', started: false };
      current = { runs: [], heading: false, credit: new Map(), started: false };
      cell = paragraph.cell;
    }
    original.cell = paragraph.cell;
    current.cell = paragraph.cell;
    for (const run of paragraph.runs) {
      if (run.status !== 'inserted') {
        original.text += run.text;
        original.started = true;
      }
      if (run.status !== 'deleted') {
        current.after ??= here();
        current.runs.push(run);
        current.started = true;
      }
      if (run.status === 'unchanged') {
        const at = originals.length;
        current.credit.set(at, (current.credit.get(at) ?? 0) + run.text.length);
      }
    }
    if (paragraph.mark === 'unchanged') current.endsOriginal = originals.length;
    current.heading = paragraph.heading;
    if (paragraph.mark !== 'inserted') closeOriginal();
    if (paragraph.mark !== 'deleted') closeAccepted();
  }
  if (original.started) closeOriginal();
  if (current.started) closeAccepted();
  return { originals, accepted };
}
