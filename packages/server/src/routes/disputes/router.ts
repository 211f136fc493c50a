/** Resolving disputed findings: the council's resolver role (the Monitoring Officer by default). */
import { Router } from 'express';
import { forbidden } from '../../api_error.js';
import { authenticate } from '../../auth/authenticate.js';
import { resolveDispute } from '../../commands/dispute_commands.js';
import type { AppContext } from '../../context.js';
import { canResolveDisputes } from '../../policies/dispute_policy.js';
import { presentDispute } from '../../presenters/presenters.js';
import { validate } from '../validate.js';
import { DisputeParams, ResolveBody } from './schema.js';

/** The express router of these routes, over `context`. */
export function disputesRouter(context: AppContext): Router {
  const router = Router();
  const refuse = () =>
    forbidden(`Disputes are resolved by the ${context.disputeResolver.replace(/_/g, ' ')}.`);

  router.get('/api/disputes', async (req, res) => {
    const { user } = await authenticate(context, req);
    if (!canResolveDisputes(user, context.disputeResolver)) throw refuse();
    const disputes = await context.store.read((tx) => tx.disputes.open());
    res.json({ disputes: disputes.map(presentDispute) });
  });

  router.post('/api/disputes/:id/resolve', async (req, res) => {
    const auth = await authenticate(context, req);
    const { id } = validate(DisputeParams, req.params, 'params');
    const input = validate(ResolveBody, req.body, 'body');
    // Resolving is a role's duty, not access to a report: anyone else is refused before any
    // lookup, so the answer says nothing about which dispute ids exist.
    if (!canResolveDisputes(auth.user, context.disputeResolver)) throw refuse();
    const actor = { ...auth.actor, user: { id: auth.user.id, role: auth.user.role } };
    res.json(presentDispute(await resolveDispute(context, actor, id, input.outcome, input.reason)));
  });

  return router;
}
