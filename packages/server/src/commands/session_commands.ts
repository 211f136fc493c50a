/** Logging in and out: a session row and an audit event, in one transaction. */
import { ApiError } from '../api_error.js';
import { auditEvent, type Actor } from '../audit_context.js';
import { SESSION_HOURS } from '../auth/cookies.js';
import { newSessionToken, sessionIdHash } from '../auth/session_tokens.js';
import type { AppContext } from '../context.js';
import type { UserRecord } from '../db/store.js';
import { UNUSABLE_HASH, verifyPassword } from '../passwords.js';

/**
 * Checks the credentials and opens a session. Throws 401 `invalid_credentials` for an unknown
 * email or a wrong password alike (and takes as long either way).
 */
export async function logIn(
  context: AppContext,
  email: string,
  password: string,
  ip: string | null,
): Promise<{ user: UserRecord; token: string }> {
  const user = await context.store.read((tx) => tx.users.byEmail(email));
  const matches = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH);
  if (!user || !matches) {
    // Not a state change, so not an audit event; but a security log line, for spotting guessing.
    context.logger.warn({ email, ip, knownUser: Boolean(user) }, 'login failed');
    throw new ApiError(401, 'invalid_credentials', 'The email or password is not right.');
  }
  const token = newSessionToken();
  const now = context.now();
  const expiresAt = new Date(Date.parse(now) + SESSION_HOURS * 3_600_000).toISOString();
  const actor: Actor = { user: { id: user.id, role: user.role }, ip };
  await context.store.write(async (tx) => {
    // Logins are rare enough to tidy up after: expired sessions go as new ones arrive.
    await tx.sessions.deleteExpired(now);
    await tx.sessions.insert({
      idHash: sessionIdHash(context.sessionSecret, token),
      userId: user.id,
      createdAt: now,
      expiresAt,
    });
    await tx.audit.append(auditEvent(actor, 'login', null, { email: user.email }, now));
  });
  return { user, token };
}

/** Ends the session whose hash is `idHash`. */
export async function logOut(context: AppContext, actor: Actor, idHash: string): Promise<void> {
  const now = context.now();
  await context.store.write(async (tx) => {
    await tx.sessions.delete(idHash);
    await tx.audit.append(auditEvent(actor, 'logout', null, {}, now));
  });
}
