import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../roles.js';
import { canVerifyAudit, canViewStatistics } from './audit_policy.js';

const verifiers: readonly Role[] = ['democratic_services', 'monitoring_officer', 'admin'];
const analysts: readonly Role[] = ['democratic_services', 'monitoring_officer'];

describe('canVerifyAudit', () => {
  for (const role of ROLES) {
    const may = verifiers.includes(role);
    it(`${may ? 'lets' : 'does not let'} a ${role} verify the audit chain`, () => {
      expect(canVerifyAudit({ id: 'x', role })).toBe(may);
    });
  }
});

describe('canViewStatistics', () => {
  for (const role of ROLES) {
    const may = analysts.includes(role);
    it(`${may ? 'lets' : 'does not let'} a ${role} see findings across reports`, () => {
      expect(canViewStatistics({ id: 'x', role })).toBe(may);
    });
  }
});
