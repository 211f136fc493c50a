/** The OpenAPI 3.1 document, generated from the routes' zod schemas. */
import { OpenApiGeneratorV31, OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { auditRoutes } from './routes/audit/schema.js';
import { disputeRoutes } from './routes/disputes/schema.js';
import { proposalRoutes } from './routes/proposals/schema.js';
import { reportRoutes } from './routes/reports/schema.js';
import { rulebookRoutes } from './routes/rulebooks/schema.js';
import { sessionRoutes } from './routes/session/schema.js';
import { userRoutes } from './routes/users/schema.js';
import { wordRoutes } from './routes/word/schema.js';

let cached: object | undefined;

/** The document served at `/api/openapi.json` (built once). */
export function openApiDocument(): object {
  if (cached) return cached;
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: 'probity_session',
  });
  const routes = [
    ...sessionRoutes,
    ...userRoutes,
    ...rulebookRoutes,
    ...reportRoutes,
    ...proposalRoutes,
    ...disputeRoutes,
    ...auditRoutes,
    ...wordRoutes,
  ];
  for (const route of routes) {
    registry.registerPath(
      route.path.startsWith('/api/session') ? route : { ...route, security: [{ session: [] }] },
    );
  }
  cached = new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: '3.1.0',
    info: {
      title: 'Probity API',
      version: '1.0.0',
      description:
        'Reports, versions, member proposals classified against the council’s Member/Officer protocol, decisions, disputes and the audit trail. State-changing requests need the x-csrf-token header.',
    },
  });
  return cached;
}
