/**
 * The signals that tell a change of substance from a re-phrasing, read off the word-class
 * comparison of `compareSubstance`, each with the words that carried it: as compact evidence for
 * the record ("modal or hedge -likely +will") and as words a councillor reads ("changes "likely"
 * to "will"").
 *
 * Tuned on the IteraTeR train split and checked on dev (see ACCURACY.md): additions weigh more
 * than removals, because re-phrasing mostly tightens (drops a loose "can" or "more") while a
 * change of meaning mostly adds (a qualifier, a figure, a hedge). A marker swapped for another of
 * its group (EQUIVALENT_MARKERS: "can" for "is able to", "typically" for "usually") cancels out,
 * and "will" added alone marks the tense, not certainty. Only content words gone altogether count
 * towards a claim removed: a word kept elsewhere was moved or condensed.
 */
import {
  BINDING_MODALS,
  EQUIVALENT_MARKERS,
  LOOSE_SCALE_WORDS,
  TENSE_MODALS,
} from '../signals/lexicon.js';
import type { Substance } from '../signals/substance.js';

/** Net content words a re-phrasing may bring in without counting as a new claim. */
export const ADDED_SLACK = 1;
/** Net content words a re-phrasing may drop (tightening) without counting as a claim removed. */
export const REMOVED_SLACK = 6;

export type SignalKind =
  | 'negation'
  | 'modal'
  | 'verdict'
  | 'figure'
  | 'condition'
  | 'quantifier'
  | 'claim-added'
  | 'claim-removed';

/** One signal of a change of substance. */
export interface Signal {
  readonly kind: SignalKind;
  readonly removed: readonly string[];
  readonly added: readonly string[];
}

const LABELS: Record<SignalKind, string> = {
  negation: 'negation',
  modal: 'modal or hedge',
  verdict: 'verdict',
  figure: 'figures',
  condition: 'condition',
  quantifier: 'quantifier',
  'claim-added': 'claim or qualification added:',
  'claim-removed': 'claim removed:',
};

/** The substance signals of a change; empty when it reads as a re-phrasing. */
export function substanceSignals(substance: Substance): readonly Signal[] {
  const signals: Signal[] = [];
  const push = (kind: SignalKind, changes: readonly string[]) => {
    if (changes.length === 0) return;
    signals.push({
      kind,
      removed: changes.filter((c) => c.startsWith('-')).map((c) => c.slice(1)),
      added: changes.filter((c) => c.startsWith('+')).map((c) => c.slice(1)),
    });
  };
  push('negation', substance.negation);
  const swapped = equivalentSwaps([
    ...substance.modal,
    ...substance.verdict,
    ...substance.quantifier,
  ]);
  const kept = (changes: readonly string[]) =>
    changes.filter((change) => {
      const left = swapped.get(change) ?? 0;
      if (left > 0) swapped.set(change, left - 1);
      return left === 0;
    });
  push(
    'modal',
    kept(substance.modal).filter((change) =>
      change.startsWith('+')
        ? !TENSE_MODALS.has(change.slice(1))
        : BINDING_MODALS.has(change.slice(1)),
    ),
  );
  push(
    'verdict',
    kept(substance.verdict).filter(
      (change) => change.startsWith('+') || !LOOSE_SCALE_WORDS.has(change.slice(1)),
    ),
  );
  push('figure', substance.figures.length > 0 ? substance.figureText : []);
  push('condition', substance.condition);
  push('quantifier', kept(substance.quantifier));
  const added = substance.added.length;
  const paired = Math.min(added, substance.removed.length);
  // Words only added, none taken away: a qualifier or a new claim, not a re-phrasing.
  const pureAddition = substance.removedWords === 0 && added > 0;
  if (pureAddition || added - paired > ADDED_SLACK) {
    signals.push({ kind: 'claim-added', removed: [], added: substance.added.slice(0, 8) });
  }
  // Only words gone altogether count as lost: one kept elsewhere in the text was moved or
  // condensed, not taken out. Unless nothing came in: then a word said fewer times was taken
  // out with what it said ("Brookfield Leisure Centre" cut from one paragraph, kept in another).
  const lost = added === 0 ? substance.removed.length : substance.lost.length;
  if (substance.sentencesRemoved > 0 || lost - Math.min(lost, added) > REMOVED_SLACK) {
    signals.push({ kind: 'claim-removed', removed: substance.removed.slice(0, 8), added: [] });
  }
  return signals;
}

