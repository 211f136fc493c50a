/**
 * Where proposals are parsed and classified: a pool of worker threads (piscina), so that one
 * member's proposal of a 200,000-word report does not hold up every other request; or, with no
 * threads, the main thread itself (the in-process test servers use that).
 *
 * A small body is prepared on the main thread even when there is a pool. What a proposal costs to
 * parse and classify grows with its body, and the editor sends only what changed (compactReport):
 * a member's usual request, a few paragraphs re-worded, is a few kilobytes and well under a
 * millisecond, less than the round trip to a thread and back costs. Measured under load (50
 * connections, one-paragraph proposals on a 10,000-word report, 2 cores): about 1,400 requests/s
 * prepared in place against 1,200 through one worker thread, with the same CPU time on the main
 * thread either way. Bodies over {@link INLINE_BYTES} go to the threads.
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

/**
 * Request bodies of at most this many bytes are prepared on the calling thread: a compact
 * proposal of this size changes a few paragraphs, and costs a millisecond or two at most.
 */
export const INLINE_BYTES = 8 * 1024;

/**
 * A preparer with `threads` worker threads for bodies over `inlineBytes` bytes (see
 * {@link INLINE_BYTES}; 0 sends every body to the threads), or for none when `threads` is 0.
 */
export function createProposalPreparer(
  threads: number,
  inlineBytes: number = INLINE_BYTES,
): ProposalPreparer {
  if (!Number.isInteger(threads) || threads < 0) {
    throw new RangeError(`proposal worker threads must be a whole number ≥ 0, not ${threads}`);
  }
  const inline = async (task: ProposalTask) => prepareProposal(task);
  if (threads === 0) return { threads, prepare: inline, close: async () => undefined };
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
      if ((task.bytes?.byteLength ?? 0) <= inlineBytes) return inline(task);
      const outcome = await pool.run(task);
      if (outcome.ok) return outcome.prepared;
      const { status, code, message, details } = outcome.refusal;
      throw new ApiError(status, code, message, details);
    },
    close: () => (closing ??= pool.close()),
  };
}
