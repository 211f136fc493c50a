/** Request and response shapes of the dispute routes. */
import { z } from 'zod';
import { Id, documented, text } from '../common_schema.js';
import { DisputeJson } from '../proposals/schema.js';

export const DisputeParams = z.object({ id: Id });
export const ResolveBody = z.object({
  outcome: z.enum(['upheld', 'overturned']),
  reason: text(4000),
});

const json = (schema: z.ZodType, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const disputeRoutes = [
  documented({
    method: 'get',
    path: '/api/disputes',
    summary: 'Open disputes (the council’s resolver)',
    responses: { '200': json(z.object({ disputes: z.array(DisputeJson) }), 'Open disputes') },
  }),
  documented({
    method: 'post',
    path: '/api/disputes/{id}/resolve',
    summary: 'Uphold or overturn a disputed finding, with reasons (the council’s resolver)',
    request: {
      params: DisputeParams,
      body: { content: { 'application/json': { schema: ResolveBody } } },
    },
    responses: {
      '200': json(DisputeJson, 'The resolved dispute'),
      '409': json(z.object({}), 'Already resolved'),
    },
  }),
];
