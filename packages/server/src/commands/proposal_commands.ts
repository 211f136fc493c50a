/**
 * The use cases of a member's proposal: record it (with the classification the server computed),
 * send it to the author, withdraw it. A proposal that still carries a forbidden finding cannot be
 * sent: the member withdraws those changes or disputes the finding first.
 */
import { randomUUID } from 'node:crypto';
import { conflict, notFound, unprocessable } from '../api_error.js';
import { auditEvent, type Actor } from '../audit_context.js';
import type { StoredClassification } from '../classification.js';
import type { AppContext } from '../context.js';
import type { DisputeRecord, ProposalRecord, ProposalWithBody, Tx } from '../db/store.js';
import { currentReport } from './report_commands.js';

/** What a member's proposal holds once the server has classified it. */
export interface NewProposal {
  readonly reportId: string;
  readonly baseVersionId: string;
  /**
   * The proposed body, checked by parseReport, as it is stored: JSON against the base version,
   * compact (compactReport), or that JSON already serialised.
   */
  readonly proposedBody: unknown;
  readonly classification: StoredClassification;
  readonly note: string;
  /** The proposal this one replaces when the member withdrew some of its changes. */
  readonly replaces?: string;
}

/** The findings as the audit trail records them: data, not prose. */
export function findingSummary(classification: StoredClassification) {
  return classification.findings.map((finding) => ({
    id: finding.id,
    verdict: finding.verdict,
    clause: finding.clause,
    rule: finding.rule,
    kind: finding.change.kind,
    blockId: finding.change.blockId,
    nodeType: finding.change.nodeType,
  }));
}

/**
 * Records a draft proposal. 409 `stale_base` when the base is no longer current, 409
 * `not_with_member` unless the report is shared with the member.
 */
export async function createProposal(
  context: AppContext,
  actor: Actor & { user: NonNullable<Actor['user']> },
  input: NewProposal,
): Promise<ProposalWithBody> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const report = await currentReport(tx, input.reportId, input.baseVersionId);
    if (report.status !== 'with_member') {
      throw conflict(
        'not_with_member',
        'The report has not been shared with its member for review, so changes cannot be proposed now.',
      );
    }
    const proposal: ProposalWithBody = {
      id: randomUUID(),
      reportId: report.id,
      baseVersionId: input.baseVersionId,
      memberId: actor.user.id,
      note: input.note,
      status: 'draft',
      classification: input.classification,
      resultVersionId: null,
      proposedBody: input.proposedBody,
      createdAt: now,
      updatedAt: now,
    };
    if (input.replaces) await withdraw(tx, actor, input.replaces, now, proposal.id);
    await tx.proposals.insert(proposal);
    await tx.audit.append(
      auditEvent(
        actor,
        'proposal_created',
        report.id,
        {
          proposalId: proposal.id,
          baseVersionId: proposal.baseVersionId,
          verdict: input.classification.verdict,
          rulebook: input.classification.rulebook,
          findings: findingSummary(input.classification),
          replaces: input.replaces ?? null,
        },
        now,
      ),
    );
    return proposal;
  });
}

/**
 * Sends a draft proposal to the author. 422 `forbidden_findings` (with their ids) while a forbidden
 * finding has no dispute or its dispute was upheld; 409 when the base has moved on.
 */
export async function submitProposal(
  context: AppContext,
  actor: Actor,
  proposalId: string,
): Promise<ProposalRecord> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const proposal = await proposalIn(tx, proposalId, ['draft']);
    await currentReport(tx, proposal.reportId, proposal.baseVersionId);
    const disputes = await tx.disputes.forProposal(proposal.id);
    const blocking = blockingFindings(proposal.classification, disputes);
    if (blocking.length > 0) {
      throw unprocessable(
        'forbidden_findings',
        `The protocol does not allow ${blocking.length === 1 ? 'one of these changes' : `${blocking.length} of these changes`} to be requested: withdraw ${blocking.length === 1 ? 'it' : 'them'} or dispute the finding.`,
        { findingIds: blocking },
      );
    }
    await tx.proposals.update(proposal.id, { status: 'submitted', updatedAt: now });
    await tx.audit.append(
      auditEvent(
        actor,
        'proposal_submitted',
        proposal.reportId,
        {
          proposalId: proposal.id,
          baseVersionId: proposal.baseVersionId,
          verdict: proposal.classification.verdict,
          findings: findingSummary(proposal.classification),
          disputes: disputes.map((d) => ({ id: d.id, findingId: d.findingId, status: d.status })),
        },
        now,
      ),
    );
    return { ...proposal, status: 'submitted', updatedAt: now };
  });
}

/** The ids of forbidden findings that stop a proposal being sent. */
export function blockingFindings(
  classification: StoredClassification,
  disputes: readonly DisputeRecord[],
): readonly string[] {
  return classification.findings
    .filter((finding) => finding.verdict === 'forbidden')
    .filter((finding) => {
      const dispute = disputes.find((d) => d.findingId === finding.id);
      return !dispute || dispute.status === 'upheld';
    })
    .map((finding) => finding.id);
}

/** Withdraws a draft or submitted proposal. */
export async function withdrawProposal(
  context: AppContext,
  actor: Actor,
  proposalId: string,
): Promise<ProposalRecord> {
  const now = context.now();
  return context.store.write((tx) => withdraw(tx, actor, proposalId, now, null));
}

async function withdraw(
  tx: Tx,
  actor: Actor,
  proposalId: string,
  now: string,
  replacedBy: string | null,
): Promise<ProposalRecord> {
  const proposal = await proposalIn(tx, proposalId, ['draft', 'submitted']);
  await tx.proposals.update(proposal.id, { status: 'withdrawn', updatedAt: now });
  await tx.audit.append(
    auditEvent(
      actor,
      'proposal_withdrawn',
      proposal.reportId,
      { proposalId: proposal.id, previousStatus: proposal.status, replacedBy },
      now,
    ),
  );
  return { ...proposal, status: 'withdrawn', updatedAt: now };
}

/** The proposal, checked to be in one of `statuses`; 409 `proposal_closed` otherwise. */
export async function proposalIn(
  tx: Tx,
  proposalId: string,
  statuses: readonly ProposalRecord['status'][],
): Promise<ProposalWithBody> {
  const proposal = await tx.proposals.byId(proposalId);
  if (!proposal) throw notFound('proposal', proposalId);
  if (!statuses.includes(proposal.status)) {
    throw conflict(
      'proposal_closed',
      `The proposal is ${proposal.status}; this needs it to be ${statuses.join(' or ')}.`,
      { status: proposal.status },
    );
  }
  return proposal;
}
