import { describe, expect, it } from 'vitest';
import type { Role } from '../roles.js';
import { PROPOSAL_ACTIONS, canOnProposal, type ProposalAction } from './proposal_policy.js';

const report = { authorId: 'author', memberId: 'member' };
const proposal = { memberId: 'member' };

const expected: readonly [string, { id: string; role: Role }, readonly ProposalAction[]][] = [
  ['the author', { id: 'author', role: 'officer' }, ['view', 'decide']],
  ['another officer', { id: 'x', role: 'officer' }, []],
  [
    'the proposing member',
    { id: 'member', role: 'cabinet_member' },
    ['view', 'submit', 'withdraw', 'dispute'],
  ],
  [
    'the proposing chair',
    { id: 'member', role: 'chair' },
    ['view', 'submit', 'withdraw', 'dispute'],
  ],
  ['another cabinet member', { id: 'x', role: 'cabinet_member' }, []],
  ['another chair', { id: 'x', role: 'chair' }, []],
  ['democratic services', { id: 'x', role: 'democratic_services' }, ['view']],
  ['the monitoring officer', { id: 'x', role: 'monitoring_officer' }, ['view']],
  ['the head of paid service', { id: 'x', role: 'head_of_paid_service' }, ['view']],
  ['an administrator', { id: 'x', role: 'admin' }, []],
];

describe('canOnProposal', () => {
  for (const [who, user, allowed] of expected) {
    for (const action of PROPOSAL_ACTIONS) {
      const may = allowed.includes(action);
      it(`${may ? 'lets' : 'does not let'} ${who} ${action}`, () => {
        expect(canOnProposal(user, action, proposal, report)).toBe(may);
      });
    }
  }

  it('does not let a member act on a proposal when the report has since gone to another member', () => {
    const reassigned = { authorId: 'author', memberId: 'someone-else' };
    const member = { id: 'member', role: 'cabinet_member' as const };
    for (const action of ['submit', 'withdraw', 'dispute'] as const) {
      expect(canOnProposal(member, action, proposal, reassigned)).toBe(false);
    }
  });
});
