/**
 * The entry point of each worker thread in the proposal pool (piscina loads this file and calls
 * its default export once per task). An error loses its class on the way back to the main thread,
 * so an {@link ApiError} (bad input, an expected outcome) is sent back as a value and rebuilt
 * there; anything else is a bug and rejects the task, which the main thread answers with a 500.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { ApiError } from '../api_error.js';
import { loadDictionary } from '../classification.js';
import { prepareProposal, type PreparedProposal, type ProposalTask } from './prepare_proposal.js';

/** An ApiError as plain data. */
export interface Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: unknown;
}

/** What a task sends back to the main thread. */
export type WorkerOutcome =
  | { readonly ok: true; readonly prepared: PreparedProposal }
  | { readonly ok: false; readonly refusal: Refusal };

// Load the dictionary while the thread starts, not on its first proposal.
loadDictionary();

/**
 * Runs {@link prepareProposal} for one task. The serialised body is moved to the main thread, not
 * copied (its bytes are not used here again).
 */
export default function run(task: ProposalTask): WorkerOutcome {
  try {
    const prepared = prepareProposal(task);
    const outcome: WorkerOutcome = { ok: true, prepared };
    if (prepared.kind !== 'classified') return outcome;
    return move({
      [transferableSymbol]: [prepared.proposedJson.buffer],
      [valueSymbol]: outcome,
    }) as unknown as WorkerOutcome;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const { status, code, message, details } = error;
    return { ok: false, refusal: { status, code, message, details } };
  }
}
