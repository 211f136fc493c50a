/**
 * The first step of every handler: who is asking. `authenticate` finds the live session behind the
 * request's cookie and, for any request that changes state, checks the CSRF header against it.
 * It throws 401 when there is no valid session and 403 `csrf_failed` when the header is missing or
 * wrong; a handler that gets a user back may go on.
 */
import type { Request } from 'express';
import { ApiError, unauthenticated } from '../api_error.js';
import type { Actor } from '../audit_context.js';
import type { AppContext } from '../context.js';
import type { UserRecord } from '../db/store.js';
import { readSessionCookie } from './cookies.js';
import { isValidCsrfToken, sessionIdHash } from './session_tokens.js';

/** The logged-in user of a request, and the token of their session. */
export interface Authenticated {
  readonly user: UserRecord;
  readonly token: string;
  readonly sessionIdHash: string;
  /** The actor for audit events. */
  readonly actor: Actor;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The request's user; throws 401 without a live session, 403 on a bad CSRF token. */
export async function authenticate(context: AppContext, req: Request): Promise<Authenticated> {
  const found = await findSession(context, req);
  if (!found) throw unauthenticated();
  if (!SAFE_METHODS.has(req.method)) {
    const given = req.get('x-csrf-token');
    if (!given || !isValidCsrfToken(context.sessionSecret, found.token, given)) {
      throw new ApiError(
        403,
        'csrf_failed',
        'Missing or wrong x-csrf-token header: send the csrfToken from GET /api/session.',
      );
    }
  }
  return found;
}

/** The session behind the request's cookie, or undefined (no throw) when there is none. */
export async function findSession(
  context: AppContext,
  req: Request,
): Promise<Authenticated | undefined> {
  const token = readSessionCookie(req);
  if (!token) return undefined;
  const idHash = sessionIdHash(context.sessionSecret, token);
  const now = context.now();
  const user = await context.store.read(async (tx) => {
    const session = await tx.sessions.live(idHash, now);
    return session ? tx.users.byId(session.userId) : undefined;
  });
  if (!user) return undefined;
  return {
    user,
    token,
    sessionIdHash: idHash,
    actor: { user: { id: user.id, role: user.role }, ip: clientIp(req) },
  };
}

/** The client's address as express sees it (honouring `trust proxy`). */
export function clientIp(req: Request): string | null {
  return req.ip ?? req.socket.remoteAddress ?? null;
}
