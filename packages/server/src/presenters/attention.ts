/**
 * What a report needs from the person looking at it, as a stable code the editor turns into words:
 * `decide_proposal` (author: a proposal waits for a decision), `review_report` (member: shared
 * with you and nothing proposed yet), `send_proposal` (member: a drafted proposal not yet sent),
 * `resolve_dispute` (the resolver: a finding is disputed), or null.
 */
import type { DisputeRecord, ProposalRecord, ReportRecord } from '../db/store.js';
import type { Subject } from '../policies/report_policy.js';
import type { ResolverRole } from '../roles.js';

/** The attention code for `user` on `report`. */
export function attentionFor(
  user: Subject,
  report: ReportRecord,
  proposals: readonly ProposalRecord[],
  openDisputes: readonly DisputeRecord[],
  resolver: ResolverRole,
): string | null {
  const current = proposals.filter((p) => p.baseVersionId === report.currentVersionId);
  if (user.id === report.authorId && proposals.some((p) => p.status === 'submitted')) {
    return 'decide_proposal';
  }
  if (user.id === report.memberId && report.status === 'with_member') {
    if (current.some((p) => p.status === 'draft')) return 'send_proposal';
    if (!current.some((p) => p.status === 'submitted')) return 'review_report';
  }
  if (user.role === resolver && openDisputes.some((d) => d.reportId === report.id)) {
    return 'resolve_dispute';
  }
  return null;
}
