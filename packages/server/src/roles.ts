/** The people who use Probity, and what each role is called on the wire. */

/** Every role a user can hold; exactly one per user. */
export const ROLES = [
  'officer',
  'cabinet_member',
  'chair',
  'democratic_services',
  'monitoring_officer',
  'head_of_paid_service',
  'admin',
] as const;

/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Roles that can be a report's member (the portfolio holder or committee Chair). */
export const MEMBER_ROLES: readonly Role[] = ['cabinet_member', 'chair'];

/** Roles that may resolve a disputed finding; which one does is set per council. */
export const RESOLVER_ROLES = ['monitoring_officer', 'head_of_paid_service'] as const;

/** One of {@link RESOLVER_ROLES}. */
export type ResolverRole = (typeof RESOLVER_ROLES)[number];

/** A report's life: drafting, with the member for review, cleared by the author, published. */
export const REPORT_STATUSES = ['draft', 'with_member', 'cleared', 'published'] as const;

/** One of {@link REPORT_STATUSES}. */
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** A proposal's life: drafted by the member, sent to the author, then decided or withdrawn. */
export const PROPOSAL_STATUSES = ['draft', 'submitted', 'withdrawn', 'decided'] as const;

/** One of {@link PROPOSAL_STATUSES}. */
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** A dispute is open until the resolver upholds the finding or overturns it. */
export const DISPUTE_STATUSES = ['open', 'upheld', 'overturned'] as const;

/** One of {@link DISPUTE_STATUSES}. */
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
