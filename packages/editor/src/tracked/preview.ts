/**
 * The browser's preview of the protocol check: the rules library's `classify` bound to the
 * report's rulebook and flags, and `applyChanges` for reverting one change. The server runs the
 * same code on submit and its answer is the one stored; this is only what the member sees while
 * typing.
 */
import type { Node } from 'prosemirror-model';
import * as rules from '@probity/rules';
import type { Classification } from './classification.js';
import type { Classifier } from './track_changes.js';

interface ReportFacts {
  readonly rulebook: string;
  readonly statutory: boolean;
}

type ClassifyFn = (
  base: Node,
  proposed: Node,
  options: { rulebook?: string; report?: { statutory?: boolean } },
) => Classification;
type ApplyFn = (base: Node, proposed: Node, accepted: readonly string[]) => Node;

// Until the engine lands in @probity/rules these may be missing; the panel then says so.
const engine = rules as unknown as { classify?: ClassifyFn; applyChanges?: ApplyFn };

/** A classifier for `report`'s rulebook and statutory flag. */
export function previewClassifier(report: ReportFacts): Classifier {
  return (base, proposed) => {
    if (!engine.classify) throw new Error('the protocol checker is not available in this build');
    return engine.classify(base, proposed, {
      rulebook: report.rulebook,
      report: { statutory: report.statutory },
    });
  };
}

/**
 * The proposal with one finding's change undone: every other finding of `classification`
 * applied to `base`. Throws when the engine cannot do it (a bug, shown to the user as such).
 */
export function revertFinding(
  base: Node,
  proposed: Node,
  classification: Classification,
  findingId: string,
): Node {
  if (!engine.applyChanges) throw new Error('reverting is not available in this build');
  const kept = classification.findings.map((f) => f.id).filter((id) => id !== findingId);
  return engine.applyChanges(base, proposed, kept);
}
