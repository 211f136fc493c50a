/**
 * Who may do what to a report. Pure predicates over the user's id and role and the report's author
 * and member: no I/O, no state, so every role can be tested against every action.
 *
 * A report is seen by its author, its member (portfolio holder or Chair), democratic services, the
 * Monitoring Officer and the Head of Paid Service, and by nobody else: routes answer 404 to anyone
 * who cannot see a report, exactly as for an unknown id.
 */
import type { Role } from '../roles.js';

/** The acting user, as policies see them. */
export interface Subject {
  readonly id: string;
  readonly role: Role;
}

/** The facts about a report that decide access. */
export interface ReportParties {
  readonly authorId: string;
  readonly memberId: string;
}

/** Everything that can be done to a report. */
export const REPORT_ACTIONS = [
  'view',
  'save_version',
  'share',
  'publish',
  'propose',
  'decide',
  'export',
] as const;

/** One of {@link REPORT_ACTIONS}. */
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const OVERSIGHT: readonly Role[] = [
  'democratic_services',
  'monitoring_officer',
  'head_of_paid_service',
];
const EXPORTERS: readonly Role[] = ['democratic_services', 'monitoring_officer'];

/** Whether `user` may create a report at all: officers write reports. */
export function canCreateReport(user: Subject): boolean {
  return user.role === 'officer';
}

/** Whether `user` may do `action` to `report`. */
export function canOnReport(user: Subject, action: ReportAction, report: ReportParties): boolean {
  const isAuthor = user.role === 'officer' && user.id === report.authorId;
  const isMember =
    (user.role === 'cabinet_member' || user.role === 'chair') && user.id === report.memberId;
  switch (action) {
    case 'view':
      return isAuthor || isMember || OVERSIGHT.includes(user.role);
    case 'save_version':
    case 'share':
    case 'publish':
    case 'decide':
      return isAuthor;
    case 'propose':
      return isMember;
    case 'export':
      return EXPORTERS.includes(user.role);
  }
}
