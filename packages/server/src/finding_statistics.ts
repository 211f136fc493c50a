/**
 * Findings counted across every report, for democratic services and the Monitoring Officer:
 * by clause, by member and by month (of the proposal), each split by verdict. Every finding of
 * every proposal made is counted, including proposals later withdrawn: what members asked for
 * is the point, whether or not it went ahead.
 */
import type { ProposalRecord, UserRecord } from './db/store.js';

/** One row of counts. */
export interface FindingCount {
  readonly key: string;
  readonly label: string;
  readonly permitted: number;
  readonly review: number;
  readonly forbidden: number;
  readonly total: number;
}

/** The three breakdowns, each sorted by key. */
export interface FindingStatistics {
  readonly byClause: readonly FindingCount[];
  readonly byMember: readonly FindingCount[];
  readonly byMonth: readonly FindingCount[];
}

/** Counts the findings of `proposals`; `users` names the members. */
export function countFindings(
  proposals: readonly ProposalRecord[],
  users: ReadonlyMap<string, UserRecord>,
): FindingStatistics {
  const byClause = new Tally();
  const byMember = new Tally();
  const byMonth = new Tally();
  for (const proposal of proposals) {
    const month = proposal.createdAt.slice(0, 7);
    const member = users.get(proposal.memberId)?.name ?? proposal.memberId;
    for (const finding of proposal.classification.findings) {
      byClause.add(
        `${proposal.classification.rulebook} ${finding.clause}`,
        finding.clause,
        finding.verdict,
      );
      byMember.add(proposal.memberId, member, finding.verdict);
      byMonth.add(month, month, finding.verdict);
    }
  }
  return { byClause: byClause.rows(), byMember: byMember.rows(), byMonth: byMonth.rows() };
}

class Tally {
  private readonly counts = new Map<
    string,
    { label: string; permitted: number; review: number; forbidden: number }
  >();

  add(key: string, label: string, verdict: 'permitted' | 'review' | 'forbidden'): void {
    const row = this.counts.get(key) ?? { label, permitted: 0, review: 0, forbidden: 0 };
    row[verdict]++;
    this.counts.set(key, row);
  }

  rows(): readonly FindingCount[] {
    return [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([key, row]) => ({ key, ...row, total: row.permitted + row.review + row.forbidden }));
  }
}
