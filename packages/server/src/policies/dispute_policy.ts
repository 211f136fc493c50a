/**
 * Who resolves a disputed finding: the council's configured resolver role (the Monitoring Officer
 * by default; North East Derbyshire's protocol 4(viii) names the Head of Paid Service, so it is a
 * setting). The resolver sees every open dispute. Pure predicates.
 */
import type { ResolverRole } from '../roles.js';
import type { Subject } from './report_policy.js';

/** Whether `user` may uphold or overturn disputes in a council whose resolver is `resolver`. */
export function canResolveDisputes(user: Subject, resolver: ResolverRole): boolean {
  return user.role === resolver;
}
