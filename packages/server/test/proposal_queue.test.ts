/**
 * The proposal worker pool takes proposals strictly in the order they came. piscina's default
 * puts a task it cannot hand to a busy worker at the back of its queue, so under steady load
 * with one thread every completed task sent the next-oldest proposal to the back: a few waited
 * many rounds (p99 latency seven times the median in the load bench). A regression test of that,
 * and of closing: the proposals already given are answered first.
 */
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api_error.js';
import type { ProposalTask } from '../src/proposal_intake/prepare_proposal.js';
import { createProposalPreparer } from '../src/proposal_intake/proposal_preparer.js';

/** Proposal `n` with malformed JSON: refused in the worker, which is all these tests need. */
const malformed = (n: number): ProposalTask => ({
  bytes: new TextEncoder().encode(`{"n": ${n}`),
  charset: 'utf-8',
  base: undefined,
});

describe('the proposal worker pool', () => {
  it('finishes proposals in the order they arrived, however many wait', async () => {
    const preparer = createProposalPreparer(1);
    try {
      const finished: number[] = [];
      const tasks = Array.from({ length: 12 }, (_, i) =>
        preparer.prepare(malformed(i)).then(
          () => expect.unreachable('malformed JSON was accepted'),
          (error: unknown) => {
            expect(error).toBeInstanceOf(ApiError);
            finished.push(i);
          },
        ),
      );
      await Promise.all(tasks);
      expect(finished).toEqual(tasks.map((_, i) => i));
    } finally {
      await preparer.close();
    }
  });

  it('answers every proposal it was given before it closes, as a graceful shutdown must', async () => {
    const preparer = createProposalPreparer(1);
    const tasks = Array.from({ length: 8 }, (_, i) =>
      preparer.prepare(malformed(i)).then(
        () => 'accepted',
        (error: unknown) => (error instanceof ApiError ? error.code : String(error)),
      ),
    );
    await preparer.close();
    expect(await Promise.all(tasks)).toEqual(tasks.map(() => 'malformed_json'));
  });
});
