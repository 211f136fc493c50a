/**
 * The author's decision on a member's proposal: accept or reject each finding. A forbidden finding
 * cannot be accepted unless its dispute was overturned; a `review` finding is accepted only with
 * the author's attestation, in the rulebook's words. The accepted changes are applied to the base
 * to make the report's next version, recorded as the author's, in the same transaction as the
 * decisions and their audit events.
 */
import { randomUUID } from 'node:crypto';
import { badRequest, conflict, unprocessable } from '../api_error.js';
import { auditEvent, type Actor } from '../audit_context.js';
import { attestationFor, type StoredClassification } from '../classification.js';
import type { AppContext } from '../context.js';
import type { DisputeRecord, ProposalRecord, VersionRecord } from '../db/store.js';
import { currentReport, insertVersion } from './report_commands.js';
import { proposalIn } from './proposal_commands.js';

/** One decision as the author sends it. */
export interface FindingDecision {
  readonly findingId: string;
  readonly accept: boolean;
  readonly attestation?: string | undefined;
}

/**
 * Checks the author's decisions against the proposal's findings and returns the accepted ids.
 * Throws 400 `decisions_incomplete` unless there is exactly one decision per finding, 422
 * `forbidden_accepted`, `dispute_open` or `attestation_required` naming the finding otherwise.
 */
export function checkDecisions(
  classification: StoredClassification,
  disputes: readonly DisputeRecord[],
  decisions: readonly FindingDecision[],
): readonly string[] {
  const known = new Set(classification.findings.map((f) => f.id));
  const seen = new Set<string>();
  for (const decision of decisions) {
    if (!known.has(decision.findingId)) {
      throw badRequest(
        'unknown_finding',
        `decisions: no finding ${JSON.stringify(decision.findingId)} in this proposal`,
      );
    }
    if (seen.has(decision.findingId)) {
      throw badRequest(
        'decisions_incomplete',
        `decisions: finding ${decision.findingId} is decided twice`,
      );
    }
    seen.add(decision.findingId);
  }
  const missing = [...known].filter((id) => !seen.has(id));
  if (missing.length > 0) {
    throw badRequest(
      'decisions_incomplete',
      `decisions: every finding needs a decision; missing ${missing.join(', ')}`,
      {
        findingIds: missing,
      },
    );
  }
  for (const decision of decisions) {
    if (!decision.accept) continue;
    const finding = classification.findings.find((f) => f.id === decision.findingId);
    if (!finding) continue;
    const dispute = disputes.find((d) => d.findingId === finding.id);
    if (finding.verdict === 'forbidden') {
      if (dispute?.status === 'overturned') continue;
      if (dispute?.status === 'open') {
        throw unprocessable(
          'dispute_open',
          `Finding ${finding.id} is disputed and awaits resolution; it can be rejected but not yet accepted.`,
          {
            findingId: finding.id,
          },
        );
      }
      throw unprocessable(
        'forbidden_accepted',
        `Finding ${finding.id}: ${finding.reason} It cannot be accepted.`,
        {
          findingId: finding.id,
          clause: finding.clause,
        },
      );
    }
    if (finding.verdict === 'review') {
      const words = attestationFor(classification.rulebook, finding) ?? '';
      if (!sameWords(decision.attestation ?? '', words)) {
        throw unprocessable(
          'attestation_required',
          `Finding ${finding.id} needs your attestation: "${words}".`,
          {
            findingId: finding.id,
            attestation: words,
          },
        );
      }
    }
  }
  return decisions.filter((d) => d.accept).map((d) => d.findingId);
}

function sameWords(given: string, expected: string): boolean {
  const normal = (text: string) =>
    text.trim().replace(/\s+/g, ' ').replace(/[.]$/, '').toLowerCase();
  return normal(given) === normal(expected);
}

/**
 * Records the decisions and the version they make. `body` is the base with the accepted changes
 * applied. When the author has saved another version since the proposal's base, the changes can
 * no longer be applied: accepting any is refused with 409 `stale_base`, but rejecting them all is
 * recorded (with no new version), so a stale proposal never blocks publication. 409
 * `proposal_closed` unless the proposal is submitted.
 */
export async function decideProposal(
  context: AppContext,
  actor: Actor & { user: NonNullable<Actor['user']> },
  proposalId: string,
  decisions: readonly FindingDecision[],
  body: unknown,
): Promise<{ proposal: ProposalRecord; version: VersionRecord | null }> {
  const now = context.now();
  return context.store.write(async (tx) => {
    const proposal = await proposalIn(tx, proposalId, ['submitted']);
    const report = await currentReport(tx, proposal.reportId);
    // Checked again inside the transaction: a dispute may have been resolved meanwhile.
    const accepted = checkDecisions(
      proposal.classification,
      await tx.disputes.forProposal(proposal.id),
      decisions,
    );
    const stale = report.currentVersionId !== proposal.baseVersionId;
    if (stale && accepted.length > 0) {
      throw conflict(
        'stale_base',
        `The report has changed since this proposal was made (it was against version ${proposal.baseVersionId}, the current one is ${report.currentVersionId}): reject its changes, or ask the member to propose them again.`,
        { currentVersionId: report.currentVersionId },
      );
    }
    for (const decision of decisions) {
      const finding = proposal.classification.findings.find((f) => f.id === decision.findingId);
      const attested = decision.accept && finding?.verdict === 'review';
      await tx.decisions.insert({
        id: randomUUID(),
        proposalId: proposal.id,
        findingId: decision.findingId,
        accept: decision.accept,
        attestation: attested
          ? (attestationFor(proposal.classification.rulebook, finding) ?? null)
          : null,
        decidedBy: actor.user.id,
        createdAt: now,
      });
      if (attested && finding) {
        await tx.audit.append(
          auditEvent(
            actor,
            'attested',
            report.id,
            {
              proposalId: proposal.id,
              findingId: finding.id,
              clause: finding.clause,
              rule: finding.rule,
              attestation: attestationFor(proposal.classification.rulebook, finding),
            },
            now,
          ),
        );
      }
    }
    const version = stale
      ? null
      : await insertVersion(tx, actor, report.id, randomUUID(), body, proposal.id, now);
    await tx.proposals.update(proposal.id, {
      status: 'decided',
      resultVersionId: version?.id ?? null,
      updatedAt: now,
    });
    await tx.reports.update(report.id, {
      status: 'cleared',
      currentVersionId: version?.id ?? report.currentVersionId,
      updatedAt: now,
    });
    await tx.audit.append(
      auditEvent(
        actor,
        'proposal_decided',
        report.id,
        {
          proposalId: proposal.id,
          versionId: version?.id ?? null,
          accepted,
          rejected: decisions.filter((d) => !d.accept).map((d) => d.findingId),
        },
        now,
      ),
    );
    return {
      proposal: {
        ...proposal,
        status: 'decided',
        resultVersionId: version?.id ?? null,
        updatedAt: now,
      },
      version,
    };
  });
}
