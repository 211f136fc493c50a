/** Request and response shapes of the session routes. */
import { z } from 'zod';
import { documented } from '../common_schema.js';
import { ROLES } from '../../roles.js';

export const LoginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1000),
});

export const UserJson = z
  .object({ id: z.string(), name: z.string(), email: z.string(), role: z.enum(ROLES) })
  .meta({ id: 'User' });

export const SessionJson = z
  .object({ user: UserJson, csrfToken: z.string() })
  .meta({ id: 'Session' });

export const sessionRoutes = [
  documented({
    method: 'post',
    path: '/api/session',
    summary: 'Log in with email and password (rate-limited)',
    request: { body: { content: { 'application/json': { schema: LoginBody } } } },
    responses: {
      '200': {
        description: 'Logged in; sets the session cookie',
        content: { 'application/json': { schema: SessionJson } },
      },
      '429': { description: 'Too many failed attempts' },
    },
  }),
  documented({
    method: 'get',
    path: '/api/session',
    summary: 'The logged-in user and their CSRF token',
    responses: {
      '200': { description: 'Session', content: { 'application/json': { schema: SessionJson } } },
    },
  }),
  documented({
    method: 'delete',
    path: '/api/session',
    summary: 'Log out',
    responses: { '204': { description: 'Logged out' } },
  }),
];
