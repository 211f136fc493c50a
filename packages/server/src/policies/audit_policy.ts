/**
 * Who may check the audit trail and read the statistics across reports. Pure predicates.
 * Democratic services and the Monitoring Officer audit; the administrator may verify the chain
 * (it reveals no report content).
 */
import type { Role } from '../roles.js';
import type { Subject } from './report_policy.js';

const VERIFIERS: readonly Role[] = ['democratic_services', 'monitoring_officer', 'admin'];
const ANALYSTS: readonly Role[] = ['democratic_services', 'monitoring_officer'];

/** Whether `user` may verify the whole audit chain. */
export function canVerifyAudit(user: Subject): boolean {
  return VERIFIERS.includes(user.role);
}

/** Whether `user` may see findings counted across every report. */
export function canViewStatistics(user: Subject): boolean {
  return ANALYSTS.includes(user.role);
}
