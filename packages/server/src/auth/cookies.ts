/** The session cookie: reading it from a request and writing it on a response. */
import type { Request, Response } from 'express';

/** The cookie's name, fixed by API.md. */
export const SESSION_COOKIE = 'probity_session';

/** Hours a session lasts after login. */
export const SESSION_HOURS = 8;

/** The session token in the request's cookies, if any. */
export function readSessionCookie(req: Request): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const at = part.indexOf('=');
    if (at < 0) continue;
    if (part.slice(0, at).trim() === SESSION_COOKIE) {
      const value = part.slice(at + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : undefined;
    }
  }
  return undefined;
}

/** Sets the session cookie: httpOnly, SameSite=Strict, Secure when the request came over TLS. */
export function writeSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: SESSION_HOURS * 60 * 60 * 1000,
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
  });
}
