import { describe, expect, it } from 'vitest';
import type { StoredFinding } from './classification.js';
import type { ProposalRecord, UserRecord } from './db/store.js';
import { countFindings } from './finding_statistics.js';

const finding = (verdict: StoredFinding['verdict'], clause: string) =>
  ({ verdict, clause }) as StoredFinding;

const proposal = (
  memberId: string,
  createdAt: string,
  findings: StoredFinding[],
): ProposalRecord => ({
  id: `${memberId}-${createdAt}`,
  reportId: 'r1',
  baseVersionId: 'v1',
  memberId,
  note: '',
  status: 'submitted',
  classification: { verdict: 'permitted', rulebook: 'north-east-derbyshire', findings },
  resultVersionId: null,
  createdAt,
  updatedAt: createdAt,
});

const users = new Map([['m1', { id: 'm1', name: 'Cllr Ellis' } as UserRecord]]);

describe('countFindings', () => {
  it('counts every finding by clause, member and month, split by verdict', () => {
    const stats = countFindings(
      [
        proposal('m1', '2026-10-03T10:00:00.000Z', [
          finding('forbidden', '7.6(1)'),
          finding('permitted', '7.5(4)'),
        ]),
        proposal('m1', '2026-11-01T10:00:00.000Z', [finding('forbidden', '7.6(1)')]),
        proposal('m2', '2026-11-02T10:00:00.000Z', [finding('review', '7.5(5)')]),
      ],
      users,
    );
    expect(
      stats.byClause.map((row) => [row.label, row.forbidden, row.review, row.permitted, row.total]),
    ).toEqual([
      ['7.5(4)', 0, 0, 1, 1],
      ['7.5(5)', 0, 1, 0, 1],
      ['7.6(1)', 2, 0, 0, 2],
    ]);
    expect(stats.byMember).toEqual([
      { key: 'm1', label: 'Cllr Ellis', permitted: 1, review: 0, forbidden: 2, total: 3 },
      { key: 'm2', label: 'm2', permitted: 0, review: 1, forbidden: 0, total: 1 },
    ]);
    expect(stats.byMonth.map((row) => [row.key, row.total])).toEqual([
      ['2026-10', 2],
      ['2026-11', 2],
    ]);
  });

  it('orders clauses numerically, so 7.6(10) follows 7.6(9)', () => {
    const stats = countFindings(
      [
        proposal('m1', '2026-11-01T00:00:00.000Z', [
          finding('review', '7.6(10)'),
          finding('review', '7.6(9)'),
        ]),
      ],
      users,
    );
    expect(stats.byClause.map((row) => row.label)).toEqual(['7.6(9)', '7.6(10)']);
  });
});
