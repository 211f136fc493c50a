/** Schemas shared by several routes: ids, errors, and the documentation helpers. */
import type { RouteConfig } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

/** An id in a path or a body. */
export const Id = z.string().trim().min(1).max(100);

/** A non-empty line of text, trimmed, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** The error body every failure answers with. */
export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'stable snake_case code' }),
      message: z.string().meta({ description: 'what went wrong and where' }),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

/** A ProseMirror report body, checked by the rules' parseReport (see shared/spec/report-model.md). */
export const ReportBodyJson = z
  .looseObject({ type: z.literal('doc'), content: z.array(z.unknown()) })
  .meta({ id: 'ReportBody', description: 'ProseMirror JSON (report-model.md section 1)' });

/** Documentation of one route, with the common error answers added. */
export function documented(route: RouteConfig): RouteConfig {
  const errors: Record<string, string> = {
    '400': 'Invalid input; the message names the field',
    '401': 'Not logged in',
    '403': 'Not allowed, or missing CSRF token',
    '404': 'Unknown id, or not visible to you',
  };
  const responses = { ...route.responses };
  for (const [status, description] of Object.entries(errors)) {
    responses[status] ??= { description, content: { 'application/json': { schema: ErrorBody } } };
  }
  return { ...route, responses };
}
