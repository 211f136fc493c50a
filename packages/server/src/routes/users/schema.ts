/** Request and response shapes of the users route. */
import { z } from 'zod';
import { ROLES } from '../../roles.js';
import { documented } from '../common_schema.js';
import { UserJson } from '../session/schema.js';

export const UsersQuery = z.object({ role: z.enum(ROLES).optional() });

export const userRoutes = [
  documented({
    method: 'get',
    path: '/api/users',
    summary: 'People, optionally of one role (to pick a report’s member)',
    request: { query: UsersQuery },
    responses: {
      '200': {
        description: 'Users',
        content: { 'application/json': { schema: z.object({ users: z.array(UserJson) }) } },
      },
    },
  }),
];
