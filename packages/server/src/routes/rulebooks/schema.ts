/** Response shape of the rulebooks route. */
import { z } from 'zod';
import { documented } from '../common_schema.js';

export const RulebookJson = z
  .object({ id: z.string(), council: z.string() })
  .meta({ id: 'Rulebook' });

export const rulebookRoutes = [
  documented({
    method: 'get',
    path: '/api/rulebooks',
    summary: 'The rulebooks a report can be classified under',
    responses: {
      '200': {
        description: 'Rulebooks',
        content: {
          'application/json': {
            schema: z.object({ rulebooks: z.array(RulebookJson), default: z.string() }),
          },
        },
      },
    },
  }),
];
