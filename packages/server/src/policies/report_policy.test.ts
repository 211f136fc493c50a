import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles.js';
import {
  REPORT_ACTIONS,
  canCreateReport,
  canOnReport,
  type ReportAction,
} from './report_policy.js';

const report = { authorId: 'author', memberId: 'member' };

// Each row is a kind of person relative to the report; the set is every action they may take.
const expected: readonly [string, { id: string; role: Role }, readonly ReportAction[]][] = [
  [
    'the author',
    { id: 'author', role: 'officer' },
    ['view', 'save_version', 'share', 'publish', 'decide'],
  ],
  ['another officer', { id: 'x', role: 'officer' }, []],
  ['the member (cabinet member)', { id: 'member', role: 'cabinet_member' }, ['view', 'propose']],
  ['the member (chair)', { id: 'member', role: 'chair' }, ['view', 'propose']],
  ['another cabinet member', { id: 'x', role: 'cabinet_member' }, []],
  ['another chair', { id: 'x', role: 'chair' }, []],
  ['democratic services', { id: 'x', role: 'democratic_services' }, ['view', 'export']],
  ['the monitoring officer', { id: 'x', role: 'monitoring_officer' }, ['view', 'export']],
  ['the head of paid service', { id: 'x', role: 'head_of_paid_service' }, ['view']],
  ['an administrator', { id: 'x', role: 'admin' }, []],
  // A user id that matches but a role that does not: roles are checked, not ids alone.
  ['an admin holding the author id', { id: 'author', role: 'admin' }, []],
  ['an officer holding the member id', { id: 'member', role: 'officer' }, []],
];

describe('canOnReport', () => {
  for (const [who, user, allowed] of expected) {
    for (const action of REPORT_ACTIONS) {
      const may = allowed.includes(action);
      it(`${may ? 'lets' : 'does not let'} ${who} ${action.replace('_', ' ')}`, () => {
        expect(canOnReport(user, action, report)).toBe(may);
      });
    }
  }
});

describe('canCreateReport', () => {
  for (const role of ROLES) {
    it(`${role === 'officer' ? 'lets' : 'does not let'} a ${role} create a report`, () => {
      expect(canCreateReport({ id: 'x', role })).toBe(role === 'officer');
    });
  }
});