/** The kinds of signal, in the order `substanceSignals` reports them. */
export const SIGNAL_KINDS = Object.keys(LABELS) as readonly SignalKind[];

/** The kind of signal a piece of {@link signalEvidence} records; null for other evidence. */
export function evidenceKind(evidence: string): SignalKind | null {
  return SIGNAL_KINDS.find((kind) => evidence.startsWith(`${LABELS[kind]} `)) ?? null;
}

/** Compact evidence for the record: `modal or hedge -likely +will`. */
export function signalEvidence(signal: Signal): string {
  if (signal.kind === 'claim-added') return `${LABELS[signal.kind]} ${signal.added.join(' ')}`;
  if (signal.kind === 'claim-removed') return `${LABELS[signal.kind]} ${signal.removed.join(' ')}`;
  const words = [...signal.removed.map((w) => `-${w}`), ...signal.added.map((w) => `+${w}`)];
  return `${LABELS[signal.kind]} ${words.join(' ')}`;
}

const quoted = (words: readonly string[]) =>
  [...new Set(words)].map((word) => `"${word}"`).join(', ');
const plural = (what: string, words: readonly string[]) =>
  new Set(words).size > 1 ? `${what}s` : what;

/** The signal in words a councillor reads: `changes "likely" to "will"`. */
export function describeSignal(signal: Signal): string {
  const { removed, added } = signal;
  switch (signal.kind) {
    case 'claim-added':
      return `adds a new claim or qualification (${quoted(added.slice(0, 4))})`;
    case 'claim-removed':
      return `removes a claim (${quoted(removed.slice(0, 4))})`;
    case 'figure':
      return removed.length > 0 && added.length > 0
        ? `changes the figure ${quoted(removed)} to ${quoted(added)}`
        : removed.length > 0
          ? `removes the figure ${quoted(removed)}`
          : `adds the figure ${quoted(added)}`;
    default: {
      const what =
        signal.kind === 'negation'
          ? 'negation'
          : signal.kind === 'modal'
            ? 'hedge'
            : signal.kind === 'verdict'
              ? 'verdict word'
              : signal.kind === 'quantifier'
                ? 'quantifier'
                : 'condition';
      if (removed.length > 0 && added.length > 0) {
        return `changes the ${plural(what, removed)} ${quoted(removed)} to ${quoted(added)}`;
      }
      return removed.length > 0
        ? `removes the ${plural(what, removed)} ${quoted(removed)}`
        : `adds the ${plural(what, added)} ${quoted(added)}`;
    }
  }
}

// "will" for "would", "typically" for "usually", "every" for "all": a marker removed and another
// of its group added keep the claim as it was, so the pair cancels out. Returns the cancelled
// changes with how many of each.
function equivalentSwaps(changes: readonly string[]): Map<string, number> {
  const removed = changes.filter((change) => change.startsWith('-')).map((c) => c.slice(1));
  const added = changes.filter((change) => change.startsWith('+')).map((c) => c.slice(1));
  const cancelled = new Map<string, number>();
  const cancel = (change: string) => cancelled.set(change, (cancelled.get(change) ?? 0) + 1);
  for (const word of added) {
    const index = removed.findIndex(
      (other) =>
        other !== word && EQUIVALENT_MARKERS.some((group) => group.has(word) && group.has(other)),
    );
    if (index < 0) continue;
    cancel(`+${word}`);
    cancel(`-${removed[index] as string}`);
    removed.splice(index, 1);
  }
  return cancelled;
}
