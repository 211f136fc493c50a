/**
 * Who may act on a member's proposal. Only the member who made it sends it, withdraws it or
 * disputes one of its findings; only the report's author decides it; whoever can see the report
 * can see its proposals. Pure predicates, like every policy.
 */
import type { Role } from '../roles.js';
import { canOnReport, type ReportParties, type Subject } from './report_policy.js';

/** Everything that can be done to a proposal. */
export const PROPOSAL_ACTIONS = ['view', 'submit', 'withdraw', 'dispute', 'decide'] as const;

/** One of {@link PROPOSAL_ACTIONS}. */
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

/** The facts about a proposal that decide access. */
export interface ProposalParties {
  readonly memberId: string;
}

const MEMBER_ROLES: readonly Role[] = ['cabinet_member', 'chair'];

/** Whether `user` may do `action` to `proposal` of `report`. */
export function canOnProposal(
  user: Subject,
  action: ProposalAction,
  proposal: ProposalParties,
  report: ReportParties,
): boolean {
  switch (action) {
    case 'view':
      return canOnReport(user, 'view', report);
    case 'submit':
    case 'withdraw':
    case 'dispute':
      return (
        MEMBER_ROLES.includes(user.role) &&
        user.id === proposal.memberId &&
        canOnReport(user, 'propose', report)
      );
    case 'decide':
      return canOnReport(user, 'decide', report);
  }
}
