/**
 * Where proposals are parsed and classified: a pool of worker threads (piscina), so the main
 * thread only reads requests, checks sessions and permissions, writes to the database and
 * answers, and one member's 10,000-word proposal does not hold up every other request; or, with
 * no threads, the main thread itself (the in-process test servers use that).
 *
 * The threads run `proposal_worker` (beside this file; see worker_module.ts for how it is found
 * in the build and in the source).
 */
import { Piscina } from 'piscina';
import { ApiError } from '../api_error.js';
import { workerModule } from '../worker_module.js';
import { prepareProposal, type PreparedProposal, type ProposalTask } from './prepare_proposal.js';
import type { WorkerOutcome } from './proposal_worker.js';

/** Parses, validates and classifies proposals; see {@link prepareProposal}. */
export interface ProposalPreparer {
  /** How many worker threads do the work; 0 when it is done on the calling thread. */
  readonly threads: number;
  /** Resolves with the prepared proposal; rejects with an {@link ApiError} for bad input. */
  prepare(task: ProposalTask): Promise<PreparedProposal>;
  /**
   * Finishes the tasks already given (their requests are still owed an answer, even during a
   * graceful shutdown), then stops the worker threads. Idempotent.
   */
  close(): Promise<void>;
}

/** A preparer with `threads` worker threads, or on the calling thread when `threads` is 0. */
export function createProposalPreparer(threads: number): ProposalPreparer {
  if (!Number.isInteger(threads) || threads < 0) {
    throw new RangeError(`proposal worker threads must be a whole number ≥ 0, not ${threads}`);
  }
  if (threads === 0) {
    return {
      threads,
      prepare: async (task) => prepareProposal(task),
      close: async () => undefined,
    };
  }
  const pool = new Piscina<ProposalTask, WorkerOutcome>({
    ...workerModule(import.meta.url, 'proposal_worker'),
    minThreads: threads,
    maxThreads: threads,
    // First come, first served: by default piscina sends a task it cannot give a busy thread to
    // the back of its queue, so under steady load a few proposals waited many rounds.
    stricterFIFO: true,
  });
  let closing: Promise<void> | undefined;
  return {
    threads,
    async prepare(task) {
      const outcome = await pool.run(task);
      if (outcome.ok) return outcome.prepared;
      const { status, code, message, details } = outcome.refusal;
      throw new ApiError(status, code, message, details);
    },
    close: () => (closing ??= pool.close()),
  };
}
