/**
 * The report bodies already known to be valid: those `parseReport` built and those `toReport`
 * checked. Nodes are immutable, so one that passed the checks once always will; the server
 * classifies the bodies it has just parsed, and the editor classifies the same base against each
 * new draft, and neither pays for checking a body twice.
 *
 * Being recorded here is trusted twice over: classify takes a recorded body without checking it,
 * and parseReport, given a recorded body as the base of a proposal, takes a block of the proposal
 * that is exactly one of the base's without checking it node by node. So only a body that passed
 * every check of a report body may be recorded.
 */
import type { Node } from 'prosemirror-model';

const checked = new WeakSet<Node>();

/** Records that `body` passed every check of a report body. */
export function markChecked(body: Node): void {
  checked.add(body);
}

/** True when `body` is known to pass every check of a report body. */
export function isChecked(body: Node): boolean {
  return checked.has(body);
}
