/**
 * Presenters: exactly the fields that leave the server, for each resource. Nothing is sent that is
 * not listed here (password hashes, session hashes and internal columns never are).
 */
import { attestationFor } from '../classification.js';
import type {
  DecisionRecord,
  DisputeRecord,
  ProposalRecord,
  ReportRecord,
  UserRecord,
  VersionRecord,
} from '../db/store.js';

/** A user as others see them. */
export function presentUser(user: UserRecord) {
  return { id: user.id, name: user.name, email: user.email, role: user.role };
}

/** A person named on a record: id, name and role, or just the id if they are unknown. */
export function presentPerson(id: string, users: ReadonlyMap<string, UserRecord>) {
  const user = users.get(id);
  return user ? { id, name: user.name, role: user.role } : { id, name: id, role: null };
}

/** A version without its body. */
export function presentVersion(version: VersionRecord) {
  return {
    id: version.id,
    reportId: version.reportId,
    number: version.number,
    authorId: version.authorId,
    source: version.source,
    proposalId: version.proposalId,
    bodyHash: version.bodyHash,
    createdAt: version.createdAt,
  };
}

/** A report's summary, for lists. `attention` says what the viewer must do next, if anything. */
export function presentReportSummary(
  report: ReportRecord,
  users: ReadonlyMap<string, UserRecord>,
  attention: string | null,
) {
  return {
    id: report.id,
    title: report.title,
    decisionMaker: report.decisionMaker,
    author: presentPerson(report.authorId, users),
    member: presentPerson(report.memberId, users),
    authorId: report.authorId,
    memberId: report.memberId,
    keyDecision: report.keyDecision,
    statutory: report.statutory,
    status: report.status,
    rulebook: report.rulebook,
    currentVersionId: report.currentVersionId,
    createdAt: report.createdAt,
    updatedAt: report.updatedAt,
    attention,
  };
}

/** A report with its current version and body. */
export function presentReport(
  report: ReportRecord,
  users: ReadonlyMap<string, UserRecord>,
  current: VersionRecord,
  body: unknown,
  attention: string | null = null,
) {
  return {
    ...presentReportSummary(report, users, attention),
    currentVersion: {
      id: current.id,
      number: current.number,
      createdAt: current.createdAt,
      authorId: current.authorId,
    },
    body,
  };
}

/** A classification with, on each review finding, the words the author must attest. */
export function presentClassification(classification: ProposalRecord['classification']) {
  return {
    verdict: classification.verdict,
    rulebook: classification.rulebook,
    findings: classification.findings.map((finding) => {
      const attestation = attestationFor(classification.rulebook, finding);
      return attestation === undefined ? finding : { ...finding, attestation };
    }),
  };
}

/** A dispute. */
export function presentDispute(dispute: DisputeRecord) {
  return {
    id: dispute.id,
    proposalId: dispute.proposalId,
    reportId: dispute.reportId,
    findingId: dispute.findingId,
    memberId: dispute.memberId,
    reason: dispute.reason,
    status: dispute.status,
    resolverRole: dispute.resolverRole,
    resolvedBy: dispute.resolvedBy,
    resolution: dispute.resolution,
    createdAt: dispute.createdAt,
    resolvedAt: dispute.resolvedAt,
  };
}

/** An author's decision on one finding. */
export function presentDecision(decision: DecisionRecord) {
  return {
    findingId: decision.findingId,
    accept: decision.accept,
    attestation: decision.attestation,
    decidedBy: decision.decidedBy,
    createdAt: decision.createdAt,
  };
}

/** A proposal; with bodies, disputes and decisions when `detail` is given. */
export function presentProposal(
  proposal: ProposalRecord,
  detail?: {
    readonly base: unknown;
    readonly proposed: unknown;
    readonly disputes: readonly DisputeRecord[];
    readonly decisions: readonly DecisionRecord[];
  },
) {
  const summary = {
    id: proposal.id,
    reportId: proposal.reportId,
    baseVersionId: proposal.baseVersionId,
    memberId: proposal.memberId,
    note: proposal.note,
    status: proposal.status,
    classification: presentClassification(proposal.classification),
    resultVersionId: proposal.resultVersionId,
    createdAt: proposal.createdAt,
    updatedAt: proposal.updatedAt,
  };
  if (!detail) return summary;
  return {
    ...summary,
    base: detail.base,
    proposed: detail.proposed,
    disputes: detail.disputes.map(presentDispute),
    decisions: detail.decisions.map(presentDecision),
  };
}
