import { describe, expect, it } from 'vitest';
import type { DisputeRecord, ProposalRecord, ReportRecord } from '../db/store.js';
import { attentionFor } from './attention.js';

const report = (status: ReportRecord['status']): ReportRecord => ({
  id: 'r1',
  title: 't',
  decisionMaker: 'Cabinet',
  authorId: 'author',
  memberId: 'member',
  keyDecision: false,
  statutory: false,
  status,
  rulebook: 'north-east-derbyshire',
  currentVersionId: 'v2',
  createdAt: '',
  updatedAt: '',
});

const proposal = (status: ProposalRecord['status'], baseVersionId = 'v2'): ProposalRecord => ({
  id: `p-${status}`,
  reportId: 'r1',
  baseVersionId,
  memberId: 'member',
  note: '',
  status,
  classification: { verdict: 'permitted', rulebook: 'north-east-derbyshire', findings: [] },
  resultVersionId: null,
  createdAt: '',
  updatedAt: '',
});

const dispute = { reportId: 'r1', status: 'open' } as DisputeRecord;
const author = { id: 'author', role: 'officer' } as const;
const member = { id: 'member', role: 'cabinet_member' } as const;
const monitoring = { id: 'mo', role: 'monitoring_officer' } as const;

describe('attentionFor', () => {
  it('asks the author to decide a submitted proposal', () => {
    expect(
      attentionFor(
        author,
        report('with_member'),
        [proposal('submitted')],
        [],
        'monitoring_officer',
      ),
    ).toBe('decide_proposal');
    expect(
      attentionFor(author, report('with_member'), [proposal('draft')], [], 'monitoring_officer'),
    ).toBeNull();
  });

  it('asks the member to review a shared report, or to send a drafted proposal', () => {
    expect(attentionFor(member, report('with_member'), [], [], 'monitoring_officer')).toBe(
      'review_report',
    );
    expect(
      attentionFor(member, report('with_member'), [proposal('draft')], [], 'monitoring_officer'),
    ).toBe('send_proposal');
    expect(
      attentionFor(
        member,
        report('with_member'),
        [proposal('submitted')],
        [],
        'monitoring_officer',
      ),
    ).toBeNull();
    expect(attentionFor(member, report('draft'), [], [], 'monitoring_officer')).toBeNull();
  });

  it('asks the member again when their proposal was against an older version', () => {
    expect(
      attentionFor(
        member,
        report('with_member'),
        [proposal('submitted', 'v1')],
        [],
        'monitoring_officer',
      ),
    ).toBe('review_report');
  });

  it('asks the council’s resolver, and only them, to resolve an open dispute', () => {
    expect(
      attentionFor(monitoring, report('with_member'), [], [dispute], 'monitoring_officer'),
    ).toBe('resolve_dispute');
    expect(
      attentionFor(monitoring, report('with_member'), [], [dispute], 'head_of_paid_service'),
    ).toBeNull();
  });
});
