/**
 * The server's one door to the rules engine. Everything the server asks of `@probity/rules` about
 * verdicts goes through here: classifying a member's proposal, applying the findings an author
 * accepts, the words a `review` finding asks the author to attest, and the rulebooks on offer.
 * The classification is always computed here, on the server; a verdict sent by a client is never
 * read.
 */
import {
  applyChanges,
  classify,
  listRulebooks,
  useDictionary,
  type Classification,
  type ClassifyOptions,
  type Finding,
  type Rulebook,
  type RuleEntry,
} from '@probity/rules';
import dictionary from 'dictionary-en-gb';
import type { Node } from 'prosemirror-model';

let dictionaryLoaded = false;

/**
 * Gives the rules engine the en-GB Hunspell dictionary, so spelling fixes (clause 7.5(4)) are
 * recognised as the browser recognises them. Idempotent; called when the app is built (so the
 * first request does not wait for it) and before every classification here (so nothing, the demo
 * seed included, is classified without it).
 */
export function loadDictionary(): void {
  if (dictionaryLoaded) return;
  useDictionary(dictionary);
  dictionaryLoaded = true;
}

/** A classification as stored and sent: exactly the rules' `Classification`, as JSON. */
export type StoredClassification = Classification;
/** A finding as stored and sent: exactly the rules' `Finding`. */
export type StoredFinding = Finding;

/** Report-level facts the rules need. */
export interface ClassifyContext {
  readonly rulebook: string;
  readonly statutory: boolean;
}

/** Classifies the change from `base` to `proposed` under the report's rulebook. Never throws for a valid pair. */
export function classifyProposal(
  base: Node,
  proposed: Node,
  context: ClassifyContext,
): StoredClassification {
  return classify(base, proposed, options(context));
}

function options(context: ClassifyContext): ClassifyOptions {
  loadDictionary();
  return { rulebook: context.rulebook, report: { statutory: context.statutory } };
}

/**
 * The body that results from applying to `base` only the findings in `acceptedIds` (ids as
 * {@link classifyProposal} gave them for the same bodies and context), as JSON.
 */
export function applyAccepted(
  base: Node,
  proposed: Node,
  acceptedIds: readonly string[],
  context: ClassifyContext,
): unknown {
  return applyChanges(base, proposed, acceptedIds, options(context)).toJSON();
}

const FALLBACK_ATTESTATION =
  'I have checked this change and can support it in my own professional judgement';

/**
 * The words the author confirms to accept `finding`, from the rulebook's rule; a review finding
 * whose rule has no words of its own gets a general confirmation. Undefined for other verdicts.
 */
export function attestationFor(rulebookId: string, finding: StoredFinding): string | undefined {
  if (finding.verdict !== 'review') return undefined;
  const rule: RuleEntry | undefined = knownRulebook(rulebookId)?.rules[finding.rule];
  return rule && 'attestation' in rule && rule.attestation
    ? rule.attestation
    : FALLBACK_ATTESTATION;
}

function knownRulebook(rulebookId: string): Rulebook | undefined {
  return listRulebooks().find((rulebook) => rulebook.id === rulebookId);
}

/** The rulebooks a report may use: id and council name. */
export function availableRulebooks(): readonly { id: string; council: string }[] {
  return listRulebooks().map((rulebook) => ({ id: rulebook.id, council: rulebook.council }));
}

/** Whether `id` names a rulebook the server knows. */
export function isKnownRulebook(id: string): boolean {
  return listRulebooks().some((rulebook) => rulebook.id === id);
}
