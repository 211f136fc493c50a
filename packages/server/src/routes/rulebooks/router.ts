/** The rulebooks on offer. */
import { Router } from 'express';
import { authenticate } from '../../auth/authenticate.js';
import { availableRulebooks } from '../../classification.js';
import type { AppContext } from '../../context.js';

/** The express router of these routes, over `context`. */
export function rulebooksRouter(context: AppContext): Router {
  const router = Router();
  router.get('/api/rulebooks', async (req, res) => {
    await authenticate(context, req);
    res.json({ rulebooks: availableRulebooks(), default: context.defaultRulebook });
  });
  return router;
}
