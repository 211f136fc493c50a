/**
 * Loading what a request names, with the policy applied: a report (or a proposal's report) the
 * user cannot see is answered 404 exactly like an unknown id, so ids do not leak; one the user can
 * see but not act on is answered 403.
 */
import { forbidden, notFound } from '../api_error.js';
import type { AppContext } from '../context.js';
import type { ProposalWithBody, ReportRecord, UserRecord } from '../db/store.js';
import { canOnProposal, type ProposalAction } from '../policies/proposal_policy.js';
import { canOnReport, type ReportAction } from '../policies/report_policy.js';

/** The report, if `user` may see it and do `action`; 404 when unseen, 403 when seen but not allowed. */
export async function reportFor(
  context: AppContext,
  user: UserRecord,
  reportId: string,
  action: ReportAction = 'view',
): Promise<ReportRecord> {
  const report = await context.store.read((tx) => tx.reports.byId(reportId));
  if (!report || !canOnReport(user, 'view', report)) throw notFound('report', reportId);
  if (!canOnReport(user, action, report)) {
    throw forbidden(
      `Your role (${user.role.replace(/_/g, ' ')}) cannot ${describe(action)} this report.`,
    );
  }
  return report;
}

/** The proposal and its report, with the same rules as {@link reportFor}. */
export async function proposalFor(
  context: AppContext,
  user: UserRecord,
  proposalId: string,
  action: ProposalAction = 'view',
): Promise<{ proposal: ProposalWithBody; report: ReportRecord }> {
  const found = await context.store.read(async (tx) => {
    const proposal = await tx.proposals.byId(proposalId);
    const report = proposal ? await tx.reports.byId(proposal.reportId) : undefined;
    return proposal && report ? { proposal, report } : undefined;
  });
  if (!found || !canOnProposal(user, 'view', found.proposal, found.report)) {
    throw notFound('proposal', proposalId);
  }
  if (!canOnProposal(user, action, found.proposal, found.report)) {
    throw forbidden(
      `Only ${action === 'decide' ? 'the report author' : 'the member who made it'} can ${action} this proposal.`,
    );
  }
  return found;
}

/** All users by id, for naming people in responses. */
export async function usersById(context: AppContext): Promise<ReadonlyMap<string, UserRecord>> {
  const users = await context.store.read((tx) => tx.users.list());
  return new Map(users.map((user) => [user.id, user]));
}

function describe(action: ReportAction): string {
  return action.replace('_', ' ');
}
