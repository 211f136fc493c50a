import { describe, expect, it } from 'vitest';
import { RESOLVER_ROLES, ROLES } from '../roles.js';
import { canResolveDisputes } from './dispute_policy.js';

describe('canResolveDisputes', () => {
  for (const resolver of RESOLVER_ROLES) {
    for (const role of ROLES) {
      const may = role === resolver;
      it(`${may ? 'lets' : 'does not let'} a ${role} resolve when the council's resolver is the ${resolver}`, () => {
        expect(canResolveDisputes({ id: 'x', role }, resolver)).toBe(may);
      });
    }
  }
});
