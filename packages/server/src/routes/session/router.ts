/** Logging in and out, and who am I. */
import { Router } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ApiError } from '../../api_error.js';
import { authenticate, clientIp } from '../../auth/authenticate.js';
import { clearSessionCookie, writeSessionCookie } from '../../auth/cookies.js';
import { csrfTokenFor } from '../../auth/session_tokens.js';
import { logIn, logOut } from '../../commands/session_commands.js';
import type { AppContext } from '../../context.js';
import { presentUser } from '../../presenters/presenters.js';
import { validate } from '../validate.js';
import { LoginBody } from './schema.js';

/** Failed logins allowed per client address and email in each window. */
export interface LoginLimit {
  readonly attempts: number;
  readonly windowMs: number;
}

export const DEFAULT_LOGIN_LIMIT: LoginLimit = { attempts: 10, windowMs: 15 * 60 * 1000 };

/** The express router of these routes, over `context`. */
export function sessionRouter(
  context: AppContext,
  limit: LoginLimit = DEFAULT_LOGIN_LIMIT,
): Router {
  const router = Router();
  const limiter = rateLimit({
    windowMs: limit.windowMs,
    limit: limit.attempts,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Per address and account: guessing many passwords for one account, or one password across
    // many accounts from one address, both run out.
    keyGenerator: (req) =>
      `${ipKeyGenerator(clientIp(req) ?? '')}|${String((req.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
    handler: () => {
      throw new ApiError(
        429,
        'too_many_attempts',
        'Too many failed logins; wait a few minutes and try again.',
      );
    },
  });

  router.post('/api/session', limiter, async (req, res) => {
    const input = validate(LoginBody, req.body, 'body');
    const { user, token } = await logIn(context, input.email, input.password, clientIp(req));
    writeSessionCookie(req, res, token);
    res.json({ user: presentUser(user), csrfToken: csrfTokenFor(context.sessionSecret, token) });
  });

  router.get('/api/session', async (req, res) => {
    const auth = await authenticate(context, req);
    res.json({
      user: presentUser(auth.user),
      csrfToken: csrfTokenFor(context.sessionSecret, auth.token),
    });
  });

  router.delete('/api/session', async (req, res) => {
    const auth = await authenticate(context, req);
    await logOut(context, auth.actor, auth.sessionIdHash);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  return router;
}
