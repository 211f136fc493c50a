/** The people in the council, for choosing a report's member. */
import { Router } from 'express';
import { authenticate } from '../../auth/authenticate.js';
import type { AppContext } from '../../context.js';
import { presentUser } from '../../presenters/presenters.js';
import { validate } from '../validate.js';
import { UsersQuery } from './schema.js';

/** The express router of these routes, over `context`. */
export function usersRouter(context: AppContext): Router {
  const router = Router();
  router.get('/api/users', async (req, res) => {
    await authenticate(context, req);
    const query = validate(UsersQuery, req.query, 'query');
    const users = await context.store.read((tx) => tx.users.list(query.role));
    res.json({ users: users.map(presentUser) });
  });
  return router;
}
