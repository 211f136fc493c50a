/**
 * Session and CSRF tokens. The cookie holds a random 256-bit token; the database holds only its
 * HMAC under the session secret, so a leaked database does not yield live sessions. The CSRF token
 * is another HMAC of the same token, so it needs no storage and is useless without the session.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random session token for the cookie. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps for `token`. */
export function sessionIdHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(`session:${token}`).digest('base64url');
}

/** The CSRF token that goes with the session `token`. */
export function csrfTokenFor(secret: string, token: string): string {
  return createHmac('sha256', secret).update(`csrf:${token}`).digest('base64url');
}

/** Whether `given` is the CSRF token of session `token`, compared in constant time. */
export function isValidCsrfToken(secret: string, token: string, given: string): boolean {
  const expected = Buffer.from(csrfTokenFor(secret, token));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
