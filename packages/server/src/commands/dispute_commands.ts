/**
 * Disputes: a member who believes a forbidden finding is wrong gives a written reason, and the
 * council's resolver (the Monitoring Officer by default) upholds the finding or overturns it, with
 * reasons. An overturned finding may be sent and accepted like a permitted one.
 */
import { randomUUID } from 'node:crypto';
import { conflict, notFound, unprocessable } from '../api_error.js';
import { auditEvent, type Actor } from '../audit_context.js';
import type { AppContext } from '../context.js';
import type { DisputeRecord } from '../db/store.js';
import { proposalIn } from './proposal_commands.js';

/** Disputes `findingId` of a draft or submitted proposal; only forbidden findings can be disputed. */
export async function openDispute(
  context: AppContext,
  actor: Actor & { user: NonNullable<Actor['user']> },
  proposalId: string,
  findingId: string,
  reason: string,
): Promise<DisputeRecord> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const proposal = await proposalIn(tx, proposalId, ['draft', 'submitted']);
    const finding = proposal.classification.findings.find((f) => f.id === findingId);
    if (!finding) throw notFound('finding in this proposal', findingId);
    if (finding.verdict !== 'forbidden') {
      throw unprocessable(
        'not_disputable',
        `Finding ${findingId} is ${finding.verdict}; only forbidden findings are disputed.`,
      );
    }
    const existing = (await tx.disputes.forProposal(proposal.id)).find(
      (d) => d.findingId === findingId,
    );
    if (existing) {
      throw conflict('already_disputed', `Finding ${findingId} is already disputed.`, {
        disputeId: existing.id,
      });
    }
    const dispute: DisputeRecord = {
      id: randomUUID(),
      proposalId: proposal.id,
      reportId: proposal.reportId,
      findingId,
      memberId: actor.user.id,
      reason,
      status: 'open',
      resolverRole: context.disputeResolver,
      resolvedBy: null,
      resolution: null,
      createdAt: now,
      resolvedAt: null,
    };
    await tx.disputes.insert(dispute);
    await tx.audit.append(
      auditEvent(
        actor,
        'finding_disputed',
        proposal.reportId,
        {
          disputeId: dispute.id,
          proposalId: proposal.id,
          findingId,
          clause: finding.clause,
          rule: finding.rule,
          reason,
          referredTo: dispute.resolverRole,
        },
        now,
      ),
    );
    return dispute;
  });
}

/** Upholds or overturns an open dispute, with the resolver's reasons. 409 when already resolved. */
export async function resolveDispute(
  context: AppContext,
  actor: Actor & { user: NonNullable<Actor['user']> },
  disputeId: string,
  outcome: 'upheld' | 'overturned',
  reason: string,
): Promise<DisputeRecord> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const dispute = await tx.disputes.byId(disputeId);
    if (!dispute) throw notFound('dispute', disputeId);
    if (dispute.status !== 'open') {
      throw conflict('dispute_resolved', `The dispute was already ${dispute.status}.`, {
        status: dispute.status,
      });
    }
    const change = {
      status: outcome,
      resolvedBy: actor.user.id,
      resolution: reason,
      resolvedAt: now,
    } as const;
    await tx.disputes.resolve(dispute.id, change);
    await tx.audit.append(
      auditEvent(
        actor,
        'dispute_resolved',
        dispute.reportId,
        {
          disputeId: dispute.id,
          proposalId: dispute.proposalId,
          findingId: dispute.findingId,
          outcome,
          reason,
        },
        now,
      ),
    );
    return { ...dispute, ...change };
  });
}
