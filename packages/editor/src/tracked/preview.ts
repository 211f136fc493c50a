/**
 * The browser's preview of the protocol check: the rules library's `classify` bound to the
 * report's rulebook and flags, and `applyChanges` for reverting one change. The server runs the
 * same code on submit and its answer is the one stored; this is only what the member sees while
 * typing. The en-GB dictionary the rules use to recognise spelling fixes is the server's, loaded
 * once (as two text files, in their own chunk) before the first preview, so both sides agree.
 */
import type { Node } from 'prosemirror-model';
import { applyChanges, classify, useDictionary } from '@probity/rules';
import type { Classification } from './classification.js';
import type { Classifier } from './track_changes.js';

/** The report facts a classification depends on. */
export interface ReportFacts {
  readonly rulebook: string;
  readonly statutory: boolean;
}

let dictionary: Promise<void> | null = null;

/**
 * Loads the spelling dictionary into the rules library (once). Resolves even if it cannot be
 * loaded: the rules then use their dictionary-free fallback, and the server's verdict still rules.
 */
export function loadDictionary(): Promise<void> {
  dictionary ??= Promise.all([
    import('dictionary-en-gb/index.aff?raw'),
    import('dictionary-en-gb/index.dic?raw'),
  ]).then(
    ([aff, dic]) => useDictionary({ aff: aff.default, dic: dic.default }),
    () => undefined,
  );
  return dictionary;
}

/** A classifier for `report`'s rulebook and statutory flag. */
export function previewClassifier(report: ReportFacts): Classifier {
  const options = { rulebook: report.rulebook, report: { statutory: report.statutory } };
  return (base, proposed) => classify(base, proposed, options);
}

/**
 * The proposal with one finding's change undone: every other finding of `classification`
 * applied to `base` (the rules' `applyChanges`, exact for the findings it gave).
 */
export function revertFinding(
  base: Node,
  proposed: Node,
  classification: Classification,
  findingId: string,
  report: ReportFacts,
): Node {
  const kept = classification.findings.map((f) => f.id).filter((id) => id !== findingId);
  return applyChanges(base, proposed, kept, {
    rulebook: report.rulebook,
    report: { statutory: report.statutory },
  });
}
